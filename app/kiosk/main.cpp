#include "clerkcommand.h"
#include "enrollcommand.h"
#include "headlesscommands.h"
#include "journalformat.h"
#include "keyboardpanel.h"
#include "kioskapp.h"
#include "kioskoptions.h"
#include "loglevels.h"

#include <QApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStartup, "startup")

namespace {

void identify()
{
    QCoreApplication::setOrganizationName(QStringLiteral("municipal-kiosk"));
    QCoreApplication::setApplicationName(QStringLiteral("municipal-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MK_VERSION));
    installJournalLogFormat();
}

} // namespace

int main(int argc, char *argv[])
{
    if (KioskOptions::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        identify();
        const KioskOptions options = KioskOptions::parse(QCoreApplication::arguments());
        const KioskSettings settings = KioskSettings::load(options.configPath);
        LogLevels::parse(settings.logLevel, settings.logCategories).apply();
        const HeadlessCommands commands(settings);
        const bool writesData = options.mode == KioskOptions::Mode::SyncOnce ||
                                options.mode == KioskOptions::Mode::Status ||
                                options.mode == KioskOptions::Mode::Outbox ||
                                options.mode == KioskOptions::Mode::UploadOnce ||
                                options.mode == KioskOptions::Mode::Clerk;
        if (writesData && !HeadlessCommands::runByTheDataOwner(settings))
            return HeadlessCommands::ConfigProblem;
        switch (options.mode) {
        case KioskOptions::Mode::SyncOnce:
            return commands.syncOnce();
        case KioskOptions::Mode::Status:
            return commands.status();
        case KioskOptions::Mode::Outbox:
            return commands.outbox();
        case KioskOptions::Mode::UploadOnce:
            return commands.uploadOnce();
        case KioskOptions::Mode::HashPin:
            return HeadlessCommands::hashPin();
        case KioskOptions::Mode::Clerk:
            return ClerkCommand(settings).run(options.words);
        case KioskOptions::Mode::Enroll:
            return EnrollCommand(
                       {options.configPath, options.words, options.caFile, options.pinnedKeys})
                .run();
        case KioskOptions::Mode::CheckConfig:
        case KioskOptions::Mode::Gui:
            return commands.checkConfig();
        }
    }

    // The configuration is read before the application exists, because the on-screen
    // keyboard has to be chosen as the input method before Qt's GUI starts.
    identify();
    const KioskSettings settings =
        KioskSettings::load(KioskOptions::configPathBeforeApplication(argc, argv));
    LogLevels::parse(settings.logLevel, settings.logCategories).apply();
    if (settings.onScreenKeyboard)
        KeyboardPanel::prepareEnvironment();
    QApplication app(argc, argv);
    const KioskOptions options = KioskOptions::parse(QCoreApplication::arguments());
    const QStringList problems = settings.problems();
    for (const QString &problem : problems)
        qCCritical(lcStartup).noquote() << problem;
    if (!problems.isEmpty())
        return HeadlessCommands::ConfigProblem;

    const bool tour = !options.screenshotDir.isEmpty();
    KioskApp kiosk(settings, options.windowed || tour, tour);
    QString error;
    if (!kiosk.start(&error)) {
        qCCritical(lcStartup).noquote() << "cannot start:" << error;
        return HeadlessCommands::ConfigProblem;
    }
    if (tour)
        kiosk.takeScreenshots(options.screenshotDir);
    return QApplication::exec();
}
