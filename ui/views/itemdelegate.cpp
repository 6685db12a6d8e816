#include "itemdelegate.h"

#include "blobimages.h"
#include "colorcontrast.h"
#include "contentlistmodel.h"
#include "itempresenter.h"

#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>

namespace {

constexpr int kPadding = 16;
const QSize kThumbnail(192, 108); // 16:9, as news pictures usually are

constexpr int kSubtitlePercent = 85;
constexpr int kBadgePadding = 6;           // the badge is this much taller than its word
constexpr double kBadgeEdgeContrast = 3.0; // below this against the row, the badge gets an edge

const QRegularExpression kLeadingSeparator(QStringLiteral("^[\\s\u00b7,;:-]+"));

} // namespace

QRect ItemDelegate::paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
                               const QRect &line, const QString &text, const QColor &colour)
{
    // The status colour is kept (red, amber, green mean something at a glance), darkened or
    // lightened until the word on it reads at 7:1; an edge shows its shape where the fill is
    // close to the row's own background (dark fills on a black high-contrast list).
    QFont font = scaledFont(option, kSubtitlePercent);
    font.setBold(true);
    const QFontMetrics metrics(font);
    const QColor ink = ColorContrast::textOn(colour);
    const QColor fill =
        ColorContrast::atLeast(colour, ink, ColorContrast::kEnhanced,
                               ink == QColor(Qt::white) ? QColor(Qt::black) : QColor(Qt::white));
    const int height = metrics.height() + kBadgePadding;
    const int width = qMin(line.width(), metrics.horizontalAdvance(text) + metrics.height());
    const QRect badge(line.left(), line.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor base = option.palette.color(QPalette::Base);
    if (ColorContrast::ratio(fill, base) < kBadgeEdgeContrast)
        painter->setPen(QPen(textColor(option), 2));
    else
        painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(badge).adjusted(1, 1, -1, -1), height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(badge, Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, width - metrics.height() / 2));
    painter->restore();
    return badge;
}

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
    painter->setPen(quietColor(option));
    QRect subRect(area.left(), area.bottom() - subMetrics.height(), area.width(),
                  subMetrics.height());
    QString subtitle = index.data(ContentListModel::SubtitleRole).toString();
    const QVariant statusColor = index.data(ContentListModel::StatusColorRole);
    if (statusColor.isValid()) {
        const QString status =
            ItemPresenter::serviceStatusText(index.data(ContentListModel::DataRole)
                                                 .toJsonObject()
                                                 .value(QLatin1StringView("status"))
                                                 .toString());
        const QRect badge =
            paintBadge(painter, option, subRect, status, statusColor.value<QColor>());
        subRect.setLeft(badge.right() + 1 + subMetrics.height() / 2);
        // The status is in the badge: the line goes on with what follows it.
        if (subtitle.startsWith(status))
            subtitle = subtitle.mid(status.size()).remove(kLeadingSeparator);
    }
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      subMetrics.elidedText(subtitle, Qt::ElideRight, qMax(0, subRect.width())));
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
