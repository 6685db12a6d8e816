#include "choiceradiobutton.h"

#include "wrappedchoice.h"

#include <QStyleOptionButton>

ChoiceRadioButton::ChoiceRadioButton(const QString &text, QWidget *parent)
    : QRadioButton(text, parent)
{
    setProperty("bigChoice", true);
    setMinimumHeight(64);
}

bool ChoiceRadioButton::hitButton(const QPoint &pos) const
{
    return rect().contains(pos);
}

bool ChoiceRadioButton::hasHeightForWidth() const
{
    return true;
}

int ChoiceRadioButton::heightForWidth(int width) const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    return WrappedChoice::heightForWidth(this, option, WrappedChoice::RadioButton, width);
}

QSize ChoiceRadioButton::minimumSizeHint() const
{
    // Narrower than the words: they wrap.
    return {qMin(QRadioButton::minimumSizeHint().width(), 160), minimumHeight()};
}

void ChoiceRadioButton::paintEvent(QPaintEvent *)
{
    QStyleOptionButton option;
    initStyleOption(&option);
    WrappedChoice::paint(this, option, WrappedChoice::RadioButton);
}
