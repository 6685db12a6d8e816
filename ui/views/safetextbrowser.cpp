#include "safetextbrowser.h"

#include "colorcontrast.h"

#include <QEvent>
#include <QScroller>
#include <QTextBlock>
#include <QTextCursor>

namespace {

// The colour the page asked for, kept on text whose colour was changed for contrast, so that a
// change of theme starts again from it.
constexpr int kAskedColour = QTextFormat::UserProperty + 1;

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setContextMenuPolicy(Qt::NoContextMenu);
    // Sizes relative to the widget's font, so that the larger-text setting scales everything.
    document()->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: x-large; font-weight: bold; margin-bottom: 8px; }"
                       "p { margin-top: 0; margin-bottom: 14px; line-height: 130%; }"
                       "p.meta { color: #5d6d7e; }"
                       "p.lead { margin-bottom: 18px; }"
                       "table.facts { margin-top: 8px; margin-bottom: 18px; }"
                       "th { color: #5d6d7e; font-weight: normal; padding-right: 18px; }"));
    QScroller::grabGesture(viewport(), QScroller::LeftMouseButtonGesture);
    connect(this, &QTextEdit::textChanged, this, &SafeTextBrowser::keepColoursReadable);
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    ++m_resourceRequests;
    return {};
}

void SafeTextBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        keepColoursReadable();
}

void SafeTextBrowser::keepColoursReadable()
{
    if (m_adjusting)
        return; // the changes below change the text too
    m_adjusting = true;
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    struct Change
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    QList<Change> changes; // applied after the walk: a change can merge the fragments walked
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            const QVariant asked = format.property(kAskedColour);
            if (!asked.isValid() && format.foreground().style() == Qt::NoBrush)
                continue; // the palette's own text colour
            const QColor wanted =
                asked.isValid() ? asked.value<QColor>() : format.foreground().color();
            // Text on a marked background (a search hit) is read against that background.
            const bool marked = format.background().style() != Qt::NoBrush;
            const QColor background = marked ? format.background().color() : base;
            const QColor readable =
                ColorContrast::ratio(wanted, background) >= ColorContrast::kEnhanced
                    ? wanted
                    : ColorContrast::atLeast(wanted, background, ColorContrast::kEnhanced,
                                             marked ? ColorContrast::textOn(background) : text);
            if (readable == format.foreground().color())
                continue;
            format.setForeground(readable);
            format.setProperty(kAskedColour, wanted);
            changes.append({fragment.position(), fragment.length(), format});
        }
    }
    QTextCursor cursor(document());
    // One edit: the document is laid out again once, not after each change (with a long
    // paragraph of many coloured runs, that took seconds).
    cursor.beginEditBlock();
    for (const Change &change : std::as_const(changes)) {
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
    cursor.endEditBlock();
    m_adjusting = false;
}
