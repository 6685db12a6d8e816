#pragma once

#include <QString>

// Text from outside (a kiosk's name or error, what a citizen wrote) on its way to an IT
// person's or a moderator's terminal, where control and format characters (escape sequences,
// bidirectional overrides) could rewrite what they see.
class TerminalText final
{
public:
    static QString printable(QString text);
};
