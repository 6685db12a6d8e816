#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class SqlDatabase;

// Moves a server store from SQLite into an empty PostgreSQL database (`municipal-server store
// migrate`, see docs/server-storage.md). Everything is copied in one transaction on the target,
// every value as it was: kiosks keep their cursors, citizens their references, devices their
// tokens. Before committing, every table is compared (row count and a SHA-256 of all its rows
// in key order, computed the same way on both sides), and any difference rolls the whole copy
// back. Both databases are opened and migrated to the newest schema by the caller
// (ServerStore::open); the source is only read.
class StoreMigration final
{
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    struct Report
    {
        QList<TableCount> tables; // in the order they were copied
        qint64 totalRows() const;
    };

    // For tests: runs inside the transaction after the copy, before the check.
    using BeforeVerify = std::function<void()>;

    StoreMigration(SqlDatabase &source, SqlDatabase &target);

    // The tables of the server schema, in the order they are copied.
    static const QStringList &tables();

    std::optional<Report> run(QString *error);
    // Compares the two stores as they are now; false with *error naming the first table that
    // differs. run() calls it before committing; it may also be run on its own afterwards.
    bool verify(QString *error) const;

    void setBeforeVerify(BeforeVerify hook) { m_beforeVerify = std::move(hook); }

private:
    bool checkCompatible(QString *error) const;
    bool checkTargetEmpty(QString *error) const;
    std::optional<Report> copyAll(QString *error);
    bool moveSequences(QString *error);

    SqlDatabase &m_source;
    SqlDatabase &m_target;
    BeforeVerify m_beforeVerify;
};
