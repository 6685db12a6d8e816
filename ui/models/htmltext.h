#pragma once

#include <QString>

// Text from the server made safe to put into the HTML the kiosk's readers show: escaped, so
// that it is only ever text, and with a place to break in every long run of letters. Qt lays
// out an unbroken run wider than the view in time that grows with the square of its length: a
// 100,000-letter "word" in a service's description froze the kiosk for minutes.
class HtmlText final
{
public:
    static QString escaped(const QString &text);
    // A zero-width space (U+200B, a line-break opportunity, invisible) after every
    // kMaxRun characters without a space, never inside a character or before a combining mark.
    static QString breakable(const QString &text);

    static constexpr int kMaxRun = 80;
};
