#include "safetextbrowser.h"

#include <QScroller>

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
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    ++m_resourceRequests;
    return {};
}
