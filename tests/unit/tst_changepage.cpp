#include "changepage.h"
#include "testpaths.h"

#include <QtTest>

class TestChangePage : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const char *name)
    {
        QFile file(TestPaths::fixture(QStringLiteral("changes/") + QLatin1String(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return file.readAll();
    }

private slots:
    void parsesAValidPage()
    {
        QString error;
        const auto page = ChangePage::parse(fixture("valid-page.json"), 0, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->since, 0);
        QCOMPARE(page->next, 4);
        QVERIFY(page->more);
        QCOMPARE(page->changes.size(), 3);
        QCOMPARE(page->ignored, 1); // forum_votes: a collection this kiosk does not know

        const Change &news = page->changes.at(0);
        QCOMPARE(news.seq, 1);
        QCOMPARE(news.op, Change::Op::Put);
        QCOMPARE(news.item.collection, Collection::News);
        QCOMPARE(news.item.title, QStringLiteral("Siembra de árboles en la ribera"));
        QCOMPARE(news.item.category, QStringLiteral("medio-ambiente"));
        QCOMPARE(news.item.sortKey, QStringLiteral("2026-11-20T14:00:00Z"));
        QVERIFY(news.item.searchText.contains(QStringLiteral("año y niños")));

        const Change &service = page->changes.at(1);
        QCOMPARE(service.item.title, QStringLiteral("Certificación de nacimiento"));
        QVERIFY2(service.item.data.contains(QStringLiteral("future_field")),
                 "fields this kiosk does not know are kept for newer versions");

        const Change &deletion = page->changes.at(2);
        QCOMPARE(deletion.op, Change::Op::Delete);
        QCOMPARE(deletion.item.id, QStringLiteral("news-2025-0417"));
    }

    void setsAsideInvalidItemsWithAReason()
    {
        QString error;
        const auto page = ChangePage::parse(fixture("invalid-item.json"), 10, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->changes.size(), 1);
        QCOMPARE(page->changes.at(0).item.id, QStringLiteral("legal-1"));
        QCOMPARE(page->rejected.size(), 2);
        QCOMPARE(page->rejected.at(0).seq, 11);
        QVERIFY(page->rejected.at(0).reason.contains(QStringLiteral("starts_at")));
        QCOMPARE(page->rejected.at(1).seq, 13);
        QVERIFY(page->rejected.at(1).reason.contains(QStringLiteral("data")));
    }

    void refusesPagesThatBreakTheContract_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("since");
        QTest::addColumn<QString>("reason");
        QTest::newRow("seq backwards")
            << fixture("seq-backwards.json") << qint64(0) << QStringLiteral("out of order");
        QTest::newRow("next negative")
            << fixture("next-before-since.json") << qint64(0) << QStringLiteral("'next'");
        QTest::newRow("wrong types")
            << fixture("wrong-types.json") << qint64(0) << QStringLiteral("'since'");
        QTest::newRow("truncated")
            << fixture("truncated.json") << qint64(0) << QStringLiteral("not valid JSON");
        QTest::newRow("other since")
            << fixture("valid-page.json") << qint64(7) << QStringLiteral("not the 7 asked");
        QTest::newRow("array") << QByteArray("[]") << qint64(0)
                               << QStringLiteral("not a JSON object");
        QTest::newRow("empty") << QByteArray() << qint64(0) << QStringLiteral("not valid JSON");
    }

    void refusesPagesThatBreakTheContract()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, since);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!ChangePage::parse(json, since, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void refusesASeqBeyondNext()
    {
        const QByteArray json = R"({"since":0,"next":1,"more":false,"changes":[
            {"seq":2,"collection":"news","id":"a","op":"delete"}]})";
        QString error;
        QVERIFY(!ChangePage::parse(json, 0, &error));
        QVERIFY2(error.contains(QStringLiteral("out of order")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestChangePage)
#include "tst_changepage.moc"
