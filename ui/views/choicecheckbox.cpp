#include "choicecheckbox.h"

#include "wrappedchoice.h"

#include <QStyleOptionButton>

ChoiceCheckBox::ChoiceCheckBox(const QString &text, QWidget *parent)
    : QCheckBox(text, parent)
{
    setProperty("bigChoice", true);
    setMinimumHeight(64);
}

bool ChoiceCheckBox::hitButton(const QPoint &pos) const
{
    return rect().contains(pos);
}

bool ChoiceCheckBox::hasHeightForWidth() const
{
    return true;
}

int ChoiceCheckBox::heightForWidth(int width) const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    return WrappedChoice::heightForWidth(this, option, WrappedChoice::CheckBox, width);
}

QSize ChoiceCheckBox::minimumSizeHint() const
{
    // Narrower than the words: they wrap.
    return {qMin(QCheckBox::minimumSizeHint().width(), 160), minimumHeight()};
}

void ChoiceCheckBox::paintEvent(QPaintEvent *)
{
    QStyleOptionButton option;
    initStyleOption(&option);
    WrappedChoice::paint(this, option, WrappedChoice::CheckBox);
}
