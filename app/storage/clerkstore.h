#pragma once

#include "accountbook.h"
#include "auditlog.h"
#include "sqldatabase.h"

#include <QString>

// The counter clerks of one kiosk or desk PC and what they did there: their own SQLite file
// beside the outbox (synchronous=FULL, so a lockout or an audit entry survives a power cut).
// Kept on the machine rather than on the server so that a clerk can log in, take a resident's
// complaint and print the receipt while the network is down.
class ClerkStore final
{
public:
    static QString schemaDir() { return QStringLiteral(":/schema/clerks"); }

    bool open(const QString &path, QString *error);
    SqlDatabase &database() { return m_db; }

    AccountBook accounts(int iterations = AccountBook::kDefaultIterations);
    AuditLog audit() { return AuditLog(m_db); }

    bool setFullName(const QString &name, const QString &fullName, QString *error);
    // The name printed on receipts; the account name when none was given.
    QString fullName(const QString &name) const;

private:
    SqlDatabase m_db;
};
