#include "sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// "MKWRITER": the one lock all of the program's write transactions on PostgreSQL take.
constexpr qint64 writerLockKey = 0x4d4b'5752'4954'4552;

} // namespace

SqlTransaction::SqlTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery begin(m_db);
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        // The same contract as SQLite's BEGIN IMMEDIATE: one writing transaction at a time,
        // across every process on the database. A transaction-scoped advisory lock is released
        // only after the commit is visible to others, so change-feed seqs become visible in the
        // order they were taken: a kiosk never reads seq N+1 while N is still being written and
        // moves its cursor past it. Readers never wait. (See docs/server-storage.md.)
        // READ COMMITTED whatever the database's default: each statement after the lock must
        // see what the writer before committed (an idempotency key stored a moment ago). A
        // writer stuck for 5 s fails this one, as SQLite's busy timeout does, rather than
        // stalling every process's event loop.
        QSqlQuery lock(m_db);
        if (!begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"))) {
            m_error = begin.lastError().text();
        } else if (!lock.exec(QStringLiteral("SET LOCAL lock_timeout = '5s'; "
                                             "SELECT pg_advisory_xact_lock(%1)")
                                  .arg(writerLockKey))) {
            m_error = lock.lastError().text();
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        } else {
            m_active = true;
        }
        return;
    }
    // Qt's transaction() issues a deferred BEGIN; IMMEDIATE takes the write lock up front so a
    // concurrent writer makes us wait at the start (busy timeout), never fail half-way.
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
