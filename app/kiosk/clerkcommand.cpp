#include "clerkcommand.h"

#include "clerkstore.h"
#include "consolestreams.h"
#include "passwordprompt.h"

#include <QDir>
#include <QTextStream>

namespace {

const char *const kUsage =
    "Usage: municipal-kiosk --clerk add NAME [FULL NAME] | reset NAME | disable NAME | "
    "enable NAME | list | audit [COUNT]";

int usage()
{
    err() << kUsage << Qt::endl;
    return 2;
}

int refused(const QString &error)
{
    err() << error << Qt::endl;
    return 1;
}

} // namespace

ClerkCommand::ClerkCommand(KioskSettings settings)
    : m_settings(std::move(settings))
{}

int ClerkCommand::run(const QStringList &words) const
{
    const QString action = words.value(0);
    const QString name = words.value(1);
    if (action.isEmpty())
        return usage();

    ClerkStore store;
    QString error;
    if (!QDir().mkpath(m_settings.dataDir) || !store.open(m_settings.clerksPath(), &error))
        return refused(QStringLiteral("Cannot open the clerks' file %1: %2")
                           .arg(m_settings.clerksPath(), error));
    AccountBook accounts = store.accounts();

    if (action == QLatin1String("add") && words.size() >= 2 && words.size() <= 3) {
        const QString password = PasswordPrompt::readNew("MUNICIPAL_CLERK_PASSWORD", name);
        if (password.isEmpty())
            return refused(QStringLiteral("The two passwords differ, or none was given."));
        if (!accounts.add(name, password, &error))
            return refused(error);
        if (words.size() == 3 && !store.setFullName(name, words.at(2), &error))
            return refused(error);
        store.audit().record(QStringLiteral("it-staff"), QStringLiteral("clerk-added"), name, {},
                             nullptr);
        out() << "Added clerk " << name << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("reset") && words.size() == 2) {
        const QString password = PasswordPrompt::readNew("MUNICIPAL_CLERK_PASSWORD", name);
        if (password.isEmpty())
            return refused(QStringLiteral("The two passwords differ, or none was given."));
        if (!accounts.resetPassword(name, password, &error))
            return refused(error);
        store.audit().record(QStringLiteral("it-staff"), QStringLiteral("clerk-password-reset"),
                             name, {}, nullptr);
        out() << "New password for " << name << Qt::endl;
        return 0;
    }
    if ((action == QLatin1String("disable") || action == QLatin1String("enable")) &&
        words.size() == 2) {
        const bool disable = action == QLatin1String("disable");
        if (!accounts.setDisabled(name, disable, &error))
            return refused(error);
        store.audit().record(QStringLiteral("it-staff"),
                             disable ? QStringLiteral("clerk-disabled")
                                     : QStringLiteral("clerk-enabled"),
                             name, {}, nullptr);
        out() << name << (disable ? " is disabled" : " is enabled") << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("list") && words.size() == 1) {
        const auto list = accounts.list();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (list.isEmpty())
            out() << "No clerks yet: add one with --clerk add NAME \"FULL NAME\"." << Qt::endl;
        for (const auto &account : list) {
            const QString state = account.disabledAt.isValid() ? QStringLiteral("disabled")
                                  : account.lockedUntil.isValid() && account.lockedUntil > now
                                      ? QStringLiteral("locked until %1")
                                            .arg(account.lockedUntil.toString(Qt::ISODate))
                                      : QStringLiteral("active");
            out() << account.name << '\t' << store.fullName(account.name) << '\t' << state << '\t'
                  << account.createdAt.toString(Qt::ISODate) << Qt::endl;
        }
        return 0;
    }
    if (action == QLatin1String("audit") && words.size() <= 2) {
        bool ok = true;
        const int count = words.size() == 2 ? words.at(1).toInt(&ok) : 100;
        if (!ok || count < 1)
            return usage();
        const auto entries = store.audit().recent(count);
        for (const AuditLog::Entry &entry : entries) {
            out() << entry.at.toString(Qt::ISODate) << '\t' << entry.actor << '\t' << entry.action
                  << '\t' << entry.target << '\t' << entry.detail << Qt::endl;
        }
        return 0;
    }
    return usage();
}
