#include "freshnesstext.h"

#include <QtTest>

class TestFreshnessText : public QObject
{
    Q_OBJECT

private slots:
    void describesTheAgeOfTheContent_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<bool>("online");
        QTest::addColumn<QString>("text");
        QTest::newRow("just now") << qint64(20) << true << "Updated just now";
        QTest::newRow("minutes") << qint64(7 * 60 + 5) << true << "Updated 7 minutes ago";
        QTest::newRow("hours") << qint64(3 * 3600) << true << "Updated 3 hours ago";
        QTest::newRow("days") << qint64(5 * 86400) << true << "Updated 5 days ago";
        QTest::newRow("offline") << qint64(600) << false << "Offline · Updated 10 minutes ago";
        QTest::newRow("clock behind") << qint64(-3600) << true << "Updated just now";
    }

    void describesTheAgeOfTheContent()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(bool, online);
        QFETCH(QString, text);
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        QCOMPARE(FreshnessText::describe(now.addSecs(-secondsAgo), now, online), text);
    }

    void saysWhenThereIsNothingYet()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(FreshnessText::describe({}, now, true).contains(QStringLiteral("Getting")));
        QVERIFY(FreshnessText::describe({}, now, false).startsWith(QStringLiteral("Offline")));
    }
};

QTEST_GUILESS_MAIN(TestFreshnessText)
#include "tst_freshnesstext.moc"
