#include "projectdelegate.h"

#include "projectlistmodel.h"

#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int kPadding = 16;
constexpr int kLineGap = 6;
constexpr int kBarHeight = 26;

constexpr int kSubtitlePercent = 85;

} // namespace

QFont ProjectDelegate::percentFont(const QStyleOptionViewItem &option)
{
    QFont font = scaledFont(option, 115);
    font.setBold(true);
    return font;
}

int ProjectDelegate::barLineHeight(const QStyleOptionViewItem &option)
{
    return qMax(kBarHeight, QFontMetrics(percentFont(option)).height());
}

void ProjectDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    paintBackground(painter, option, index);

    const QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const QColor text = textColor(option);
    const QFont subtitleFont = scaledFont(option, kSubtitlePercent);

    painter->save();
    const QFontMetrics subMetrics(subtitleFont);
    const int lineHeight = barLineHeight(option);
    const QRect titleRect = paintCentredTitle(painter, option, index, area,
                                              subMetrics.height() + lineHeight + kLineGap * 2);

    painter->setFont(subtitleFont);
    painter->setPen(quietColor(option));
    const QRect subRect(area.left(), titleRect.bottom() + 1 + kLineGap, area.width(),
                        subMetrics.height());
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      subMetrics.elidedText(index.data(ProjectListModel::SubtitleRole).toString(),
                                            Qt::ElideRight, subRect.width()));

    // The percentage is written out, so the bar's colour is never the only signal.
    const int progress = qBound(0, index.data(ProjectListModel::ProgressRole).toInt(), 100);
    painter->setFont(percentFont(option));
    const QFontMetrics percentMetrics(painter->font());
    const QString percent = ProjectListModel::percentText(progress);
    const int percentWidth = percentMetrics.horizontalAdvance(ProjectListModel::percentText(100));
    const QRect line(area.left(), subRect.bottom() + 1 + kLineGap, area.width(), lineHeight);
    const QRect percentRect(line.right() - percentWidth, line.top(), percentWidth, lineHeight);
    painter->setPen(text);
    painter->drawText(percentRect, Qt::AlignRight | Qt::AlignVCenter, percent);

    const QRectF track(line.left(), line.center().y() - kBarHeight / 2.0,
                       qMax(0, percentRect.left() - kPadding - line.left()), kBarHeight);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
    painter->setBrush(option.palette.color(QPalette::Base));
    painter->drawRoundedRect(track, kBarHeight / 2.0, kBarHeight / 2.0);
    if (progress > 0) {
        QPainterPath clip;
        clip.addRoundedRect(track, kBarHeight / 2.0, kBarHeight / 2.0);
        painter->setClipPath(clip);
        QRectF done = track;
        done.setWidth(track.width() * progress / 100.0);
        painter->setPen(Qt::NoPen);
        // Inside a light track, so it shows on a chosen row's highlight as well.
        painter->setBrush(option.palette.color(QPalette::Highlight));
        painter->drawRect(done);
    }
    painter->restore();
}

QSize ProjectDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics title(titleFont(option));
    const QFontMetrics subtitle(scaledFont(option, kSubtitlePercent));
    return {option.rect.width(), title.height() * 2 + subtitle.height() + barLineHeight(option) +
                                     kLineGap * 2 + kPadding};
}
