#pragma once

#include <QStyledItemDelegate>

// What the kiosk's list entries have in common, so that every list reads alike: the row drawn
// by the style (selection, focus) under text the delegate draws itself, a bold title of up to
// two lines, smaller secondary lines, and the text colours for a chosen and an ordinary row.
class ListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    // The row as the style draws it, without its text.
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const;

    static QFont titleFont(const QStyleOptionViewItem &option);
    // `percent` of the list's font size. The theme sets sizes in pixels, and then the point
    // size is -1: whichever is set is scaled.
    static QFont scaledFont(const QStyleOptionViewItem &option, int percent);
    // The theme's colours: the view's palette, which its style sheet rule sets. An ordinary
    // row's text is kept at 7:1 against the list's background.
    static QColor textColor(const QStyleOptionViewItem &option);
    // Secondary lines: the text colour softened towards the row's background, no further than
    // 7:1 allows; on a chosen row, the text colour.
    static QColor quietColor(const QStyleOptionViewItem &option);
    // The row's title cut to what two lines of `width` hold.
    static QString twoLineTitle(const QFontMetrics &metrics, const QModelIndex &index, int width);
    // Draws the title at the top of a block `below` pixels taller than it, the block centred
    // in `area`, and returns where the title went: a title of one line leaves the room of its
    // second line around the entry, not inside it.
    static QRect paintCentredTitle(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index, const QRect &area, int below);
};
