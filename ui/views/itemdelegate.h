#pragma once

#include "listdelegate.h"

class BlobImages;

// A list entry a finger can hit: the title in bold over a grey second line, with room around,
// and the item's picture on the left where it has one (news).
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
    const BlobImages *m_images;
};
