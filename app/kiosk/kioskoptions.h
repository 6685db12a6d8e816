#pragma once

#include <QString>
#include <QStringList>

// What the kiosk was asked to do on its command line.
struct KioskOptions
{
    enum class Mode
    {
        Gui,
        SyncOnce,
        Status,
        CheckConfig,
        Outbox,
        UploadOnce,
        HashPin,
    };

    Mode mode = Mode::Gui;
    QString configPath;
    bool windowed = false;
    QString screenshotDir; // set: photograph every view once synced, then exit

    // Parses, or prints help/version/usage and exits (QCommandLineParser's way).
    static KioskOptions parse(const QStringList &arguments);
    // Decided before any QApplication exists: the headless commands need no display.
    static bool isHeadless(int argc, char **argv);
};
