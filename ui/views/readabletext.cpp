#include "readabletext.h"

#include "chipbar.h"
#include "formactions.h"
#include "formfield.h"
#include "takehomepanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace {

bool isPunctuated(const QString &line)
{
    const QChar last = line.back();
    return last.isPunct() && last != QLatin1Char(')') && last != QLatin1Char('"') &&
           last != QChar(0x201d) && last != QChar(0x00bb);
}

// Labels of a form field that ask or explain, never one that shows the answer.
bool isQuestionLabel(const QLabel *label)
{
    static const QStringList suffixes{QStringLiteral("_caption"), QStringLiteral("_hint"),
                                      QStringLiteral("_problem"), QStringLiteral("_minLabel"),
                                      QStringLiteral("_maxLabel")};
    for (const QString &suffix : suffixes) {
        if (label->objectName().endsWith(suffix))
            return true;
    }
    return false;
}

template<typename T> bool isInside(const QWidget *widget, const QWidget *page)
{
    for (const QWidget *up = widget->parentWidget(); up && up != page; up = up->parentWidget()) {
        if (qobject_cast<const T *>(up))
            return true;
    }
    return false;
}

QString labelText(const QLabel *label)
{
    const QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? ReadableText::fromHtml(text) : text;
}

void collect(const QWidget *widget, const QWidget *page, const QList<const QWidget *> &skip,
             QStringList &parts)
{
    if (skip.contains(widget) || !widget->isVisibleTo(page))
        return;
    // Typed text, and codes to scan, are never read; nor is anything inside them.
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
        qobject_cast<const QComboBox *>(widget) || qobject_cast<const TakeHomePanel *>(widget) ||
        qobject_cast<const QGraphicsView *>(widget))
        return;
    if (const auto *text = qobject_cast<const QTextEdit *>(widget)) {
        if (text->isReadOnly())
            parts.append(ReadableText::fromDocument(text->document()));
        return;
    }
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget)) {
        if (text->isReadOnly())
            parts.append(ReadableText::fromDocument(text->document()));
        return;
    }
    if (const auto *list = qobject_cast<const QAbstractItemView *>(widget)) {
        parts.append(ReadableText::listTitles(list));
        return;
    }
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        const bool answer = label->property("review").toBool() ||
                            (isInside<FormField>(label, page) && !isQuestionLabel(label));
        if (!answer)
            parts.append(labelText(label));
    } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (!isInside<ChipBar>(button, page) && !isInside<FormActions>(button, page)) {
            QString text = button->text();
            text.replace(QStringLiteral("&&"), QStringLiteral("\u0001"));
            text.remove(QLatin1Char('&'));
            text.replace(QChar(1), QLatin1Char('&'));
            if (text.contains(QRegularExpression(QStringLiteral("\\p{L}"))))
                parts.append(text);
        }
    } else if (const auto *progress = qobject_cast<const QProgressBar *>(widget)) {
        parts.append(progress->accessibleName().isEmpty() ? progress->text()
                                                          : progress->accessibleName());
    }
    const QObjectList children = widget->children();
    for (const QObject *child : children) {
        if (child->isWidgetType())
            collect(static_cast<const QWidget *>(child), page, skip, parts);
    }
}

} // namespace

QString ReadableText::join(const QStringList &parts)
{
    QStringList lines;
    for (const QString &part : parts) {
        const QString cleaned = clean(part);
        if (!cleaned.isEmpty())
            lines.append(cleaned);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ReadableText::clean(const QString &text)
{
    static const QRegularExpression address(
        QStringLiteral(R"((?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression symbols(QStringLiteral(R"([\p{So}\x{2022}\x{25cf}])"));
    static const QRegularExpression middleDot(QStringLiteral(R"(\s*\x{00b7}\s*)"));
    QString plain = text;
    plain.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    plain.replace(QChar::LineSeparator, QLatin1Char('\n'));
    plain.replace(QChar::Nbsp, QLatin1Char(' '));
    plain.remove(address);
    plain.remove(symbols);
    // "Disponible · Oficina 3" is two things: a voice should pause between them.
    plain.replace(middleDot, QStringLiteral(", "));
    QStringList lines;
    const QStringList raw = plain.split(QLatin1Char('\n'));
    for (const QString &each : raw) {
        QString line = each.simplified();
        while (line.startsWith(QLatin1Char(',')))
            line = line.mid(1).trimmed();
        while (line.endsWith(QLatin1Char(',')))
            line = line.chopped(1).trimmed();
        if (line.isEmpty())
            continue;
        if (!isPunctuated(line))
            line += QLatin1Char('.');
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ReadableText::fromHtml(const QString &html)
{
    return clean(QTextDocumentFragment::fromHtml(html).toPlainText());
}

QString ReadableText::fromDocument(const QTextDocument *document, int position)
{
    if (!document)
        return {};
    // From the start of the paragraph in sight, not from the middle of a word.
    const QTextBlock block = document->findBlock(qMax(0, position));
    const int from = block.isValid() ? block.position() : 0;
    QString plain = document->toPlainText();
    return clean(plain.mid(from));
}

QStringList ReadableText::listTitles(const QAbstractItemView *view, int limit)
{
    QStringList titles;
    const QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model)
        return titles;
    int first = 0;
    if (view->isVisible()) {
        const QModelIndex top = view->indexAt(QPoint(1, 1));
        if (top.isValid())
            first = top.row();
    }
    const QModelIndex root = view->rootIndex();
    for (int row = first; row < model->rowCount(root) && titles.size() < limit; ++row) {
        const QString title = model->index(row, 0, root).data(Qt::DisplayRole).toString();
        if (!title.trimmed().isEmpty())
            titles.append(title);
    }
    return titles;
}

QStringList ReadableText::screenText(const QWidget *page, const QList<const QWidget *> &skip)
{
    QStringList parts;
    if (page)
        collect(page, page, skip, parts);
    return parts;
}
