#include "demoloader.h"
#include "testpaths.h"
#include "testserverdatabase.h"

#include <QTemporaryDir>
#include <QtTest>

class TestDemoLoader : public QObject
{
    Q_OBJECT

private:
    static QMap<Collection, int> counts(const QList<ServerStore::Publication> &items)
    {
        QMap<Collection, int> result;
        for (const auto &item : items)
            ++result[item.collection];
        return result;
    }

    static QJsonObject find(const QList<ServerStore::Publication> &items, const QString &id)
    {
        for (const auto &item : items) {
            if (item.id == id)
                return item.data;
        }
        return {};
    }

private slots:
    void theDemoMunicipalityIsComplete()
    {
        QList<ServerStore::Publication> items;
        QString error;
        QVERIFY2(DemoLoader(TestPaths::demoDir()).load(&items, &error), qPrintable(error));
        const auto n = counts(items);
        QVERIFY(n.value(Collection::News) >= 30);
        QVERIFY(n.value(Collection::Services) >= 20);
        QVERIFY(n.value(Collection::Events) >= 25);
        QVERIFY(n.value(Collection::Legal) >= 15);
        QVERIFY(n.value(Collection::Categories) >= 8);
        QVERIFY(n.value(Collection::Surveys) >= 2);
        QVERIFY(n.value(Collection::Pages) >= 1);
        QVERIFY(n.value(Collection::Projects) >= 1);

        // Every item is valid, as publishing checks each one as a kiosk would.
        QTemporaryDir dir;
        TestServerDatabase database(dir.path());
        ServerStore store;
        QVERIFY2(store.open(database.location(), &error), qPrintable(error));
        QVERIFY2(store.publish(items, &error), qPrintable(error));
        QCOMPARE(store.itemCount(), items.size());

        // Legal texts are real-length and come from their text files.
        for (const auto &item : std::as_const(items)) {
            if (item.collection == Collection::Legal)
                QVERIFY2(item.data.value(QStringLiteral("text")).toString().size() > 4000,
                         qPrintable(item.id));
        }
    }

    void movesDatesSoTheDemoLooksCurrent()
    {
        QList<ServerStore::Publication> asWritten;
        QList<ServerStore::Publication> later;
        QString error;
        QVERIFY(DemoLoader(TestPaths::demoDir(), QDate(2026, 11, 28)).load(&asWritten, &error));
        QVERIFY(DemoLoader(TestPaths::demoDir(), QDate(2027, 3, 10)).load(&later, &error));
        const QString id = QStringLiteral("evt-2026-0001");
        const QDateTime original = QDateTime::fromString(
            find(asWritten, id).value(QStringLiteral("starts_at")).toString(), Qt::ISODate);
        const QDateTime moved = QDateTime::fromString(
            find(later, id).value(QStringLiteral("starts_at")).toString(), Qt::ISODate);
        QVERIFY(original.isValid());
        QCOMPARE(original.daysTo(moved), QDate(2026, 11, 28).daysTo(QDate(2027, 3, 10)));
        QCOMPARE(moved.time(), original.time());
        QCOMPARE(moved.offsetFromUtc(), -5 * 3600);
    }

    void reportsAMissingDirectory()
    {
        QList<ServerStore::Publication> items;
        QString error;
        QVERIFY(!DemoLoader(QStringLiteral("/nonexistent/demo")).load(&items, &error));
        QVERIFY2(error.contains(QStringLiteral("manifest.json")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDemoLoader)
#include "tst_demoloader.moc"
