#include "headlesscommands.h"
#include "journalformat.h"
#include "kioskapp.h"
#include "kioskoptions.h"

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
        const HeadlessCommands commands(KioskSettings::load(options.configPath));
        switch (options.mode) {
        case KioskOptions::Mode::SyncOnce:
            return commands.syncOnce();
        case KioskOptions::Mode::Status:
            return commands.status();
        case KioskOptions::Mode::Outbox:
            return commands.outbox();
        case KioskOptions::Mode::UploadOnce:
            return commands.uploadOnce();
        case KioskOptions::Mode::CheckConfig:
        case KioskOptions::Mode::Gui:
            return commands.checkConfig();
        }
    }

    QApplication app(argc, argv);
    identify();
    const KioskOptions options = KioskOptions::parse(QCoreApplication::arguments());
    const KioskSettings settings = KioskSettings::load(options.configPath);
    const QStringList problems = settings.problems();
    for (const QString &problem : problems)
        qCCritical(lcStartup).noquote() << problem;
    if (!problems.isEmpty())
        return HeadlessCommands::ConfigProblem;

    const bool tour = !options.screenshotDir.isEmpty();
    KioskApp kiosk(settings, options.windowed || tour);
    QString error;
    if (!kiosk.start(&error)) {
        qCCritical(lcStartup).noquote() << "cannot start:" << error;
        return HeadlessCommands::ConfigProblem;
    }
    if (tour)
        kiosk.takeScreenshots(options.screenshotDir);
    return QApplication::exec();
}
