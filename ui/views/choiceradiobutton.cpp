#include "choiceradiobutton.h"

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
