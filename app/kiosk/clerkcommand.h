#pragma once

#include "kiosksettings.h"

#include <QStringList>

// IT staff's command for the counter clerks of one machine (`municipal-kiosk --clerk ...`):
// add, reset a password, disable, enable, list, and read the audit log. Plain words and exit
// codes: 0 done, 1 the clerks' file cannot be opened or the change was refused, 2 usage.
class ClerkCommand final
{
public:
    explicit ClerkCommand(KioskSettings settings);

    int run(const QStringList &words) const;

private:
    KioskSettings m_settings;
};
