#include "listdelegate.h"

#include "colorcontrast.h"

#include <QApplication>
#include <QPainter>

namespace {

// Two wrapped lines hold a little less than twice one line: words do not break mid-way.
constexpr int kElideMargin = 16;
// How far secondary lines move from the text colour towards the background.
constexpr double kQuietSoftening = 0.35;

// The height `title` takes in `width`: one line or two.
int titleHeight(const QFontMetrics &metrics, const QString &title, int width)
{
    return qMin(metrics.height() * 2,
                metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, title).height());
}

} // namespace

void ListDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QFont ListDelegate::titleFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setBold(true);
    return font;
}

QFont ListDelegate::scaledFont(const QStyleOptionViewItem &option, int percent)
{
    QFont font = option.font;
    if (font.pixelSize() > 0)
        font.setPixelSize(qMax(1, font.pixelSize() * percent / 100));
    else
        font.setPointSizeF(font.pointSizeF() * (percent / 100.0));
    return font;
}

QColor ListDelegate::textColor(const QStyleOptionViewItem &option)
{
    // A chosen row's background is the style sheet's ::item:selected, which the palette only
    // knows if the theme also sets selection-background-color: its text is taken as it is.
    if (option.state & QStyle::State_Selected)
        return option.palette.color(QPalette::HighlightedText);
    const QColor base = option.palette.color(QPalette::Base);
    const QColor text = option.palette.color(QPalette::Text);
    return ColorContrast::atLeast(text, base, ColorContrast::kEnhanced,
                                  ColorContrast::textOn(base));
}

QColor ListDelegate::quietColor(const QStyleOptionViewItem &option)
{
    const QColor text = textColor(option);
    if (option.state & QStyle::State_Selected)
        return text;
    const QColor base = option.palette.color(QPalette::Base);
    return ColorContrast::atLeast(ColorContrast::mix(text, base, kQuietSoftening), base,
                                  ColorContrast::kEnhanced, text);
}

QString ListDelegate::twoLineTitle(const QFontMetrics &metrics, const QModelIndex &index, int width)
{
    return metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                              width * 2 - kElideMargin);
}

QRect ListDelegate::paintCentredTitle(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index, const QRect &area, int below)
{
    const QFont font = titleFont(option);
    const QFontMetrics metrics(font);
    const QString title = twoLineTitle(metrics, index, area.width());
    const int height = titleHeight(metrics, title, area.width());
    const int top = area.top() + qMax(0, (area.height() - height - below) / 2);
    const QRect rect(area.left(), top, area.width(), height);
    painter->setPen(textColor(option));
    painter->setFont(font);
    painter->drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title);
    return rect;
}
