#include "eventdelegate.h"

#include "eventlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int kPadding = 16;
constexpr int kLineGap = 4;

// The theme sets sizes in pixels, where pointSizeF() is -1: scale whichever is set.
QFont scaled(QFont font, qreal factor)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    else
        font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

QFont titleFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setBold(true);
    return font;
}

QFont placeFont(const QStyleOptionViewItem &option)
{
    return scaled(option.font, 0.85);
}

} // namespace

void EventDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? text : option.palette.color(QPalette::PlaceholderText);

    painter->save();
    const QFontMetrics titleMetrics(titleFont(option));
    const QFontMetrics whenMetrics(option.font);
    const QFontMetrics placeMetrics(placeFont(option));
    // A title of one line leaves the room of its second line around the entry, not inside it.
    const QString title = titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                  Qt::ElideRight, area.width() * 2 - kPadding);
    const int titleHeight =
        qMin(titleMetrics.height() * 2,
             titleMetrics.boundingRect(QRect(0, 0, area.width(), 10000), Qt::TextWordWrap, title)
                 .height());
    const int block = titleHeight + whenMetrics.height() + placeMetrics.height() + kLineGap * 2;
    const int top = area.top() + qMax(0, (area.height() - block) / 2);

    painter->setPen(text);
    painter->setFont(titleFont(option));
    const QRect titleRect(area.left(), top, area.width(), titleHeight);
    painter->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title);

    painter->setFont(option.font);
    const QRect whenRect(area.left(), titleRect.bottom() + 1 + kLineGap, area.width(),
                         whenMetrics.height());
    painter->drawText(whenRect, Qt::AlignLeft | Qt::AlignVCenter,
                      whenMetrics.elidedText(index.data(EventListModel::WhenTextRole).toString(),
                                             Qt::ElideRight, whenRect.width()));

    painter->setFont(placeFont(option));
    painter->setPen(quiet);
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
    const QFontMetrics place(placeFont(option));
    return {option.rect.width(),
            title.height() * 2 + when.height() + place.height() + kLineGap * 2 + kPadding};
}
