#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class SqlDatabase;

// Who changed what: every write an editor makes through the admin command line, recorded in
// the same transaction as the change itself, so there is no change without its author.
class AuditLog final
{
public:
    struct Entry
    {
        QDateTime at;
        QString editor;
        QString action;
        QString target;
        QString detail;
    };

    explicit AuditLog(SqlDatabase &db);

    bool record(const QString &editor, const QString &action, const QString &target,
                const QString &detail, QString *error);
    QList<Entry> recent(int limit) const;

private:
    SqlDatabase &m_db;
};
