#include "testserverdatabase.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

QString clusterUri()
{
    return qEnvironmentVariable("MK_TEST_POSTGRES");
}

// The cluster's maintenance database, where databases are created and dropped.
QString maintenanceUri()
{
    QUrl url(clusterUri());
    url.setPath(QStringLiteral("/postgres"));
    return url.toString();
}

} // namespace

std::optional<QVariant> TestServerDatabase::query(const QString &uri, const QString &statement,
                                                  QString *error)
{
    const QString name =
        QStringLiteral("mk-test-query-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    std::optional<QVariant> result;
    {
        const QUrl url(uri);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (query.exec(statement))
                result = query.next() ? query.value(0) : QVariant();
            else
                *error = query.lastError().text();
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool TestServerDatabase::postgreSqlRequested()
{
    return !clusterUri().isEmpty();
}

TestServerDatabase::TestServerDatabase(const QString &dir, const QString &sqliteFileName)
{
    if (!postgreSqlRequested()) {
        m_location = QDir(dir).filePath(sqliteFileName);
        return;
    }
    const QString name =
        QStringLiteral("mk_test_%1")
            .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    // The C collation, as a careful operator would create it (docs/server-storage.md); the
    // schema pins it on the compared columns anyway.
    if (!query(maintenanceUri(),
               QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                              "LC_COLLATE 'C' LC_CTYPE 'C'")
                   .arg(name),
               &m_error)) {
        m_error =
            QStringLiteral("cannot create a test database on %1: %2").arg(clusterUri(), m_error);
        qWarning("%s", qPrintable(m_error));
        return;
    }
    m_name = name;
    QUrl url(clusterUri());
    url.setPath(QLatin1Char('/') + name);
    m_location = url.toString();
}

TestServerDatabase::~TestServerDatabase()
{
    if (m_name.isEmpty())
        return;
    QString error;
    if (!query(maintenanceUri(),
               QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &error))
        qWarning("cannot drop the test database %s: %s", qPrintable(m_name), qPrintable(error));
}

QString TestServerDatabase::backend() const
{
    return postgreSqlRequested() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QByteArray TestServerDatabase::storageSettings() const
{
    return "backend=" + backend().toUtf8() + "\ndatabase=" + m_location.toUtf8() + "\n";
}
