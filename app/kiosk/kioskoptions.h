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
        Clerk,
        Enroll,
    };

    Mode mode = Mode::Gui;
    QString configPath;
    bool windowed = false;
    QString screenshotDir;  // set: photograph every view once synced, then exit
    QStringList words;      // what follows a command such as --clerk
    QString caFile;         // --ca-file, for --enroll
    QStringList pinnedKeys; // --pin, for --enroll

    // Parses, or prints help/version/usage and exits (QCommandLineParser's way).
    static KioskOptions parse(const QStringList &arguments);
    // Only --config, read before the application exists (the on-screen keyboard is chosen
    // then); Qt's own options such as -platform are still on the command line at that point.
    static QString configPathBeforeApplication(int argc, char **argv);
    // Decided before any QApplication exists: the headless commands need no display.
    static bool isHeadless(int argc, char **argv);
};
