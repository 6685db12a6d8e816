#pragma once

#include "listdelegate.h"

class BlobImages;

// A list entry a finger can hit: the title in bold over a grey second line, with room around,
// and the item's picture on the left where it has one (news). A service's status starts the
// second line as a badge: its word on its colour, so colour is never the only signal.
class ItemDelegate final : public ListDelegate
{
    Q_OBJECT

public:
    // `images` may be null: no pictures.
    explicit ItemDelegate(QObject *parent = nullptr, const BlobImages *images = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // A service's status as a word on its colour, at the start of `line`; returns where it went.
    static QRect paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
                            const QRect &line, const QString &text, const QColor &colour);

    const BlobImages *m_images;
};
