#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class SqlDatabase;

// Who did what: every write an editor makes through the server's admin command line, every
// action a clerk takes at a kiosk. The server records it in the same transaction as the change
// itself, so there is no change without its author. Both keep it in an `audit_log` table
// (at, actor, action, target, detail).
class AuditLog final
{
public:
    struct Entry
    {
        QDateTime at;
        QString actor; // the editor's or the clerk's account name
        QString action;
        QString target;
        QString detail;
    };

    explicit AuditLog(SqlDatabase &db);

    bool record(const QString &actor, const QString &action, const QString &target,
                const QString &detail, QString *error);
    QList<Entry> recent(int limit) const;

private:
    SqlDatabase &m_db;
};
