#include "changepage.h"
#include "serverstore.h"
#include "testserverdatabase.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

class TestServerStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServerDatabase> m_database;
    std::unique_ptr<ServerStore> m_store;

    static ServerStore::Publication project(const QString &id, const QString &title, int progress)
    {
        return {
            Collection::Projects, id,
            QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("progress"), progress}}};
    }

    // The feed page as a kiosk would parse it.
    ChangePage feed(qint64 since, int limit)
    {
        QString error;
        const auto page = m_store->changesSince(since, limit, &error);
        if (!page)
            qFatal("feed failed: %s", qPrintable(error));
        const QByteArray json = "{\"since\":" + QByteArray::number(since) +
                                ",\"next\":" + QByteArray::number(page->next) +
                                ",\"more\":" + (page->more ? "true" : "false") +
                                ",\"changes\":" + page->changesJson + '}';
        const auto parsed = ChangePage::parse(json, since, &error);
        if (!parsed)
            qFatal("feed page does not parse: %s", qPrintable(error));
        return *parsed;
    }

private slots:
    void init()
    {
        static int counter = 0;
        m_store.reset();
        m_database = std::make_unique<TestServerDatabase>(
            m_dir.path(), QStringLiteral("server-%1.sqlite").arg(++counter));
        m_store = std::make_unique<ServerStore>();
        QString error;
        QVERIFY2(m_store->open(m_database->location(), &error), qPrintable(error));
    }

    void pagesThroughTheFeedInOrder()
    {
        QList<ServerStore::Publication> items;
        for (int i = 0; i < 7; ++i)
            items << project(QStringLiteral("p%1").arg(i), QStringLiteral("Proyecto %1").arg(i), i);
        QString error;
        QVERIFY2(m_store->publish(items, &error), qPrintable(error));

        const ChangePage first = feed(0, 3);
        QCOMPARE(first.changes.size(), 3);
        QVERIFY(first.more);
        QCOMPARE(first.next, first.changes.last().seq);
        const ChangePage second = feed(first.next, 3);
        QCOMPARE(second.changes.size(), 3);
        QVERIFY(second.more);
        const ChangePage last = feed(second.next, 3);
        QCOMPARE(last.changes.size(), 1);
        QVERIFY(!last.more);
        const ChangePage nothing = feed(last.next, 3);
        QCOMPARE(nothing.changes.size(), 0);
        QCOMPARE(nothing.next, last.next);
        QVERIFY(!nothing.more);
    }

    void keepsOnlyTheLatestChangeOfEachItem()
    {
        QString error;
        QVERIFY(m_store->publish({project(QStringLiteral("a"), QStringLiteral("Uno"), 10),
                                  project(QStringLiteral("b"), QStringLiteral("Dos"), 20)},
                                 &error));
        const qint64 before = m_store->latestSeq();
        QVERIFY(
            m_store->publish({project(QStringLiteral("a"), QStringLiteral("Uno"), 55)}, &error));
        QVERIFY(m_store->latestSeq() > before);

        const ChangePage all = feed(0, 100);
        QCOMPARE(all.changes.size(), 2);
        QCOMPARE(all.changes.at(0).item.id, QStringLiteral("b"));
        QCOMPARE(all.changes.at(1).item.id, QStringLiteral("a"));
        QCOMPARE(all.changes.at(1).item.data.value(QStringLiteral("progress")).toInt(), 55);
        // A kiosk that had read up to `before` sees only the update.
        const ChangePage since = feed(before, 100);
        QCOMPARE(since.changes.size(), 1);
        QCOMPARE(since.changes.at(0).item.id, QStringLiteral("a"));
        QCOMPARE(m_store->itemCount(), 2);
    }

    void withdrawingLeavesATombstone()
    {
        QString error;
        QVERIFY(
            m_store->publish({project(QStringLiteral("a"), QStringLiteral("Uno"), 10)}, &error));
        const qint64 before = m_store->latestSeq();
        QVERIFY2(m_store->withdraw(Collection::Projects, QStringLiteral("a"), &error),
                 qPrintable(error));
        const ChangePage since = feed(before, 100);
        QCOMPARE(since.changes.size(), 1);
        QCOMPARE(since.changes.at(0).op, Change::Op::Delete);
        QCOMPARE(m_store->itemCount(), 0);
        QVERIFY(!m_store->withdraw(Collection::Projects, QStringLiteral("a"), &error));
        QVERIFY2(error.contains(QStringLiteral("not published")), qPrintable(error));
    }

    void publishesAllOrNothing()
    {
        QString error;
        QVERIFY(!m_store->publish({project(QStringLiteral("ok"), QStringLiteral("Bien"), 10),
                                   project(QStringLiteral("bad"), QStringLiteral("Mal"), 300)},
                                  &error));
        QVERIFY2(error.contains(QStringLiteral("'bad'")) &&
                     error.contains(QStringLiteral("progress")),
                 qPrintable(error));
        QCOMPARE(m_store->latestSeq(), 0);
        QCOMPARE(m_store->itemCount(), 0);
    }

    void escapesNothingItShouldNot()
    {
        // Text with quotes, backslashes and newlines survives the hand-assembled feed JSON.
        const QString tricky = QStringLiteral("Dijo \"sí\" \\ y\nluego </script> ñ");
        QString error;
        QVERIFY(m_store->publish({project(QStringLiteral("q"), tricky, 1)}, &error));
        QCOMPARE(feed(0, 10).changes.at(0).item.title, tricky);
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
