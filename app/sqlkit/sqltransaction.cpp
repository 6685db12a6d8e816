#include "sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

SqlTransaction::SqlTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    // Qt's transaction() issues a deferred BEGIN; IMMEDIATE takes the write lock up front so a
    // concurrent writer makes us wait at the start (busy timeout), never fail half-way.
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = begin.lastError().text();
}

SqlTransaction::~SqlTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        m_error = commit.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}
