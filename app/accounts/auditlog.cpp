#include "auditlog.h"

#include "sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

AuditLog::AuditLog(SqlDatabase &db)
    : m_db(db)
{}

bool AuditLog::record(const QString &actor, const QString &action, const QString &target,
                      const QString &detail, QString *error)
{
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insert.addBindValue(actor);
    insert.addBindValue(action);
    insert.addBindValue(target);
    // The column is NOT NULL: no detail is stored as an empty text.
    insert.addBindValue(detail.isNull() ? QStringLiteral("") : detail.left(1000));
    if (!insert.exec()) {
        if (error)
            *error = insert.lastError().text();
        return false;
    }
    return true;
}

QList<AuditLog::Entry> AuditLog::recent(int limit) const
{
    QList<Entry> entries;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT at, actor, action, target, detail FROM audit_log "
                                 "ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        entries.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                        query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString()});
    }
    return entries;
}
