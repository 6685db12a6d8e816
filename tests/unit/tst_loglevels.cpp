#include "loglevels.h"

#include <QLoggingCategory>
#include <QtTest>

Q_LOGGING_CATEGORY(lcTestSync, "sync")
Q_LOGGING_CATEGORY(lcTestSyncBlobs, "sync.blobs")
Q_LOGGING_CATEGORY(lcTestOutbox, "outbox")
Q_LOGGING_CATEGORY(lcTestSyncer, "syncer")
// Like Qt's own chatty categories (qt.widgets.painting): quiet below warning by default.
Q_LOGGING_CATEGORY(lcTestQtPainting, "qt.test.painting", QtWarningMsg)

// The [log] section: one level for everything, exceptions per category, as Qt rules.
class TestLogLevels : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLoggingCategory::setFilterRules(QString()); }

    void aLevelSilencesWhatIsBelowIt()
    {
        const LogLevels levels = LogLevels::parse(QStringLiteral("warning"), {});
        QVERIFY(levels.problems().isEmpty());
        levels.apply();
        QVERIFY(!lcTestOutbox().isInfoEnabled());
        QVERIFY(lcTestOutbox().isWarningEnabled());
        QVERIFY(lcTestOutbox().isCriticalEnabled());
    }

    void aCategoryAndItsChildrenMayDifferFromTheLevel()
    {
        const LogLevels levels =
            LogLevels::parse(QStringLiteral("critical"), {QStringLiteral(" sync : info ")});
        QVERIFY2(levels.problems().isEmpty(), qPrintable(levels.problems().join(u'\n')));
        levels.apply();
        QVERIFY(lcTestSync().isInfoEnabled());
        QVERIFY(lcTestSyncBlobs().isInfoEnabled());
        // Only the category and its dotted children: "syncer" is another category.
        QVERIFY(!lcTestSyncer().isInfoEnabled());
        QVERIFY(!lcTestSyncer().isWarningEnabled());
        QVERIFY(!lcTestOutbox().isWarningEnabled());
        QVERIFY(lcTestOutbox().isCriticalEnabled());
    }

    void theLevelIsAboutTheProgramsNotQt()
    {
        LogLevels::parse(QStringLiteral("info"), {}).apply();
        QVERIFY(lcTestOutbox().isInfoEnabled());
        QVERIFY(!lcTestQtPainting().isInfoEnabled());
        QVERIFY(lcTestQtPainting().isWarningEnabled());
        LogLevels::parse(QStringLiteral("critical"), {}).apply();
        QVERIFY(!lcTestQtPainting().isWarningEnabled());
    }

    void debugForOneCategoryLeavesQtsOwnDebugOff()
    {
        const QString rules =
            LogLevels::parse(QStringLiteral("debug"), {QStringLiteral("sync:debug")}).filterRules();
        QVERIFY(rules.contains(QStringLiteral("sync.debug=true")));
        QVERIFY(rules.contains(QStringLiteral("sync.*.debug=true")));
        QVERIFY(rules.contains(QStringLiteral("qt.*.debug=false")));
        QVERIFY(rules.contains(QStringLiteral("qt.*.info=false")));
        // Later rules win: the general level comes first, Qt's exception after it.
        QVERIFY(rules.indexOf(QStringLiteral("*.debug=true")) <
                rules.indexOf(QStringLiteral("qt.*.debug=false")));
    }

    void badValuesAreExplainedAndTheDefaultStands()
    {
        const LogLevels levels = LogLevels::parse(
            QStringLiteral("verbose"),
            {QStringLiteral("sync"), QStringLiteral("ui:loud"), QStringLiteral("Bad Name:info")});
        const QStringList problems = levels.problems();
        QCOMPARE(problems.size(), 4);
        QVERIFY2(problems.at(0).contains(QStringLiteral("log/level")), qPrintable(problems.at(0)));
        QVERIFY(problems.at(1).contains(QStringLiteral("\"sync\"")));
        QVERIFY(problems.at(2).contains(QStringLiteral("ui:loud")));
        QVERIFY(problems.at(3).contains(QStringLiteral("Bad Name:info")));
        levels.apply();
        QVERIFY(lcTestOutbox().isInfoEnabled());
    }
};

QTEST_GUILESS_MAIN(TestLogLevels)
#include "tst_loglevels.moc"
