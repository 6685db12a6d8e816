#include "touchlist.h"

#include <QScroller>
#include <QScrollerProperties>

TouchList::TouchList(QWidget *parent)
    : QListView(parent)
{
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::NoContextMenu);
    setWordWrap(true);
    QScroller::grabGesture(viewport(), QScroller::LeftMouseButtonGesture);
    // A drag that starts on an item must scroll, not select it, and a tap must still select.
    QScrollerProperties properties = QScroller::scroller(viewport())->scrollerProperties();
    properties.setScrollMetric(QScrollerProperties::OvershootDragResistanceFactor, 0.3);
    properties.setScrollMetric(QScrollerProperties::OvershootScrollDistanceFactor, 0.1);
    QScroller::scroller(viewport())->setScrollerProperties(properties);
    // activated() on a single tap, whatever the platform's double-click habit is.
    connect(this, &QListView::clicked, this, &QListView::activated);
}

void TouchList::resetPosition()
{
    QScroller::scroller(viewport())->stop();
    clearSelection();
    setCurrentIndex({});
    scrollToTop();
}
