#include "contentstore.h"
#include "itemvalidator.h"
#include "oldkioskschema.h"
#include "sqldatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
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

    static Change event(qint64 seq, const QString &id, const QString &place, const QString &starts,
                        const QString &ends)
    {
        QString error;
        QJsonObject data{
            {QStringLiteral("kind"), QStringLiteral("event")},
            {QStringLiteral("title"), QString(QStringLiteral("Actividad ") + id)},
            {QStringLiteral("description"), QStringLiteral("Para todos.")},
            {QStringLiteral("category"), QStringLiteral("cultura")},
            {QStringLiteral("organiser"), QStringLiteral("Casa de Cultura")},
            {QStringLiteral("place"), place},
            {QStringLiteral("starts_at"), starts},
            {QStringLiteral("ends_at"), ends.isEmpty() ? QJsonValue() : QJsonValue(ends)},
            {QStringLiteral("deadline"), QJsonValue()}};
        const auto item = ItemValidator::validate(Collection::Events, id, data, &error);
        if (!item)
            qFatal("bad test item: %s", qPrintable(error));
        return Change{seq, Change::Op::Put, *item};
    }

    QStringList ids(const QList<ContentItem> &items) const
    {
        QStringList found;
        for (const ContentItem &item : items)
            found << item.id;
        return found;
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

    // How SQLite answers a statement: the steps of its query plan, one a line.
    QString planOf(const QString &sql) const
    {
        QSqlQuery plan(m_db->connection());
        if (!plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
            return plan.lastError().text();
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + u'\n';
        return steps;
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

    void listsReadOnlyTheListIndex()
    {
        QString error;
        QVERIFY(m_store->applyPage(page(0, 3,
                                        {news(1, QStringLiteral("a"), QStringLiteral("Primera"),
                                              QStringLiteral("2026-11-01T10:00:00Z")),
                                         news(2, QStringLiteral("b"), QStringLiteral("Segunda"),
                                              QStringLiteral("2026-11-02T10:00:00Z")),
                                         news(3, QStringLiteral("c"), QStringLiteral("Tercera"),
                                              QStringLiteral("2026-11-03T10:00:00Z"))}),
                                   &error));
        QCOMPARE(ids(m_store->newest(Collection::News, 2)),
                 (QStringList{QStringLiteral("c"), QStringLiteral("b")}));
        QVERIFY(!m_store->newest(Collection::News, 1).at(0).data.contains(QStringLiteral("body")));
        // A put replaces the list form with the item.
        QVERIFY(m_store->applyPage(page(3, 4,
                                        {news(4, QStringLiteral("c"), QStringLiteral("Corregida"),
                                              QStringLiteral("2026-11-03T10:00:00Z"))}),
                                   &error));
        QCOMPARE(m_store->newest(Collection::News, 1).at(0).data.value(QStringLiteral("title")),
                 QStringLiteral("Corregida"));
        // The long rows are never read for a list: the index answers alone.
        for (const QString &order :
             {QStringLiteral("sort_key, id"), QStringLiteral("sort_key DESC, id DESC")}) {
            const QString steps =
                planOf(QStringLiteral("SELECT id, title, category, "
                                      "sort_key, list_data FROM items WHERE collection = "
                                      "'news' ORDER BY ") +
                       order);
            QVERIFY2(steps.contains(QStringLiteral("COVERING INDEX items_for_lists")),
                     qPrintable(steps));
        }
    }

    void findsEventsNotOverAndDistinctPlaces()
    {
        QString error;
        QVERIFY(m_store->applyPage(
            page(0, 5,
                 {event(1, QStringLiteral("ayer"), QStringLiteral("Parque"),
                        QStringLiteral("2026-11-27T10:00:00-05:00"),
                        QStringLiteral("2026-11-27T12:00:00-05:00")),
                  event(2, QStringLiteral("feria"), QStringLiteral("Parque"),
                        QStringLiteral("2026-11-01T09:00:00-05:00"),
                        QStringLiteral("2026-12-30T18:00:00-05:00")),
                  // Over at 15:00 UTC: its offset makes it an hour before `now`.
                  event(3, QStringLiteral("desfase"), QStringLiteral("Museo"),
                        QStringLiteral("2026-11-28T08:00:00-05:00"),
                        QStringLiteral("2026-11-28T10:00:00-05:00")),
                  event(4, QStringLiteral("sin-fin"), QStringLiteral(" Casa  de Cultura "),
                        QStringLiteral("2026-11-29T10:00:00-05:00"), QString()),
                  event(5, QStringLiteral("luego"), QStringLiteral("Museo"),
                        QStringLiteral("2026-12-05T10:00:00-05:00"),
                        QStringLiteral("2026-12-05T12:00:00-05:00"))}),
            &error));
        const QDateTime now(QDate(2026, 11, 28), QTime(16, 0), Qt::UTC);
        QCOMPARE(ids(m_store->notOver(Collection::Events, now, 10)),
                 (QStringList{QStringLiteral("feria"), QStringLiteral("sin-fin"),
                              QStringLiteral("luego")}));
        QCOMPARE(ids(m_store->notOver(Collection::Events, now, 2)),
                 (QStringList{QStringLiteral("feria"), QStringLiteral("sin-fin")}));
        // The items over are passed over within the index, not read (schema 006).
        const QString steps = planOf(
            QStringLiteral("SELECT id, sort_key FROM items INDEXED BY items_by_end "
                           "WHERE collection = 'events' AND end_key >= '2026-11-28T16:00:00Z' "
                           "ORDER BY sort_key, id LIMIT 4"));
        QVERIFY2(steps.contains(QStringLiteral("COVERING INDEX items_by_end")) &&
                     !steps.contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(steps));
        QStringList places = m_store->fieldValues(Collection::Events, QStringLiteral("place"));
        places.sort();
        QCOMPARE(places, (QStringList{QStringLiteral(" Casa  de Cultura "), QStringLiteral("Museo"),
                                      QStringLiteral("Parque")}));
        QVERIFY(m_store->fieldValues(Collection::News, QStringLiteral("place")).isEmpty());
    }

    void categoriesComeFromTheirIndex()
    {
        // News categories are what each item's `category` holds: read from schema 007's index.
        QString error;
        QVERIFY(m_store->applyPage(page(0, 2,
                                        {news(1, QStringLiteral("a"), QStringLiteral("Primera"),
                                              QStringLiteral("2026-11-01T10:00:00Z")),
                                         news(2, QStringLiteral("b"), QStringLiteral("Segunda"),
                                              QStringLiteral("2026-11-02T10:00:00Z"))}),
                                   &error));
        QCOMPARE(m_store->fieldValues(Collection::News, QStringLiteral("category")),
                 QStringList{QStringLiteral("comunidad")});
        const QString steps =
            planOf(QStringLiteral("SELECT DISTINCT category FROM items "
                                  "WHERE collection = 'news' AND category <> ''"));
        QVERIFY2(steps.contains(QStringLiteral("COVERING INDEX items_by_category")),
                 qPrintable(steps));
    }

    void firstWhereOrdersByTheValuesGiven()
    {
        QString error;
        QVERIFY(m_store->applyPage(page(0, 4,
                                        {news(1, QStringLiteral("a"), QStringLiteral("Primera"),
                                              QStringLiteral("2026-11-01T10:00:00Z")),
                                         news(2, QStringLiteral("b"), QStringLiteral("Segunda"),
                                              QStringLiteral("2026-11-02T10:00:00Z")),
                                         news(3, QStringLiteral("c"), QStringLiteral("Tercera"),
                                              QStringLiteral("2026-11-03T10:00:00Z")),
                                         news(4, QStringLiteral("d"), QStringLiteral("Cuarta"),
                                              QStringLiteral("2026-11-04T10:00:00Z"))}),
                                   &error));
        const QStringList first{QStringLiteral("Tercera"), QStringLiteral("Primera")};
        QCOMPARE(ids(m_store->firstWhere(Collection::News, QStringLiteral("title"), first, 10)),
                 (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b"),
                              QStringLiteral("d")}));
        QCOMPARE(ids(m_store->firstWhere(Collection::News, QStringLiteral("title"), first, 3)),
                 (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
        // Without values to put first it is list(), cut.
        QCOMPARE(ids(m_store->firstWhere(Collection::News, QStringLiteral("title"), {}, 2)),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        // Items without the field at all are among the rest.
        QCOMPARE(ids(m_store->firstWhere(Collection::News, QStringLiteral("status"),
                                         {QStringLiteral("unavailable")}, 3)),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        // Services by status are read from their own index, not sorted (schema 007).
        const QString steps = planOf(QStringLiteral(
            "SELECT id, title, category, sort_key, list_data FROM items "
            "WHERE collection = 'services' AND json_extract(list_data, '$.\"status\"') = "
            "'limited' ORDER BY sort_key, id LIMIT 6"));
        QVERIFY2(steps.contains(QStringLiteral("COVERING INDEX items_services_by_status")) &&
                     !steps.contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(steps));
    }

    void migrationKnowsWhenCachedEventsEnd()
    {
        // A cache written before schema 006: its events still show on Home once migrated.
        QTemporaryDir old;
        QVERIFY(old.isValid());
        QStringList rows;
        for (const QString &values :
             {QStringLiteral("'pasada', '2026-11-27T15:00:00Z', "
                             "json_object('starts_at', '2026-11-27T10:00:00-05:00', "
                             "'ends_at', '2026-11-27T12:00:00-05:00')"),
              QStringLiteral("'feria', '2026-11-01T14:00:00Z', "
                             "json_object('starts_at', '2026-11-01T09:00:00-05:00', "
                             "'ends_at', '2026-12-30T18:00:00-05:00')"),
              // Over at 15:00 UTC by its offset, an hour before `now`.
              QStringLiteral("'desfase', '2026-11-28T13:00:00Z', "
                             "json_object('starts_at', '2026-11-28T08:00:00-05:00', "
                             "'ends_at', '2026-11-28T10:00:00-05:00')"),
              QStringLiteral("'sin-fin', '2026-11-29T15:00:00Z', "
                             "json_object('starts_at', '2026-11-29T10:00:00-05:00')")})
            rows.append(QStringLiteral("INSERT INTO items (collection, id, seq, title, sort_key, "
                                       "data) SELECT 'events', column1, 1, 'Actividad', column2, "
                                       "column3 FROM (VALUES (%1))")
                            .arg(values));
        QString error;
        const QString path = oldKioskCache(old.path(), 5, rows, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        SqlDatabase db;
        QVERIFY2(db.open(path, ContentStore::schemaDir(), SqlDatabase::Durability::Cache, &error),
                 qPrintable(error));
        const ContentStore store(db);
        const QDateTime now(QDate(2026, 11, 28), QTime(16, 0), Qt::UTC);
        QCOMPARE(ids(store.notOver(Collection::Events, now, 10)),
                 (QStringList{QStringLiteral("feria"), QStringLiteral("sin-fin")}));
    }

    void migrationFillsTheListForm()
    {
        // A cache written before schema 004 lists its items from the new index once migrated.
        QTemporaryDir old;
        QVERIFY(old.isValid());
        QString error;
        const QString path = oldKioskCache(
            old.path(), 3,
            {QStringLiteral("INSERT INTO items (collection, id, seq, title, sort_key, data) VALUES "
                            "('news', 'vieja', 1, 'Noticia vieja', '2026-01-01', json_object("
                            "'title', 'Noticia vieja', 'body', 'Largo', 'summary', 'Corto'))")},
            &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        SqlDatabase db;
        QVERIFY2(db.open(path, ContentStore::schemaDir(), SqlDatabase::Durability::Cache, &error),
                 qPrintable(error));
        const ContentStore store(db);
        const auto items = store.list(Collection::News);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).data.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Corto"));
        QVERIFY(!items.at(0).data.contains(QStringLiteral("body")));
        // The migration's writes are in the database file, not left in a large WAL.
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
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
