#include "contentlistmodel.h"
#include "contentstore.h"
#include "itemvalidator.h"
#include "sqldatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestContentListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SqlDatabase m_db;
    std::unique_ptr<ContentStore> m_store;
    qint64 m_seq = 0;

    void publishNews(const QString &id, const QString &title, const QString &date)
    {
        QString error;
        const auto item =
            ItemValidator::validate(Collection::News, id,
                                    {{QStringLiteral("title"), title},
                                     {QStringLiteral("body"), QStringLiteral("Texto")},
                                     {QStringLiteral("category"), QStringLiteral("cultura")},
                                     {QStringLiteral("published_at"), date}},
                                    &error);
        QVERIFY2(item, qPrintable(error));
        ChangePage page;
        page.since = m_seq;
        page.next = ++m_seq;
        page.changes = {Change{m_seq, Change::Op::Put, *item}};
        QVERIFY2(m_store->applyPage(page, &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("c.sqlite")), ContentStore::schemaDir(),
                           SqlDatabase::Durability::Cache, &error),
                 qPrintable(error));
        m_store = std::make_unique<ContentStore>(m_db);
    }

    void listsNewsNewestFirstAndRefreshes()
    {
        ContentListModel model(*m_store, Collection::News);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        publishNews(QStringLiteral("old"), QStringLiteral("Antigua"),
                    QStringLiteral("2026-10-01T10:00:00-05:00"));
        publishNews(QStringLiteral("new"), QStringLiteral("Reciente"),
                    QStringLiteral("2026-11-27T10:00:00-05:00"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Reciente"));
        QCOMPARE(model.index(0).data(ContentListModel::IdRole).toString(), QStringLiteral("new"));
        QCOMPARE(model.index(1).data(ContentListModel::CategoryRole).toString(),
                 QStringLiteral("cultura"));
        QVERIFY(!model.index(1).data(ContentListModel::SubtitleRole).toString().isEmpty());
        QCOMPARE(model.rowOf(QStringLiteral("old")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("none")), -1);
        QVERIFY(!model.data(model.index(5), Qt::DisplayRole).isValid());
    }

    void readsALongListAPageAtATime()
    {
        for (int day = 1; day <= 5; ++day)
            publishNews(QStringLiteral("dia-%1").arg(day), QStringLiteral("Día %1").arg(day),
                        QStringLiteral("2026-09-0%1T10:00:00-05:00").arg(day));
        const int total = m_store->count(Collection::News);
        ContentListModel model(*m_store, Collection::News);
        model.setPageSize(3);
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(inserted.count(), 1);
        // A refresh reads as far as the person had scrolled, not back to the first page.
        model.refresh();
        QCOMPARE(model.rowCount(), 6);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        // Newest first across the pages, each item once.
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.append(model.index(row).data(ContentListModel::IdRole).toString());
            if (row > 0)
                QVERIFY(model.index(row - 1)
                            .data(ContentListModel::DataRole)
                            .toJsonObject()
                            .value(QStringLiteral("published_at"))
                            .toString() >= model.index(row)
                                               .data(ContentListModel::DataRole)
                                               .toJsonObject()
                                               .value(QStringLiteral("published_at"))
                                               .toString());
        }
        ids.removeDuplicates();
        QCOMPARE(ids.size(), total);
        QCOMPARE(ids.last(), QStringLiteral("dia-1"));
        model.rewind();
        QCOMPARE(model.rowCount(), 3);

        // The rows inserted page by page are announced as a view expects (the tester itself
        // asks for more pages as it checks).
        ContentListModel tested(*m_store, Collection::News);
        tested.setPageSize(2);
        QAbstractItemModelTester tester(&tested,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.refresh();
        while (tested.canFetchMore({}))
            tested.fetchMore({});
        QCOMPARE(tested.rowCount(), total);
    }
};

QTEST_GUILESS_MAIN(TestContentListModel)
#include "tst_contentlistmodel.moc"
