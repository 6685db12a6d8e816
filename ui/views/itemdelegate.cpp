#include "itemdelegate.h"

#include "blobimages.h"
#include "contentlistmodel.h"

#include <QPainter>

namespace {

constexpr int kPadding = 16;
const QSize kThumbnail(192, 108); // 16:9, as news pictures usually are

constexpr int kSubtitlePercent = 85;

} // namespace

ItemDelegate::ItemDelegate(QObject *parent, const BlobImages *images)
    : ListDelegate(parent)
    , m_images(images)
{}

void ItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    paintBackground(painter, option, index);

    QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    if (m_images) {
        const QString image = index.data(ContentListModel::ImageRole).toString();
        const QPixmap picture = m_images->filled(image, kThumbnail);
        if (!picture.isNull()) {
            const QRect target(area.left(), area.center().y() - kThumbnail.height() / 2,
                               kThumbnail.width(), kThumbnail.height());
            painter->drawPixmap(target, picture);
            area.setLeft(target.right() + kPadding);
        }
    }
    painter->save();
    painter->setFont(titleFont(option));
    const QFontMetrics titleMetrics(painter->font());
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height() * 2);
    painter->setPen(textColor(option));
    painter->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      twoLineTitle(titleMetrics, index, area.width()));
    painter->setFont(scaledFont(option, kSubtitlePercent));
    const QFontMetrics subMetrics(painter->font());
    const QColor subtitleColor = quietColor(option);
    painter->setPen(subtitleColor);
    QRect subRect(area.left(), area.bottom() - subMetrics.height(), area.width(),
                  subMetrics.height());
    const QVariant statusColor = index.data(ContentListModel::StatusColorRole);
    if (statusColor.isValid()) {
        // A status dot before the line, outlined so it stays visible on the selection colour.
        const int diameter = subMetrics.height() * 3 / 5;
        const QRect dot(subRect.left(), subRect.center().y() - diameter / 2, diameter, diameter);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(statusColor.value<QColor>());
        painter->setPen(QPen(option.palette.color(QPalette::Base), 2));
        painter->drawEllipse(dot);
        painter->setPen(subtitleColor);
        subRect.setLeft(dot.right() + diameter / 2);
    }
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      subMetrics.elidedText(index.data(ContentListModel::SubtitleRole).toString(),
                                            Qt::ElideRight, subRect.width()));
    painter->restore();
}

QSize ItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics title(titleFont(option));
    const QFontMetrics subtitle(scaledFont(option, kSubtitlePercent));
    int height = title.height() * 2 + subtitle.height() + kPadding * 2;
    if (m_images)
        height = qMax(height, kThumbnail.height() + kPadding);
    return {option.rect.width(), height};
}
