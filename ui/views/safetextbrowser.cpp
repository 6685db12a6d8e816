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
    QScroller::grabGesture(viewport(), QScroller::LeftMouseButtonGesture);
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    ++m_resourceRequests;
    return {};
}
