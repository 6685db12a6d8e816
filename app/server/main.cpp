#include "journalformat.h"
#include "servercommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("municipal-kiosk"));
    QCoreApplication::setApplicationName(QStringLiteral("municipal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MK_VERSION));
    installJournalLogFormat();
    return ServerCommand().run(QCoreApplication::arguments());
}
