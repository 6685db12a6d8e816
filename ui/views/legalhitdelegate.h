#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

// One search hit as a finger-sized entry: the law's title, the article and the law's kind on a
// second line, then the passage with the words found highlighted (rich text the presenter
// built from escaped server text).
class LegalHitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int textWidth(const QStyleOptionViewItem &option);
    static void prepareSnippet(QTextDocument &document, const QStyleOptionViewItem &option,
                               const QModelIndex &index);
};
