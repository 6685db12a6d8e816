#include "projectdelegate.h"

#include "projectlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int kPadding = 16;
constexpr int kLineGap = 6;
constexpr int kBarHeight = 26;

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

QFont subtitleFont(const QStyleOptionViewItem &option)
{
    return scaled(option.font, 0.85);
}

QFont percentFont(const QStyleOptionViewItem &option)
{
    QFont font = scaled(option.font, 1.15);
    font.setBold(true);
    return font;
}

int barLineHeight(const QStyleOptionViewItem &option)
{
    return qMax(kBarHeight, QFontMetrics(percentFont(option)).height());
}

} // namespace

void ProjectDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
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
    const QFontMetrics subMetrics(subtitleFont(option));
    const int lineHeight = barLineHeight(option);
    // A title of one line leaves the room of its second line around the entry, not inside it.
    const QString title = titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                  Qt::ElideRight, area.width() * 2 - kPadding);
    const int titleHeight =
        qMin(titleMetrics.height() * 2,
             titleMetrics.boundingRect(QRect(0, 0, area.width(), 10000), Qt::TextWordWrap, title)
                 .height());
    const int block = titleHeight + subMetrics.height() + lineHeight + kLineGap * 2;
    const int top = area.top() + qMax(0, (area.height() - block) / 2);

    painter->setPen(text);
    painter->setFont(titleFont(option));
    const QRect titleRect(area.left(), top, area.width(), titleHeight);
    painter->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title);

    painter->setFont(subtitleFont(option));
    painter->setPen(quiet);
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
    const QFontMetrics subtitle(subtitleFont(option));
    return {option.rect.width(), title.height() * 2 + subtitle.height() + barLineHeight(option) +
                                     kLineGap * 2 + kPadding};
}
