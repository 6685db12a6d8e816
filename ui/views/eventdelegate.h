#pragma once

#include "listdelegate.h"

// A noticeboard entry: the title in bold, then when it is (or until when one can apply to a
// call), then where, in grey. Reads EventListModel's roles.
class EventDelegate final : public ListDelegate
{
    Q_OBJECT

public:
    using ListDelegate::ListDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
