#pragma once

#include "listdelegate.h"

class QTextDocument;

// One search hit as a finger-sized entry: the law's title, the article and the law's kind on a
// second line, then the passage with the words found highlighted (rich text the presenter
// built from escaped server text).
class LegalHitDelegate final : public ListDelegate
{
    Q_OBJECT

public:
    using ListDelegate::ListDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int textWidth(const QStyleOptionViewItem &option);
    static void prepareSnippet(QTextDocument &document, const QStyleOptionViewItem &option,
                               const QModelIndex &index);
};
