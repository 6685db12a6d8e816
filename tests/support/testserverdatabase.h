#pragma once

#include <QString>
#include <QVariant>
#include <optional>

// Where a test's server store lives: an SQLite file in the test's folder by default or, when the
// test runs as its PostgreSQL variant (ctest sets MK_TEST_POSTGRES to the test cluster's URI,
// see mk_add_server_test), a database of its own on that cluster, created here and dropped when
// this object goes. location() is what ServerStore::open and storage/database take.
class TestServerDatabase final
{
public:
    explicit TestServerDatabase(const QString &dir,
                                const QString &sqliteFileName = QStringLiteral("server.sqlite"));
    ~TestServerDatabase();
    TestServerDatabase(const TestServerDatabase &) = delete;
    TestServerDatabase &operator=(const TestServerDatabase &) = delete;

    // Empty when the PostgreSQL database could not be created: error() says why, and the test
    // fails opening it rather than passing on SQLite.
    QString location() const { return m_location; }
    bool isPostgreSql() const { return !m_name.isEmpty(); }
    QString backend() const;
    QString error() const { return m_error; }
    // The lines of a server configuration's [storage] section for this database.
    QByteArray storageSettings() const;

    static bool postgreSqlRequested();
    // Runs one statement on the PostgreSQL database `uri` names, on a connection of its own:
    // the first value of its first row (an invalid QVariant without rows), or nullopt on error.
    static std::optional<QVariant> query(const QString &uri, const QString &statement,
                                         QString *error);

private:
    QString m_location;
    QString m_name;
    QString m_error;
};
