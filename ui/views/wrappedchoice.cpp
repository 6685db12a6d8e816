#include "wrappedchoice.h"

#include <QAbstractButton>
#include <QStyleOptionButton>
#include <QStylePainter>

const WrappedChoice::Kind WrappedChoice::CheckBox{QStyle::CE_CheckBox, QStyle::SE_CheckBoxContents,
                                                  QStyle::CT_CheckBox};
const WrappedChoice::Kind WrappedChoice::RadioButton{
    QStyle::CE_RadioButton, QStyle::SE_RadioButtonContents, QStyle::CT_RadioButton};

int WrappedChoice::textFlags()
{
    return int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap | Qt::TextShowMnemonic);
}

int WrappedChoice::heightForWidth(const QAbstractButton *button, const QStyleOptionButton &option,
                                  const Kind &kind, int width)
{
    QStyleOptionButton measured = option;
    measured.rect = QRect(0, 0, width, button->minimumHeight());
    const QRect contents = button->style()->subElementRect(kind.contents, &measured, button);
    const QRect text = button->fontMetrics().boundingRect(
        QRect(0, 0, qMax(1, contents.width()), QWIDGETSIZE_MAX), textFlags(), button->text());
    const QSize whole = button->style()->sizeFromContents(
        kind.size, &measured, QSize(contents.width(), text.height()), button);
    return qMax(button->minimumHeight(), whole.height());
}

void WrappedChoice::paint(QAbstractButton *button, QStyleOptionButton option, const Kind &kind)
{
    QStylePainter painter(button);
    const QString text = option.text;
    option.text.clear(); // the style draws the mark and the frame; the words come next
    painter.drawControl(kind.control, option);
    const QRect contents = button->style()->subElementRect(kind.contents, &option, button);
    painter.drawItemText(contents, textFlags(), option.palette, button->isEnabled(), text,
                         button->foregroundRole());
}
