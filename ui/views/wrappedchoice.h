#pragma once

#include <QStyle>

class QAbstractButton;
class QPaintEvent;
class QStyleOptionButton;

// Draws a check box or radio button whose words wrap onto more lines instead of being cut
// off, and says how tall that makes it: large text on a narrow screen must still show every
// answer whole. The indicator, frame and focus ring stay the style's (and the style sheet's).
class WrappedChoice final
{
public:
    struct Kind
    {
        QStyle::ControlElement control;
        QStyle::SubElement contents;
        QStyle::ContentsType size;
    };
    static const Kind CheckBox;
    static const Kind RadioButton;

    // The height the button needs at this width to show all its words.
    static int heightForWidth(const QAbstractButton *button, const QStyleOptionButton &option,
                              const Kind &kind, int width);
    static void paint(QAbstractButton *button, QStyleOptionButton option, const Kind &kind);

private:
    static int textFlags();
};
