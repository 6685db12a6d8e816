#pragma once

#include <QSqlDatabase>

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless committed: every early
// return of a multi-statement write leaves the database as it was.
class SqlTransaction final
{
public:
    explicit SqlTransaction(const QSqlDatabase &db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
