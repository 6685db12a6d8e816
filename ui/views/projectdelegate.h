#pragma once

#include "listdelegate.h"

// A local project in a list: the title in bold, its status and who is responsible in grey, and
// a wide progress bar with the percentage written large beside it, readable from a step back.
// Reads ProjectListModel's roles.
class ProjectDelegate final : public ListDelegate
{
    Q_OBJECT

public:
    using ListDelegate::ListDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont percentFont(const QStyleOptionViewItem &option);
    static int barLineHeight(const QStyleOptionViewItem &option);
};
