#pragma once

#include <QStyledItemDelegate>

// A noticeboard entry: the title in bold, then when it is (or until when one can apply to a
// call), then where, in grey. Reads EventListModel's roles.
class EventDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
