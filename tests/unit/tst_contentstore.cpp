#include "contentstore.h"
#include "itemvalidator.h"
#include "sqldatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestContentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqlDatabase> m_db;
    std::unique_ptr<ContentStore> m_store;

    static Change news(qint64 seq, const QString &id, const QString &title, const QString &date)
    {
        QString error;
        const auto item = ItemValidator::validate(
            Collection::News, id,
            QJsonObject{{QStringLiteral("title"), title},
                        {QStringLiteral("body"), QStringLiteral("Texto largo de la noticia.")},
                        {QStringLiteral("category"), QStringLiteral("comunidad")},
                        {QStringLiteral("published_at"), date}},
            &error);
        if (!item)
            qFatal("bad test item: %s", qPrintable(error));
        return Change{seq, Change::Op::Put, *item};
    }

    static Change removal(qint64 seq, const QString &id)
    {
        Change change;
        change.seq = seq;
        change.op = Change::Op::Delete;
        change.item.collection = Collection::News;
        change.item.id = id;
        return change;
    }

    static ChangePage page(qint64 since, qint64 next, QList<Change> changes)
    {
        ChangePage page;
        page.since = since;
        page.next = next;
        page.changes = std::move(changes);
        return page;
    }

    QStringList newsTitles() const
    {
        QStringList titles;
        const auto items = m_store->list(Collection::News);
        for (const ContentItem &item : items)
            titles << item.title;
        return titles;
    }

private slots:
    void init()
    {
        static int counter = 0;
        m_db = std::make_unique<SqlDatabase>();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++counter)),
                            ContentStore::schemaDir(), SqlDatabase::Durability::Cache, &error),
                 qPrintable(error));
        m_store = std::make_unique<ContentStore>(*m_db);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void startsEmptyAtCursorZero()
    {
        QCOMPARE(m_store->cursor(), 0);
        QCOMPARE(m_store->count(Collection::News), 0);
        QVERIFY(!m_store->lastSyncAt().isValid());
        QCOMPARE(m_db->schemaVersion(), SqlDatabase::latestVersion(ContentStore::schemaDir()));
    }

    void appliesAPageAndItsCursorTogether()
    {
        QString error;
        QVERIFY2(m_store->applyPage(page(0, 3,
                                         {news(1, QStringLiteral("b"), QStringLiteral("Segunda"),
                                               QStringLiteral("2026-11-02T10:00:00-05:00")),
                                          news(2, QStringLiteral("a"), QStringLiteral("Primera"),
                                               QStringLiteral("2026-11-01T10:00:00-05:00")),
                                          news(3, QStringLiteral("c"), QStringLiteral("Tercera"),
                                               QStringLiteral("2026-11-03T10:00:00-05:00"))}),
                                    &error),
                 qPrintable(error));
        QCOMPARE(m_store->cursor(), 3);
        QCOMPARE(newsTitles(), (QStringList{QStringLiteral("Primera"), QStringLiteral("Segunda"),
                                            QStringLiteral("Tercera")}));
        // Lists leave the long text out; the single item has it.
        QVERIFY(!m_store->list(Collection::News).at(0).data.contains(QStringLiteral("body")));
        const auto full = m_store->item(Collection::News, QStringLiteral("a"));
        QVERIFY(full);
        QCOMPARE(full->data.value(QStringLiteral("body")).toString(),
                 QStringLiteral("Texto largo de la noticia."));
    }

    void replacesAndDeletesItems()
    {
        QString error;
        QVERIFY(m_store->applyPage(page(0, 2,
                                        {news(1, QStringLiteral("a"), QStringLiteral("Antes"),
                                              QStringLiteral("2026-11-01T10:00:00Z")),
                                         news(2, QStringLiteral("b"), QStringLiteral("Otra"),
                                              QStringLiteral("2026-11-02T10:00:00Z"))}),
                                   &error));
        QVERIFY2(m_store->applyPage(page(2, 4,
                                         {news(3, QStringLiteral("a"), QStringLiteral("Después"),
                                               QStringLiteral("2026-11-01T10:00:00Z")),
                                          removal(4, QStringLiteral("b"))}),
                                    &error),
                 qPrintable(error));
        QCOMPARE(newsTitles(), QStringList{QStringLiteral("Después")});
        QCOMPARE(m_store->cursor(), 4);
        // Deleting what the cache never had is not an error: the feed may be compacted.
        QVERIFY(m_store->applyPage(page(4, 5, {removal(5, QStringLiteral("never-seen"))}), &error));
    }

    void refusesAPageThatDoesNotContinueTheCursor()
    {
        QString error;
        QVERIFY(m_store->applyPage(page(0, 1,
                                        {news(1, QStringLiteral("a"), QStringLiteral("Una"),
                                              QStringLiteral("2026-11-01T10:00:00Z"))}),
                                   &error));
        QVERIFY(!m_store->applyPage(page(5, 6,
                                         {news(6, QStringLiteral("b"), QStringLiteral("Salto"),
                                               QStringLiteral("2026-11-01T10:00:00Z"))}),
                                    &error));
        QVERIFY2(error.contains(QStringLiteral("cache is at 1")), qPrintable(error));
        QCOMPARE(m_store->cursor(), 1);
        QCOMPARE(newsTitles(), QStringList{QStringLiteral("Una")});
    }

    void aFailureInsideAPageLeavesNoTrace()
    {
        // Fail the third write of the page, as a full disk or I/O error would.
        QSqlQuery trigger(m_db->connection());
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TRIGGER inject_failure BEFORE INSERT ON items WHEN NEW.id = 'boom' "
            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        const ChangePage failing = page(0, 3,
                                        {news(1, QStringLiteral("a"), QStringLiteral("Una"),
                                              QStringLiteral("2026-11-01T10:00:00Z")),
                                         news(2, QStringLiteral("b"), QStringLiteral("Dos"),
                                              QStringLiteral("2026-11-02T10:00:00Z")),
                                         news(3, QStringLiteral("boom"), QStringLiteral("Tres"),
                                              QStringLiteral("2026-11-03T10:00:00Z"))});
        QString error;
        QVERIFY(!m_store->applyPage(failing, &error));
        QVERIFY2(error.contains(QStringLiteral("injected failure")), qPrintable(error));
        QCOMPARE(m_store->cursor(), 0);
        QCOMPARE(m_store->count(Collection::News), 0);

        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER inject_failure")));
        QVERIFY2(m_store->applyPage(failing, &error), qPrintable(error));
        QCOMPARE(m_store->count(Collection::News), 3);
        QCOMPARE(m_store->cursor(), 3);
    }

    void recordsRejectedChanges()
    {
        ChangePage withRejects = page(0, 2, {});
        withRejects.rejected.append({2, QStringLiteral("events"), QStringLiteral("evt-9"),
                                     QStringLiteral("'starts_at' is not a date")});
        QString error;
        QVERIFY(m_store->applyPage(withRejects, &error));
        QCOMPARE(m_store->rejectedCount(), 1);
        QCOMPARE(m_store->cursor(), 2);
    }

    void remembersTheLastSync()
    {
        const QDateTime when(QDate(2026, 11, 28), QTime(10, 15), Qt::UTC);
        QVERIFY(m_store->setLastSyncAt(when));
        QCOMPARE(m_store->lastSyncAt(), when);
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
