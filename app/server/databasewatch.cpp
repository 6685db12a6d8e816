#include "databasewatch.h"

#include "sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

DatabaseWatch::DatabaseWatch(SqlDatabase &db, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (m_db.engine() != SqlDatabase::Engine::PostgreSQL)
        return;
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatch::check);
    m_timer.start();
}

void DatabaseWatch::check()
{
    QSqlQuery query(m_db.connection());
    if (query.exec(QStringLiteral("SELECT 1")))
        return;
    m_timer.stop();
    emit lost(query.lastError().text().trimmed());
}
