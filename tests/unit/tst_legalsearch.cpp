#include "articlesplitter.h"
#include "contentcache.h"
#include "itemvalidator.h"
#include "legalsearch.h"
#include "oldkioskschema.h"
#include "sqldatabase.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Searches a real content cache filled with the demo municipality's legal texts, plus a few
// small laws written here so that the words a case needs (ano and año) surely exist.
class TestLegalSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContentCache> m_cache;
    std::unique_ptr<LegalSearch> m_search;
    qint64 m_seq = 0;

    static ContentItem legal(const QString &id, const QString &title, const QString &text)
    {
        QString error;
        const auto item = ItemValidator::validate(
            Collection::Legal, id,
            QJsonObject{
                {QStringLiteral("title"), title},
                {QStringLiteral("type"), QStringLiteral("resolucion")},
                {QStringLiteral("number"), QStringLiteral("Resolución No. 1/2026")},
                {QStringLiteral("issuer"), QStringLiteral("Intendencia de prueba")},
                {QStringLiteral("gazette"), QStringLiteral("Gaceta de prueba")},
                {QStringLiteral("summary"), QStringLiteral("Texto de prueba.")},
                {QStringLiteral("published_at"), QStringLiteral("2026-01-05T09:00:00-05:00")},
                {QStringLiteral("text"), text}},
            &error);
        if (!item)
            qFatal("bad test item: %s", qPrintable(error));
        return *item;
    }

    // Applies puts and deletes as the next page of the feed.
    bool apply(const QList<ContentItem> &puts, const QStringList &deletes = {})
    {
        ChangePage page;
        page.since = m_seq;
        for (const ContentItem &item : puts)
            page.changes.append(Change{++m_seq, Change::Op::Put, item});
        for (const QString &id : deletes) {
            Change change;
            change.seq = ++m_seq;
            change.op = Change::Op::Delete;
            change.item.collection = Collection::Legal;
            change.item.id = id;
            page.changes.append(change);
        }
        page.next = m_seq;
        QString error;
        if (!m_cache->store().applyPage(page, &error)) {
            qWarning("applyPage: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    QStringList ids(const QString &typed, int limit = 100) const
    {
        QStringList found;
        const auto hits = m_search->search(typed, limit);
        for (const LegalSearch::Hit &hit : hits)
            found << hit.legalId;
        return found;
    }

    int scalar(const QString &sql, const QString &bound = {}) const
    {
        QSqlQuery query(m_cache->database().connection());
        query.prepare(sql);
        if (!bound.isNull())
            query.addBindValue(bound);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    int rowsOf(const QString &legalId) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM legal_fts WHERE legal_id = ?"), legalId);
    }

    static QString marked(const QString &word)
    {
        return QChar(LegalSearch::HighlightStart) + word + QChar(LegalSearch::HighlightEnd);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = std::make_unique<ContentCache>(m_dir.path());
        QString error;
        QVERIFY2(m_cache->open(&error), qPrintable(error));
        m_search = std::make_unique<LegalSearch>(m_cache->database());

        const QDir demo(TestPaths::demoDir());
        QFile file(demo.filePath(QStringLiteral("legal.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(array.size() >= 10);
        QList<ContentItem> items;
        for (const QJsonValue &value : array) {
            QJsonObject data = value.toObject();
            QFile text(demo.filePath(QStringLiteral("legal/") +
                                     data.take(QLatin1StringView("text_file")).toString()));
            QVERIFY2(text.open(QIODevice::ReadOnly), qPrintable(text.fileName()));
            data[QStringLiteral("text")] = QString::fromUtf8(text.readAll());
            const QString id = data.value(QLatin1StringView("id")).toString();
            const auto item = ItemValidator::validate(Collection::Legal, id, data, &error);
            QVERIFY2(item, qPrintable(error));
            items.append(*item);
        }
        items.append(legal(QStringLiteral("legal-prueba-ano"),
                           QStringLiteral("Resolución de prueba sin tilde"),
                           QStringLiteral("Por cuanto: hace falta una prueba.\n\n"
                                          "Artículo 1.- La palabra ano se escribe sin tilde.\n\n"
                                          "Artículo 2.- Se canta una canción en la plaza.\n")));
        items.append(legal(QStringLiteral("legal-prueba-anio"),
                           QStringLiteral("Resolución de prueba con eñe"),
                           QStringLiteral("Artículo 1.- El año fiscal empieza en enero.\n\n"
                                          "ARTÍCULO 2\nLos pingüinos del zoológico.\n\n"
                                          "Artículo 3. La zarzamora crece en la ribera.\n")));
        items.append(legal(QStringLiteral("legal-prueba-zarzamora"), QStringLiteral("Zarzamora"),
                           QStringLiteral("Artículo 1.- Nada más.\n")));
        QVERIFY(apply(items));
    }

    void splitsArticlesKeepingThePreamble()
    {
        const auto parts = ArticleSplitter::split(
            QStringLiteral("PREÁMBULO\nPor cuanto...\n\nArtículo 1.- Uno.\nsigue\n"
                           "ARTÍCULO 2\nDos.\nArtículo 3. Tres.\nArticulo 4: Cuatro.\n"
                           "Artículo 5 de la Ley citada no es un artículo.\n"));
        QCOMPARE(parts.size(), 5);
        QCOMPARE(parts.at(0).label, QString());
        QVERIFY(parts.at(0).text.startsWith(QStringLiteral("PREÁMBULO")));
        QCOMPARE(parts.at(1).label, QStringLiteral("Artículo 1"));
        QCOMPARE(parts.at(1).text, QStringLiteral("Artículo 1.- Uno.\nsigue"));
        QCOMPARE(parts.at(2).label, QStringLiteral("Artículo 2"));
        QCOMPARE(parts.at(3).label, QStringLiteral("Artículo 3"));
        QCOMPARE(parts.at(4).label, QStringLiteral("Artículo 4"));
        QVERIFY(parts.at(4).text.contains(QStringLiteral("Artículo 5 de la Ley")));
        QVERIFY(ArticleSplitter::split(QString()).isEmpty());
        QCOMPARE(ArticleSplitter::split(QStringLiteral("Sin artículos.")).size(), 1);
    }

    void indexesEveryArticle()
    {
        // Title/summary row plus one per part; the demo's texts have hundreds of articles.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM legal_fts WHERE label <> ''")) > 300);
        QCOMPARE(rowsOf(QStringLiteral("legal-prueba-anio")), 4);
        QCOMPARE(rowsOf(QStringLiteral("legal-prueba-ano")), 4); // title, preamble, 2 articles
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM legal_fts")),
                 scalar(QStringLiteral("SELECT count(*) FROM legal_fts_rows")));
    }

    void keepsEnyeApartFromN()
    {
        // A trailing space: the word is complete, not a prefix.
        QStringList found = ids(QStringLiteral("ano "));
        QVERIFY(found.contains(QStringLiteral("legal-prueba-ano")));
        QVERIFY(!found.contains(QStringLiteral("legal-prueba-anio")));
        found = ids(QStringLiteral("año "));
        QVERIFY(found.contains(QStringLiteral("legal-prueba-anio")));
        QVERIFY(!found.contains(QStringLiteral("legal-prueba-ano")));
        // As typed, too: the prefix ano* must not reach año, nor año* ano.
        QVERIFY(!ids(QStringLiteral("ano")).contains(QStringLiteral("legal-prueba-anio")));
        QVERIFY(!ids(QStringLiteral("año")).contains(QStringLiteral("legal-prueba-ano")));
        QVERIFY(ids(QStringLiteral("AÑO")).contains(QStringLiteral("legal-prueba-anio")));
    }

    void ignoresAccentsAndCase()
    {
        for (const QString &typed : {QStringLiteral("cancion"), QStringLiteral("CANCIÓN"),
                                     QStringLiteral("canción"), QStringLiteral("Cancion ")}) {
            const auto hits = m_search->search(typed, 10);
            QVERIFY2(!hits.isEmpty(), qPrintable(typed));
            QCOMPARE(hits.first().legalId, QStringLiteral("legal-prueba-ano"));
        }
        // Demo text written in capitals with accents: REFORESTACIÓN.
        QVERIFY(ids(QStringLiteral("reforestacion "))
                    .contains(QStringLiteral("legal-acuerdo-arbolado")));
    }

    void foldsDiaeresis()
    {
        QVERIFY(ids(QStringLiteral("pinguinos ")).contains(QStringLiteral("legal-prueba-anio")));
        QVERIFY(ids(QStringLiteral("PINGÜINOS ")).contains(QStringLiteral("legal-prueba-anio")));
        QVERIFY(ids(QStringLiteral("jaguey ")).contains(QStringLiteral("legal-acuerdo-arbolado")));
    }

    void lastWordIsAPrefix()
    {
        const QStringList found = ids(QStringLiteral("alumbr"));
        QVERIFY(found.contains(QStringLiteral("legal-reglamento-mercados")));
        QVERIFY(found.contains(QStringLiteral("legal-decreto-ley-participacion")));
        // Only the last word: "alumbr " is a complete word nobody wrote.
        QVERIFY(ids(QStringLiteral("alumbr ")).isEmpty());
        QVERIFY(!ids(QStringLiteral("pingüi")).isEmpty());
        QVERIFY(!ids(QStringLiteral("el año fis")).isEmpty());
    }

    void ranksTitleAboveBody()
    {
        const auto hits = m_search->search(QStringLiteral("zarzamora"), 10);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).legalId, QStringLiteral("legal-prueba-zarzamora"));
        QCOMPARE(hits.at(0).article, QString());
        QVERIFY(hits.at(0).inTitle);
        // A law found by its title shows it with the word marked, and is not found again.
        QCOMPARE(hits.at(0).snippet, marked(QStringLiteral("Zarzamora")));
        QCOMPARE(hits.at(1).legalId, QStringLiteral("legal-prueba-anio"));
        QVERIFY(!hits.at(1).inTitle);
        QCOMPARE(hits.at(1).article, QStringLiteral("Artículo 3"));
    }

    void titlesComeBeforeBetterMatchingArticles()
    {
        // An article full of the word is a better bm25 match than a long title holding it
        // once, and still the law about it comes first.
        QVERIFY(apply(
            {legal(QStringLiteral("legal-canistel-titulo"),
                   QStringLiteral("Reglamento general de los mercados agropecuarios "
                                  "y de la venta del canistel, el mango, la piña y "
                                  "otras frutas en las ferias de los consejos populares "
                                  "del municipio"),
                   QStringLiteral("Artículo 1.- Nada más.\n")),
             legal(QStringLiteral("legal-canistel-texto"), QStringLiteral("Otra cosa"),
                   QStringLiteral("Artículo 1.- ") + QStringLiteral("Canistel. ").repeated(20))}));
        QSqlQuery all(m_cache->database().connection());
        QVERIFY(all.exec(
            QStringLiteral("SELECT legal_id FROM legal_fts WHERE legal_fts MATCH '\"canistel\"' "
                           "ORDER BY bm25(legal_fts, 10.0, 1.0) LIMIT 1")));
        QVERIFY(all.next());
        QCOMPARE(all.value(0).toString(), QStringLiteral("legal-canistel-texto"));
        const auto hits = m_search->search(QStringLiteral("canistel "), 10);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).legalId, QStringLiteral("legal-canistel-titulo"));
        QVERIFY(hits.at(0).inTitle);
        QCOMPARE(hits.at(1).legalId, QStringLiteral("legal-canistel-texto"));
        QCOMPARE(hits.at(1).article, QStringLiteral("Artículo 1"));
        QVERIFY(apply(
            {}, {QStringLiteral("legal-canistel-titulo"), QStringLiteral("legal-canistel-texto")}));
        QVERIFY(m_search->search(QStringLiteral("canistel "), 10).isEmpty());
    }

    void snippetMarksTheWordAsWritten()
    {
        auto hits = m_search->search(QStringLiteral("cancion"), 1);
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippet.contains(marked(QStringLiteral("canción"))),
                 qPrintable(hits.first().snippet));
        hits = m_search->search(QStringLiteral("reforestacion "), 50);
        bool capitals = false;
        for (const LegalSearch::Hit &hit : hits)
            capitals |= hit.snippet.contains(marked(QStringLiteral("REFORESTACIÓN")));
        QVERIFY(capitals);
        // A prefix marks the whole word.
        hits = m_search->search(QStringLiteral("pingüi"), 1);
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippet.contains(marked(QStringLiteral("pingüinos"))),
                 qPrintable(hits.first().snippet));
    }

    void hitNamesItsArticleAndLaw()
    {
        auto hits = m_search->search(QStringLiteral("pinguinos"), 5);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().article, QStringLiteral("Artículo 2"));
        QCOMPARE(hits.first().title, QStringLiteral("Resolución de prueba con eñe"));
        hits = m_search->search(QStringLiteral("canción"), 5);
        QCOMPARE(hits.first().article, QStringLiteral("Artículo 2"));
        // A demo law's article: every hit on a word of articles names one.
        hits = m_search->search(QStringLiteral("alumbrado"), 10);
        QVERIFY(!hits.isEmpty());
        for (const LegalSearch::Hit &hit : hits) {
            QVERIFY2(hit.article.startsWith(QStringLiteral("Artículo ")), qPrintable(hit.snippet));
            QVERIFY(!hit.title.isEmpty());
        }
    }

    void quotesWhatIsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("punctuation only") << QStringLiteral(" \"*^()-:. ") << QString();
        QTest::newRow("one word") << QStringLiteral("alumbr") << QStringLiteral("\"alumbr\"*");
        QTest::newRow("finished words")
            << QStringLiteral("ley  de ") << QStringLiteral("\"ley\" \"de\"");
        QTest::newRow("quote") << QStringLiteral("año\" OR \"xil")
                               << QStringLiteral("\"año\" \"OR\" \"xil\"*");
        // The word being typed counts from its third letter; a finished short word counts.
        QTest::newRow("two letters typed") << QStringLiteral("al") << QString();
        QTest::newRow("after a word") << QStringLiteral("ley de") << QStringLiteral("\"ley\"");
        QTest::newRow("third letter")
            << QStringLiteral("ley del") << QStringLiteral("\"ley\" \"del\"*");
        QTest::newRow("short finished word") << QStringLiteral("5 ") << QStringLiteral("\"5\"");
        QTest::newRow("near") << QStringLiteral("NEAR(agua luz, 2)")
                              << QStringLiteral("\"NEAR\" \"agua\" \"luz\" \"2\"");
        QTest::newRow("column filter")
            << QStringLiteral("title:agua") << QStringLiteral("\"title\" \"agua\"*");
        QTest::newRow("operators")
            << QStringLiteral("^agua* -luz +xyz") << QStringLiteral("\"agua\" \"luz\" \"xyz\"*");
    }

    void quotesWhatIsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, query);
        QCOMPARE(LegalSearch::toMatchQuery(typed), query);
    }

    void survivesHostileInput()
    {
        const QString longWord(5000, u'a');
        QStringList words;
        for (int i = 0; i < 500; ++i)
            words << QStringLiteral("palabra%1").arg(i);
        const QStringList inputs = {
            QStringLiteral("\""),
            QStringLiteral("\"\""),
            QStringLiteral("año\""),
            QStringLiteral("NEAR(año enero)"),
            QStringLiteral("NEAR"),
            QStringLiteral("AND"),
            QStringLiteral("OR NOT"),
            QStringLiteral("*"),
            QStringLiteral("a*"),
            QStringLiteral("^año"),
            QStringLiteral("((("),
            QStringLiteral(")"),
            QStringLiteral("title:año"),
            QStringLiteral("{title body}: año"),
            QStringLiteral("-año"),
            QStringLiteral("año + enero"),
            QStringLiteral("\x01\x02\x03"),
            QStringLiteral("'; DROP TABLE items; --"),
            QStringLiteral("😀 año"),
            longWord,
            words.join(u' '),
            QString(100000, u'('),
        };
        for (const QString &typed : inputs) {
            const auto hits = m_search->search(typed, 20);
            QVERIFY2(m_search->lastError().isEmpty(),
                     qPrintable(typed.left(40) + QStringLiteral(": ") + m_search->lastError()));
            QVERIFY(hits.size() <= 20);
        }
        QVERIFY(ids(QStringLiteral("año\"")).contains(QStringLiteral("legal-prueba-anio")));
        QVERIFY(ids(QStringLiteral("^año")).contains(QStringLiteral("legal-prueba-anio")));
        QVERIFY(ids(QStringLiteral("\"*^()")).isEmpty());
        QVERIFY(ids(QString()).isEmpty());
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM items")) > 0);
    }

    void reportsQueryTime()
    {
        const QStringList typed = {QStringLiteral("a"),
                                   QStringLiteral("al"),
                                   QStringLiteral("alu"),
                                   QStringLiteral("alumbr"),
                                   QStringLiteral("consejo p"),
                                   QStringLiteral("año"),
                                   QStringLiteral("reforestacion ribera")};
        QElapsedTimer timer;
        timer.start();
        const int rounds = 20;
        int hits = 0;
        for (int i = 0; i < rounds; ++i) {
            for (const QString &query : typed)
                hits += int(m_search->search(query, 20).size());
        }
        const double perQuery = double(timer.nsecsElapsed()) / 1e6 / (rounds * typed.size());
        qInfo("legal search: %.3f ms per query over %d rows (%d hits in all)", perQuery,
              scalar(QStringLiteral("SELECT count(*) FROM legal_fts")), hits);
        QVERIFY(hits > 0);
    }

    void rePutDoesNotDuplicate()
    {
        const int before = scalar(QStringLiteral("SELECT count(*) FROM legal_fts"));
        const auto item =
            m_cache->store().item(Collection::Legal, QStringLiteral("legal-codigo-convivencia"));
        QVERIFY(item);
        const int rows = rowsOf(item->id);
        QVERIFY(rows > 10);
        QVERIFY(apply({*item, *item}));
        QCOMPARE(rowsOf(item->id), rows);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM legal_fts")), before);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM legal_fts_rows")), before);
        const int laws =
            scalar(QStringLiteral("SELECT count(*) FROM items WHERE collection = 'legal'"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM legal_titles")), laws);

        // A new version replaces the old text in the index.
        QVERIFY(apply({legal(QStringLiteral("legal-prueba-zarzamora"), QStringLiteral("Frambuesa"),
                             QStringLiteral("Artículo 1.- Otra cosa.\n"))}));
        const QStringList found = ids(QStringLiteral("zarzamora"));
        QCOMPARE(found, QStringList{QStringLiteral("legal-prueba-anio")});
        QVERIFY(
            ids(QStringLiteral("frambuesa")).contains(QStringLiteral("legal-prueba-zarzamora")));
    }

    void deleteRemovesRows()
    {
        const QString id = QStringLiteral("legal-prueba-ano");
        QVERIFY(rowsOf(id) > 0);
        QVERIFY(apply({}, {id}));
        QCOMPARE(rowsOf(id), 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM legal_fts_rows WHERE legal_id = ?"), id),
            0);
        QVERIFY(!ids(QStringLiteral("ano ")).contains(id));
        QVERIFY(ids(QStringLiteral("cancion")).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM legal_fts")),
                 scalar(QStringLiteral("SELECT count(*) FROM legal_fts_rows")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM legal_titles")),
                 scalar(QStringLiteral("SELECT count(*) FROM legal_fts_rows WHERE part = 0")));
        QVERIFY(!ids(QStringLiteral("resolucion de prueba sin ")).contains(id));
        // The indexes are whole: FTS5 checks each one's structure against its content.
        QSqlQuery check(m_cache->database().connection());
        for (const QString &table : {QStringLiteral("legal_fts"), QStringLiteral("legal_titles")})
            QVERIFY2(
                check.exec(
                    QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(table)),
                qPrintable(check.lastError().text()));
    }

    void migrationIndexesLawsAlreadyCached()
    {
        // A cache written before schema 003: its laws must be searchable once it is migrated.
        QTemporaryDir old;
        QVERIFY(old.isValid());
        QString error;
        const QString path = oldKioskCache(
            old.path(), 2,
            {QStringLiteral("INSERT INTO items (collection, id, seq, title, data) VALUES ('legal', "
                            "'legal-vieja', 1, 'Ordenanza vieja', json_object('summary', "
                            "'Sobre el año', 'text', 'Artículo 1.- Una canción.'))")},
            &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        SqlDatabase db;
        QVERIFY2(db.open(path, ContentStore::schemaDir(), SqlDatabase::Durability::Cache, &error),
                 qPrintable(error));
        QCOMPARE(db.schemaVersion(), SqlDatabase::latestVersion(ContentStore::schemaDir()));
        const LegalSearch search(db);
        for (const QString &typed : {QStringLiteral("ordenanza"), QStringLiteral("orde"),
                                     QStringLiteral("año "), QStringLiteral("cancion")}) {
            const auto hits = search.search(typed, 5);
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().legalId, QStringLiteral("legal-vieja"));
            QCOMPARE(hits.first().title, QStringLiteral("Ordenanza vieja"));
        }
        // Schema 005 built legal_fts anew: both indexes agree with what they hold.
        QSqlQuery check(db.connection());
        for (const QString &table : {QStringLiteral("legal_fts"), QStringLiteral("legal_titles")})
            QVERIFY2(
                check.exec(
                    QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(table)),
                qPrintable(check.lastError().text()));
    }

    void ranksARareWordExactlyAsWithoutTheBound()
    {
        // Below the bound, the hits and their scores are those of ranking every match: the
        // titles that hold the word by bm25 among the titles, then every other row by bm25.
        for (const QString &typed :
             {QStringLiteral("zarzamora "), QStringLiteral("pingüinos "), QStringLiteral("año "),
              QStringLiteral("alumbrado "), QStringLiteral("agua "), QStringLiteral("mercado "),
              QStringLiteral("ley de "), QStringLiteral("ordenam")}) {
            const QString match = LegalSearch::toMatchQuery(typed);
            QSqlQuery titles(m_cache->database().connection());
            QVERIFY(titles.prepare(
                QStringLiteral("SELECT r.legal_id, '', bm25(legal_titles), r.id FROM legal_titles "
                               "JOIN legal_fts_rows AS r ON r.id = legal_titles.rowid "
                               "WHERE legal_titles MATCH ? ORDER BY 3, 4")));
            titles.addBindValue(match);
            QVERIFY(titles.exec());
            QSqlQuery rows(m_cache->database().connection());
            QVERIFY(rows.prepare(QStringLiteral(
                "SELECT legal_id, label, bm25(legal_fts, 10.0, 1.0), rowid FROM legal_fts "
                "WHERE legal_fts MATCH ? ORDER BY 3, 4")));
            rows.addBindValue(match);
            QVERIFY(rows.exec());
            const auto hits = m_search->search(typed, 50);
            QVERIFY2(!hits.isEmpty(), qPrintable(typed));
            int row = 0;
            QSet<qint64> inTitle;
            for (QSqlQuery *all : {&titles, &rows}) {
                while (all->next() && row < 50) {
                    if (all == &rows && inTitle.contains(all->value(3).toLongLong()))
                        continue;
                    if (all == &titles)
                        inTitle.insert(all->value(3).toLongLong());
                    QVERIFY2(row < hits.size(), qPrintable(typed));
                    QCOMPARE(hits.at(row).inTitle, all == &titles);
                    QCOMPARE(hits.at(row).legalId, all->value(0).toString());
                    QCOMPARE(hits.at(row).article, all->value(1).toString());
                    QCOMPARE(hits.at(row).rank, all->value(2).toDouble());
                    ++row;
                }
            }
            QCOMPARE(row, hits.size());
        }
    }

    void ranksTheNewestArticlesOfACommonWord()
    {
        // A word in more articles than LegalSearch ranks: every title that has it still ranks
        // (first), and of the articles only the newest are ranked, so
        // an old article, however good a match, gives way to them.
        QList<ContentItem> laws;
        laws.append(legal(QStringLiteral("legal-zafra-titulo"), QStringLiteral("Ley de la zafra"),
                          QStringLiteral("Artículo 1.- Nada más.\n")));
        laws.append(legal(QStringLiteral("legal-zafra-vieja"), QStringLiteral("Resolución vieja"),
                          QStringLiteral("Artículo 1.- Zafra, zafra, zafra en el batey.\n")));
        QString text;
        for (int i = 1; i <= LegalSearch::CandidateLimit + 100; ++i)
            text += QStringLiteral("Artículo %1.- En la zafra se corta la caña del campo %1 de "
                                   "la cooperativa, con orden y cuidado.\n\n")
                        .arg(i);
        QVERIFY(apply(laws));
        QVERIFY(apply({legal(QStringLiteral("legal-zafra-nueva"),
                             QStringLiteral("Reglamento de la cosecha"), text)}));
        const auto hits = m_search->search(QStringLiteral("zafra "), 50);
        QCOMPARE(hits.size(), 50);
        QCOMPARE(hits.first().legalId, QStringLiteral("legal-zafra-titulo"));
        QSet<int> articles;
        for (qsizetype i = 1; i < hits.size(); ++i) {
            QCOMPARE(hits.at(i).legalId, QStringLiteral("legal-zafra-nueva"));
            QVERIFY2(hits.at(i).snippet.contains(marked(QStringLiteral("zafra"))),
                     qPrintable(hits.at(i).snippet));
            const int article = hits.at(i).article.section(u' ', 1).toInt();
            QVERIFY2(article > 100, qPrintable(hits.at(i).article)); // the newest rows only
            articles.insert(article);
        }
        QCOMPARE(articles.size(), 49);
        // Where the word is rare, every article ranks, the old one among them.
        QVERIFY(ids(QStringLiteral("zafra batey ")).contains(QStringLiteral("legal-zafra-vieja")));
    }

    void cleanupTestCase()
    {
        m_search.reset();
        m_cache.reset();
    }
};

QTEST_GUILESS_MAIN(TestLegalSearch)
#include "tst_legalsearch.moc"
