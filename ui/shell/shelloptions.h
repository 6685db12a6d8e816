#pragma once

#include "idlemonitor.h"

#include <QString>
#include <QStringList>
#include <chrono>

// How the window behaves beyond showing content; the defaults suit a developer's desktop
// and tests (no idle reset, no keyboard, no theme of its own).
struct ShellOptions
{
    QString defaultLanguage = QStringLiteral("es");
    QStringList languages{QStringLiteral("es"), QStringLiteral("en")};

    bool idleReset = false;
    IdleMonitor::Timing idle;

    QString styleSheet; // the base theme; empty: leave the application's style alone
    bool highContrast = false;
    bool largeText = false;

    bool onScreenKeyboard = false;
    bool readAloud = false;
    QString speechEngine; // empty: the best one installed

    // Counter clerks, when the context brings a ClerkSession: "kiosk" (their login is offered on
    // the staff PIN page) or "desk" (a counter PC that opens on it and has no citizens' screens).
    struct Clerks
    {
        QString mode = QStringLiteral("off");
        std::chrono::milliseconds logoutAfter{300000};
        QStringList residentRequired{QStringLiteral("address"), QStringLiteral("id_number")};
        QString printer;
    } clerks;

    QString staffPinHash; // empty: the staff gesture leads to a pad that says so
    int staffMaxAttempts = 5;
    std::chrono::seconds staffLockout{300};
};
