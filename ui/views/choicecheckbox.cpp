#include "choicecheckbox.h"

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
