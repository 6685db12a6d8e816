#pragma once

#include <QStyledItemDelegate>

// A local project in a list: the title in bold, its status and who is responsible in grey, and
// a wide progress bar with the percentage written large beside it, readable from a step back.
// Reads ProjectListModel's roles.
class ProjectDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
