#include "legalhitdelegate.h"

#include "legalresultmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>
#include <cmath>

namespace {

constexpr int kPadding = 16;
constexpr int kSpacing = 6;
constexpr int kSnippetLines = 4; // a passage longer than this is cut, not the list

constexpr int kPlacePercent = 85;

int snippetHeight(const QTextDocument &document, const QStyleOptionViewItem &option)
{
    const int cap = QFontMetrics(option.font).lineSpacing() * kSnippetLines +
                    int(document.documentMargin() * 2);
    return qMin(int(std::ceil(document.size().height())), cap);
}

} // namespace

int LegalHitDelegate::textWidth(const QStyleOptionViewItem &option)
{
    // A list asks for sizes before it has laid out its rows: measure against its viewport.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return qMax(200, width - kPadding * 2);
}

void LegalHitDelegate::prepareSnippet(QTextDocument &document, const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setHtml(index.data(LegalResultModel::SnippetHtmlRole).toString());
    document.setTextWidth(textWidth(option));
}

void LegalHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    paintBackground(painter, option, index);

    const QColor text = textColor(option);
    const QFont placeFont = scaledFont(option, kPlacePercent);
    const int width = textWidth(option);
    int y = option.rect.top() + kPadding / 2;
    const int x = option.rect.left() + kPadding;

    painter->save();
    painter->setFont(titleFont(option));
    const QFontMetrics titleMetrics(painter->font());
    painter->setPen(text);
    painter->drawText(
        QRect(x, y, width, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, width));
    y += titleMetrics.height() + kSpacing / 2;

    const QString article = index.data(LegalResultModel::ArticleRole).toString();
    const QString subtitle = index.data(LegalResultModel::SubtitleRole).toString();
    QFont articleFont = placeFont;
    articleFont.setBold(true);
    const QFontMetrics articleMetrics(articleFont);
    int lineX = x;
    if (!article.isEmpty()) {
        painter->setFont(articleFont);
        painter->setPen(text);
        const QString label = article + QStringLiteral("  ");
        painter->drawText(QRect(lineX, y, width, articleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, label);
        lineX += articleMetrics.horizontalAdvance(label);
    }
    painter->setFont(placeFont);
    const QFontMetrics placeMetrics(painter->font());
    painter->setPen(quietColor(option));
    const int lineWidth = qMax(0, width - (lineX - x));
    painter->drawText(QRect(lineX, y, lineWidth, articleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      placeMetrics.elidedText(subtitle, Qt::ElideRight, lineWidth));
    y += articleMetrics.height() + kSpacing;

    QTextDocument document;
    prepareSnippet(document, option, index);
    const int height = snippetHeight(document, option);
    painter->translate(x, y);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, text);
    context.clip = QRectF(0, 0, width, height);
    painter->setClipRect(context.clip);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize LegalHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    prepareSnippet(document, option, index);
    QFont articleFont = scaledFont(option, kPlacePercent);
    articleFont.setBold(true);
    const int height = kPadding + QFontMetrics(titleFont(option)).height() + kSpacing / 2 +
                       QFontMetrics(articleFont).height() + kSpacing +
                       snippetHeight(document, option);
    return {textWidth(option) + kPadding * 2, height};
}
