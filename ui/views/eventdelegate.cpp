#include "eventdelegate.h"

#include "eventlistmodel.h"

#include <QPainter>

namespace {

constexpr int kPadding = 16;
constexpr int kLineGap = 4;
constexpr int kPlacePercent = 85;

} // namespace

void EventDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    paintBackground(painter, option, index);

    const QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const QFont placeFont = scaledFont(option, kPlacePercent);

    painter->save();
    const QFontMetrics whenMetrics(option.font);
    const QFontMetrics placeMetrics(placeFont);
    const QRect titleRect = paintCentredTitle(
        painter, option, index, area, whenMetrics.height() + placeMetrics.height() + kLineGap * 2);

    painter->setFont(option.font);
    painter->setPen(textColor(option));
    const QRect whenRect(area.left(), titleRect.bottom() + 1 + kLineGap, area.width(),
                         whenMetrics.height());
    painter->drawText(whenRect, Qt::AlignLeft | Qt::AlignVCenter,
                      whenMetrics.elidedText(index.data(EventListModel::WhenTextRole).toString(),
                                             Qt::ElideRight, whenRect.width()));

    painter->setFont(placeFont);
    painter->setPen(quietColor(option));
    const QRect placeRect(area.left(), whenRect.bottom() + 1 + kLineGap, area.width(),
                          placeMetrics.height());
    painter->drawText(placeRect, Qt::AlignLeft | Qt::AlignVCenter,
                      placeMetrics.elidedText(index.data(EventListModel::PlaceRole).toString(),
                                              Qt::ElideRight, placeRect.width()));
    painter->restore();
}

QSize EventDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics title(titleFont(option));
    const QFontMetrics when(option.font);
    const QFontMetrics place(scaledFont(option, kPlacePercent));
    return {option.rect.width(),
            title.height() * 2 + when.height() + place.height() + kLineGap * 2 + kPadding};
}
