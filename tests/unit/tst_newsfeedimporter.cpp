#include "itemvalidator.h"
#include "newsfeedimporter.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

class TestNewsFeedImporter : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const char *name)
    {
        QFile file(TestPaths::fixture(QStringLiteral("import/") + QLatin1StringView(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return file.readAll();
    }

    static QString expectedId(const char *key)
    {
        return QStringLiteral("news-feed-") +
               QString::fromLatin1(
                   QCryptographicHash::hash(QByteArray(key), QCryptographicHash::Sha1)
                       .toHex()
                       .left(16));
    }

    static QJsonObject byTitle(const QList<QJsonObject> &items, const QString &prefix)
    {
        for (const QJsonObject &item : items) {
            if (item.value(QLatin1StringView("title")).toString().startsWith(prefix))
                return item;
        }
        return {};
    }

    static QString field(const QJsonObject &item, const char *key)
    {
        return item.value(QLatin1StringView(key)).toString();
    }

    // An RSS 2.0 document around the given <item> elements.
    static QByteArray rss(const QString &items)
    {
        return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<rss version=\"2.0\" "
                               "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                               "<channel><title>Río Hondo</title>") +
                items + QStringLiteral("</channel></rss>"))
            .toUtf8();
    }

    static QString rssItem(const QString &title, const QString &description,
                           const QString &extra = QString())
    {
        return QStringLiteral("<item><title>%1</title><guid>%2</guid>"
                              "<pubDate>Sat, 28 Nov 2026 09:30:00 -0500</pubDate>"
                              "<description>%3</description>%4</item>")
            .arg(title, QStringLiteral("urn:test:") + title.left(20).toHtmlEscaped(), description,
                 extra);
    }

    static void verifyAllValid(const NewsFeedImporter::Result &result)
    {
        for (const QJsonObject &item : result.items) {
            QString error;
            const QString id = field(item, "id");
            QVERIFY2(ItemValidator::validate(Collection::News, id, item, &error),
                     qPrintable(id + QStringLiteral(": ") + error));
        }
    }

private slots:
    void readsAnRssFeed()
    {
        const auto result = NewsFeedImporter().parse(fixture("riohondo-noticias.rss"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.items.size(), 3);

        const QJsonObject first = result.items.at(0);
        QCOMPARE(field(first, "id"), expectedId("urn:riohondo:noticias:2026-0412"));
        QCOMPARE(field(first, "title"),
                 QStringLiteral("Comienza la limpieza del cauce del Río Hondo en El Cañaveral"));
        QCOMPARE(field(first, "published_at"), QStringLiteral("2026-11-28T09:30:00-05:00"));
        QCOMPARE(field(first, "category"), QStringLiteral("medio-ambiente"));
        QCOMPARE(field(first, "author"), QStringLiteral("Osmany Pérez Lugo"));
        // With content:encoded beside it, the description is the summary.
        QCOMPARE(field(first, "summary"),
                 QStringLiteral("Brigadas de Recursos Hidráulicos y vecinos retiran sedimentos "
                                "y malezas en un tramo de 2 km."));
    }

    void turnsContentHtmlIntoParagraphs()
    {
        const auto result = NewsFeedImporter().parse(fixture("riohondo-noticias.rss"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString body = field(result.items.at(0), "body");
        QCOMPARE(body,
                 QStringLiteral(
                     "Con la llegada de la temporada seca, brigadas de la Empresa de "
                     "Aprovechamiento Hidráulico comenzaron este sábado la limpieza del cauce del "
                     "Río Hondo en el tramo que atraviesa El Cañaveral.\n\n"
                     "Según Ernesto Valdivia Soto, especialista de la Unidad Silvícola, el trabajo "
                     "se hará en tres etapas:\n\n"
                     "• retirada de malezas y troncos,\n"
                     "• extracción de sedimentos & basura,\n"
                     "• siembra de bambú en la orilla.\n\n"
                     "«La participación de los niños de la escuela “Frank País” es muy "
                     "importante»,\ndijo Valdivia."));
        QVERIFY(!body.contains(QLatin1StringView("analytics")));
        QVERIFY(!body.contains(QLatin1StringView("margin")));
        QVERIFY(!body.contains(QLatin1StringView("publicitario")));
    }

    void readsDatesInOtherZonesAsLocalTime()
    {
        const auto result = NewsFeedImporter().parse(fixture("riohondo-noticias.rss"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        // "GMT" without seconds: 23:15 UTC is still the 27th in Río Hondo.
        QCOMPARE(field(byTitle(result.items, QStringLiteral("La Casa de Cultura")), "published_at"),
                 QStringLiteral("2026-11-27T18:15:00-05:00"));
        QCOMPARE(field(byTitle(result.items, QStringLiteral("Aviso:")), "published_at"),
                 QStringLiteral("2026-12-03T14:00:00-05:00"));

        NewsFeedImporter::Options madrid;
        madrid.localZone = QTimeZone(3600);
        const auto elsewhere = NewsFeedImporter(madrid).parse(fixture("riohondo-noticias.rss"));
        QCOMPARE(field(elsewhere.items.at(0), "published_at"),
                 QStringLiteral("2026-11-28T15:30:00+01:00"));
    }

    void derivesTheSummaryFromTheFirstSentences()
    {
        const auto result = NewsFeedImporter().parse(fixture("riohondo-noticias.rss"));
        const QJsonObject talleres = byTitle(result.items, QStringLiteral("La Casa de Cultura"));
        // The first paragraph is 394 characters; two sentences would be 314.
        QCOMPARE(field(talleres, "summary"),
                 QStringLiteral("La Casa de Cultura «Candelaria Soto» convoca a los jóvenes de 14 "
                                "a 25 años a sus nuevos talleres de décima improvisada y de son "
                                "tradicional, que comenzarán el próximo martes."));
        QVERIFY(field(talleres, "body")
                    .endsWith(QStringLiteral(
                        "experiencia.\n\nLa matrícula está abierta de lunes a viernes en la "
                        "sede de la calle Martí.")));
        // A short text is its own summary.
        const QJsonObject aviso = byTitle(result.items, QStringLiteral("Aviso:"));
        QCOMPARE(field(aviso, "summary"), field(aviso, "body"));
    }

    void keepsAbbreviationsInsideTheSummary()
    {
        const QString first =
            QStringLiteral("El Dr. Pérez y la Lic. Gómez inauguraron la sala de rehabilitación del "
                           "policlínico, que atenderá a pacientes de los seis consejos populares "
                           "del municipio y de las comunidades rurales de Loma Azul y Las Palmas, "
                           "con equipos donados por la provincia.");
        const QString second =
            QStringLiteral("La sala abrirá de lunes a viernes, de ocho de la mañana a cuatro de la "
                           "tarde, y los turnos se piden en el consultorio de cada barrio.");
        const auto result =
            NewsFeedImporter().parse(rss(rssItem(QStringLiteral("Sala"), first + u' ' + second)));
        QCOMPARE(result.items.size(), 1);
        QCOMPARE(field(result.items.at(0), "summary"), first);
    }

    void clipsOneLongSentenceAtAWord()
    {
        QString sentence = QStringLiteral("Río Hondo");
        while (sentence.size() < 700)
            sentence += QStringLiteral(" celebra con sus vecinos");
        const auto result =
            NewsFeedImporter().parse(rss(rssItem(QStringLiteral("Larga"), sentence + u'.')));
        QCOMPARE(result.items.size(), 1);
        const QString summary = field(result.items.at(0), "summary");
        QVERIFY(summary.size() <= 301);
        QVERIFY(summary.size() > 250);
        QVERIFY(summary.endsWith(u'…'));
        QVERIFY(sentence.startsWith(summary.chopped(1)));
        QVERIFY(summary.chopped(1).endsWith(QLatin1StringView("vecinos")) ||
                summary.chopped(1).endsWith(QLatin1StringView("sus")) ||
                summary.chopped(1).endsWith(QLatin1StringView("con")) ||
                summary.chopped(1).endsWith(QLatin1StringView("celebra")));
    }

    void dropsTheReadMoreMarkerOfAFeedSummary()
    {
        const auto result = NewsFeedImporter().parse(
            rss(rssItem(QStringLiteral("Extracto"),
                        QStringLiteral("Los vecinos de La Ceiba repararon el parque [&amp;#8230;]"),
                        QStringLiteral("<content:encoded>&lt;p&gt;Texto completo.&lt;/p&gt;"
                                       "</content:encoded>"))));
        QCOMPARE(result.items.size(), 1);
        QCOMPARE(field(result.items.at(0), "summary"),
                 QStringLiteral("Los vecinos de La Ceiba repararon el parque…"));
        QCOMPARE(field(result.items.at(0), "body"), QStringLiteral("Texto completo."));
    }

    void readsAuthorsAndCategories()
    {
        const auto result = NewsFeedImporter().parse(fixture("riohondo-noticias.rss"));
        const QJsonObject talleres = byTitle(result.items, QStringLiteral("La Casa de Cultura"));
        QCOMPARE(field(talleres, "author"), QStringLiteral("Dayana Cárdenas Rivero"));
        QCOMPARE(field(talleres, "category"), QStringLiteral("cultura"));
        const QJsonObject aviso = byTitle(result.items, QStringLiteral("Aviso:"));
        QVERIFY(!aviso.contains(QLatin1StringView("author")));
        QCOMPARE(field(aviso, "category"), QStringLiteral("gobierno")); // "Boletín" is not one

        NewsFeedImporter::Options options;
        options.defaultCategory = QStringLiteral("comunidad");
        const auto other = NewsFeedImporter(options).parse(fixture("riohondo-noticias.rss"));
        QCOMPARE(field(byTitle(other.items, QStringLiteral("Aviso:")), "category"),
                 QStringLiteral("comunidad"));
        QCOMPARE(field(byTitle(other.items, QStringLiteral("La Casa")), "category"),
                 QStringLiteral("cultura"));
    }

    void skipsBadItemsWithAWarning()
    {
        const auto result = NewsFeedImporter().parse(fixture("riohondo-noticias.rss"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.warnings.size(), 5);
        const QString all = result.warnings.join(u'\n');
        QVERIFY2(result.warnings.at(0).contains(QLatin1StringView("has no title")),
                 qPrintable(all));
        QVERIFY2(result.warnings.at(1).contains(QLatin1StringView("ajedrez")) &&
                     result.warnings.at(1).contains(QLatin1StringView("no publication date")),
                 qPrintable(all));
        QVERIFY2(result.warnings.at(2).contains(QStringLiteral("'mañana por la tarde' is not a "
                                                               "date")),
                 qPrintable(all));
        QVERIFY2(result.warnings.at(3).contains(QStringLiteral("Galería")) &&
                     result.warnings.at(3).contains(QLatin1StringView("has no text")),
                 qPrintable(all));
        QVERIFY2(result.warnings.at(4).contains(QStringLiteral("versión duplicada")) &&
                     result.warnings.at(4).contains(QLatin1StringView("identifier")),
                 qPrintable(all));
        // Warnings say where the item is, so that someone can fix the feed.
        QVERIFY2(result.warnings.at(0).contains(QLatin1StringView("line ")), qPrintable(all));
    }

    void quotesTitlesInWarningsVerbatim()
    {
        const auto result = NewsFeedImporter().parse(
            rss(QStringLiteral("<item><title>Rebajas del 50%1 en la feria</title></item>")));
        QCOMPARE(result.warnings,
                 QStringList{QStringLiteral(
                     "item 1 («Rebajas del 50%1 en la feria», line 2) has no publication date; "
                     "skipped")});
    }

    void idsAreStableSoReimportingUpdates()
    {
        const QByteArray feed = fixture("riohondo-noticias.rss");
        const auto once = NewsFeedImporter().parse(feed);
        const auto again = NewsFeedImporter().parse(feed);
        QCOMPARE(once.items, again.items);
        // Without a guid the link identifies the item.
        QCOMPARE(field(byTitle(once.items, QStringLiteral("Aviso:")), "id"),
                 expectedId("https://www.riohondo.gob.cu/noticias/2026/11/corte-loma-azul"));

        // A corrected title keeps the id.
        QByteArray corrected = feed;
        corrected.replace("Comienza la limpieza del cauce del R",
                          "Empieza la limpieza del cauce del R");
        const auto edited = NewsFeedImporter().parse(corrected);
        QCOMPARE(field(edited.items.at(0), "id"), field(once.items.at(0), "id"));
        QVERIFY(field(edited.items.at(0), "title").startsWith(QLatin1StringView("Empieza")));
    }

    void everyRssItemPassesTheValidator()
    {
        const auto result = NewsFeedImporter().parse(fixture("riohondo-noticias.rss"));
        QVERIFY(!result.items.isEmpty());
        verifyAllValid(result);
    }

    void readsAnAtomFeed()
    {
        const auto result = NewsFeedImporter().parse(fixture("riohondo-noticias.atom"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.warnings, QStringList());
        QCOMPARE(result.items.size(), 3);
        verifyAllValid(result);

        const QJsonObject pool = result.items.at(0);
        QCOMPARE(field(pool, "id"), expectedId("tag:radio.riohondo.cu,2026:noticia-88"));
        QCOMPARE(field(pool, "title"),
                 QStringLiteral("Reabre la piscina del complejo deportivo «Orlando Quintana»"));
        QCOMPARE(field(pool, "published_at"), QStringLiteral("2026-11-25T16:45:00-05:00"));
        QCOMPARE(field(pool, "author"), QStringLiteral("Yoandry Fleitas Mora"));
        QCOMPARE(field(pool, "category"), QStringLiteral("deportes"));
        QCOMPARE(field(pool, "summary"),
                 QStringLiteral("Tras seis meses de reparación, la piscina vuelve a recibir a los "
                                "nadadores del municipio."));
        QCOMPARE(
            field(pool, "body"),
            QStringLiteral("La piscina del Complejo Deportivo Municipal reabrió este miércoles "
                           "con nuevos filtros y el borde reparado.\n\nFuncionará de martes a "
                           "domingo, de 9:00 a.m. a 5:00 p.m."));
    }

    void readsAtomXhtmlContentAndInheritsTheFeedAuthor()
    {
        const auto result = NewsFeedImporter().parse(fixture("riohondo-noticias.atom"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QJsonObject robots = result.items.at(1);
        QCOMPARE(field(robots, "title"),
                 QStringLiteral("Niños & niñas del Joven Club aprenden robótica"));
        QCOMPARE(field(robots, "author"), QStringLiteral("Redacción de Radio Río Hondo"));
        QCOMPARE(field(robots, "category"), QStringLiteral("innovacion"));
        // Only <updated>, in UTC.
        QCOMPARE(field(robots, "published_at"), QStringLiteral("2026-11-24T08:00:00-05:00"));
        QCOMPARE(field(robots, "body"),
                 QStringLiteral("Veinte alumnos de primaria construyeron sus primeros robots con "
                                "piezas recicladas.\n\nEl instructor explicó que el taller sigue "
                                "abierto: «si la temperatura < 30 °C, trabajamos en el patio».\n"
                                "Las clases son los sábados."));
        QCOMPARE(field(robots, "summary"),
                 QStringLiteral("Veinte alumnos de primaria construyeron sus primeros robots con "
                                "piezas recicladas."));
    }

    void readsAtomPlainTextSummaryAsTheBody()
    {
        const auto result = NewsFeedImporter().parse(fixture("riohondo-noticias.atom"));
        const QJsonObject pesquisa = result.items.at(2);
        QCOMPARE(field(pesquisa, "published_at"), QStringLiteral("2026-11-20T10:00:00-05:00"));
        QCOMPARE(field(pesquisa, "category"), QStringLiteral("salud")); // from the label
        QCOMPARE(field(pesquisa, "body"),
                 QStringLiteral("El consultorio médico de La Ceiba hará pesquisa casa por casa "
                                "esta semana.\n\nSe pide a las familias que informen de cualquier "
                                "persona con fiebre."));
        QCOMPARE(field(pesquisa, "summary"),
                 QStringLiteral("El consultorio médico de La Ceiba hará pesquisa casa por casa "
                                "esta semana."));
    }

    void stopsAtTheItemLimit()
    {
        NewsFeedImporter::Options options;
        options.maxItems = 1;
        const auto result = NewsFeedImporter(options).parse(fixture("riohondo-noticias.rss"));
        QVERIFY(result.ok());
        QCOMPARE(result.items.size(), 1);
        QCOMPARE(field(result.items.at(0), "id"), expectedId("urn:riohondo:noticias:2026-0412"));
        QVERIFY2(result.warnings.last().contains(QLatin1StringView(
                     "only the first 1 items were imported; 7 more were not read")),
                 qPrintable(result.warnings.join(u'\n')));
    }

    void clipsOverlongTitles()
    {
        QString title;
        while (title.size() < 600)
            title += QStringLiteral("Río Hondo ");
        const auto result = NewsFeedImporter().parse(rss(rssItem(title, QStringLiteral("Texto."))));
        QCOMPARE(result.items.size(), 1);
        const QString clipped = field(result.items.at(0), "title");
        QVERIFY(clipped.size() <= 500);
        QVERIFY(clipped.endsWith(QStringLiteral("Hondo…")));
        verifyAllValid(result);
    }

    void readsEntitiesOfAnExternalDtdItDoesNotLoad()
    {
        // RSS 0.91 names a DTD that declares HTML's entities; it is never fetched.
        const QByteArray feed = QByteArrayLiteral(
            "<?xml version=\"1.0\"?>\n"
            "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
            "  \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
            "<rss version=\"0.91\"><channel><title>R</title><item>"
            "<title>Caf&eacute; &amp; ron en la feria</title>"
            "<pubDate>Sat, 28 Nov 2026 09:30:00 -0500</pubDate>"
            "<description>Uno&nbsp;dos &ntilde;</description></item></channel></rss>");
        const auto result = NewsFeedImporter().parse(feed);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.items.size(), 1);
        QCOMPARE(field(result.items.at(0), "title"), QStringLiteral("Café & ron en la feria"));
        QCOMPARE(field(result.items.at(0), "body"), QStringLiteral("Uno dos ñ"));
    }

    void refusesDocumentsThatAreNotFeeds_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");

        QTest::newRow("truncated")
            << fixture("broken-truncated.rss") << QStringLiteral("not well-formed XML (line ");
        QTest::newRow("sitemap") << fixture("not-a-feed.xml")
                                 << QStringLiteral("its root element is <urlset> in namespace "
                                                   "http://www.sitemaps.org/schemas/sitemap/0.9");
        QTest::newRow("billion laughs")
            << fixture("billion-laughs.rss") << QStringLiteral("declares entities");
        QTest::newRow("external entity")
            << fixture("external-entity.rss") << QStringLiteral("declares entities");
        QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("empty");
        QTest::newRow("html page")
            << QByteArray("<!DOCTYPE html><html><body><p>Hola<br></body></html>")
            << QStringLiteral("its root element is <html>");
        QTest::newRow("atom 0.3") << QByteArray("<feed xmlns=\"http://purl.org/atom/ns#\"/>")
                                  << QStringLiteral("in namespace http://purl.org/atom/ns#");
        QTest::newRow("no channel")
            << QByteArray("<rss version=\"2.0\"><item/></rss>") << QStringLiteral("no <channel>");
        QTest::newRow("extra root")
            << QByteArray("<rss><channel/></rss><rss/>") << QStringLiteral("not well-formed XML");
        QTest::newRow("json") << QByteArray("{\"items\": []}")
                              << QStringLiteral("not well-formed XML");
    }

    void refusesDocumentsThatAreNotFeeds()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto result = NewsFeedImporter().parse(data);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(!result.ok());
        QVERIFY(result.items.isEmpty());
    }

    void refusesDocumentsOverTheSizeLimit()
    {
        NewsFeedImporter::Options options;
        options.maxBytes = 1024;
        const QByteArray feed = fixture("riohondo-noticias.rss");
        QVERIFY(feed.size() > 1024);
        const auto result = NewsFeedImporter(options).parse(feed);
        QVERIFY2(result.error.contains(QLatin1StringView("more than the limit of 1024")),
                 qPrintable(result.error));
        QVERIFY(result.items.isEmpty());
        QVERIFY(NewsFeedImporter().parse(feed).ok());
    }

    void convertsHtmlToPlainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("named entities")
            << QStringLiteral(
                   "Ca&ntilde;averal &amp; R&iacute;o &Aacute;rea &uuml; &laquo;x&raquo;")
            << QStringLiteral("Cañaveral & Río Área ü «x»");
        QTest::newRow("numeric entities") << QStringLiteral("&#241;&#xF1;&#Xf1; &#8364; &#x1F600;")
                                          << QStringLiteral("ñññ € \U0001F600");
        QTest::newRow("windows-1252 numbers")
            << QStringLiteral("&#147;Hola&#148; &#150; fin") << QStringLiteral("“Hola” – fin");
        QTest::newRow("bad numbers") << QStringLiteral("a&#0;b&#xD800;c&#x110000;d")
                                     << QStringLiteral("a\uFFFDb\uFFFDc\uFFFDd");
        QTest::newRow("not entities")
            << QStringLiteral("AT&T &foo; & &amp") << QStringLiteral("AT&T &foo; & &amp");
        QTest::newRow("script and style")
            << QStringLiteral("<p>a</p><script>if (a < b) { x = \"</p>\"; }</script>"
                              "<STYLE>p { }</STYLE><p>b</p>")
            << QStringLiteral("a\n\nb");
        QTest::newRow("unclosed script")
            << QStringLiteral("<p>a</p><script>nunca termina") << QStringLiteral("a");
        QTest::newRow("self-closed script")
            << QStringLiteral("<script/>texto") << QStringLiteral("texto");
        QTest::newRow("comment") << QStringLiteral("uno<!-- <p>dos</p> -->tres")
                                 << QStringLiteral("unotres");
        QTest::newRow("white space") << QStringLiteral("  a \n\t b  ") << QStringLiteral("a b");
        QTest::newRow("headings and divs") << QStringLiteral("<h2>Título</h2>texto<div>más</div>")
                                           << QStringLiteral("Título\n\ntexto\n\nmás");
        QTest::newRow("upper case")
            << QStringLiteral("<P>uno</P><P>dos</P>") << QStringLiteral("uno\n\ndos");
        QTest::newRow("line breaks")
            << QStringLiteral("uno<br>dos<br/>\n<br />tres") << QStringLiteral("uno\ndos\n\ntres");
        QTest::newRow("list") << QStringLiteral("Pasos:<ul><li>uno</li>\n<li>dos</li></ul>fin")
                              << QStringLiteral("Pasos:\n\n• uno\n• dos\n\nfin");
        QTest::newRow("table")
            << QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
            << QStringLiteral("a b\nc");
        QTest::newRow("inline") << QStringLiteral("<b>Río</b><i>Hondo</i> <a href=\"#\">ver</a>")
                                << QStringLiteral("RíoHondo ver");
        QTest::newRow("less than")
            << QStringLiteral("3 < 5 y 7 > 2") << QStringLiteral("3 < 5 y 7 > 2");
        QTest::newRow("quoted >") << QStringLiteral("<a href=\"x>y\" title='a>b'>enlace</a>")
                                  << QStringLiteral("enlace");
        QTest::newRow("escaped tag stays text") << QStringLiteral("usa &lt;br&gt; para saltar")
                                                << QStringLiteral("usa <br> para saltar");
        QTest::newRow("cdata") << QStringLiteral("a<![CDATA[<b>]]>c") << QStringLiteral("a<b>c");
        QTest::newRow("nbsp") << QStringLiteral("8&nbsp;900") << QStringLiteral("8 900");
        QTest::newRow("controls") << QStringLiteral("a\u0001b\u0085c") << QStringLiteral("abc");
        QTest::newRow("empty paragraphs")
            << QStringLiteral("<p></p><p>&nbsp;</p><p>uno</p><p> </p>") << QStringLiteral("uno");
        QTest::newRow("unterminated tag")
            << QStringLiteral("uno <p class=\"x") << QStringLiteral("uno");
    }

    void convertsHtmlToPlainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(NewsFeedImporter::plainTextFromHtml(html), text);
    }

    void parsesFeedDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");

        QTest::newRow("rfc 822") << QStringLiteral("Sat, 28 Nov 2026 09:30:00 -0500")
                                 << QStringLiteral("2026-11-28T09:30:00-05:00");
        QTest::newRow("gmt, no seconds") << QStringLiteral("Fri, 27 Nov 2026 23:15 GMT")
                                         << QStringLiteral("2026-11-27T23:15:00+00:00");
        QTest::newRow("est") << QStringLiteral("Thu, 3 Dec 2026 14:00:00 EST")
                             << QStringLiteral("2026-12-03T14:00:00-05:00");
        QTest::newRow("edt") << QStringLiteral("Wed, 01 Jul 2026 10:00:00 EDT")
                             << QStringLiteral("2026-07-01T10:00:00-04:00");
        QTest::newRow("no weekday") << QStringLiteral("28 Nov 2026 09:30:00 +0100")
                                    << QStringLiteral("2026-11-28T09:30:00+01:00");
        QTest::newRow("two-digit year") << QStringLiteral("Sat, 28 Nov 26 09:30:00 -0500")
                                        << QStringLiteral("2026-11-28T09:30:00-05:00");
        QTest::newRow("comment") << QStringLiteral("Sat, 28 Nov 2026 09:30:00 -0500 (CST)")
                                 << QStringLiteral("2026-11-28T09:30:00-05:00");
        QTest::newRow("spanish names") << QStringLiteral("sáb, 28 dic 2026 09:30:00 -0500")
                                       << QStringLiteral("2026-12-28T09:30:00-05:00");
        QTest::newRow("colon in offset") << QStringLiteral("Sat, 28 Nov 2026 09:30:00 -05:00")
                                         << QStringLiteral("2026-11-28T09:30:00-05:00");
        QTest::newRow("no zone") << QStringLiteral("Sat, 28 Nov 2026 09:30:00")
                                 << QStringLiteral("2026-11-28T09:30:00-05:00");
        QTest::newRow("rfc 3339") << QStringLiteral("2026-11-28T09:30:00-05:00")
                                  << QStringLiteral("2026-11-28T09:30:00-05:00");
        QTest::newRow("rfc 3339 lower case")
            << QStringLiteral("2026-11-28t14:30:00.5z") << QStringLiteral("2026-11-28T14:30:00Z");
        QTest::newRow("rfc 3339 no zone")
            << QStringLiteral("2026-11-28T09:30:00") << QStringLiteral("2026-11-28T09:30:00-05:00");

        QTest::newRow("words") << QStringLiteral("mañana por la tarde") << QString();
        QTest::newRow("31 february")
            << QStringLiteral("Sat, 31 Feb 2026 09:30:00 -0500") << QString();
        QTest::newRow("hour 25") << QStringLiteral("Sat, 28 Nov 2026 25:30:00 -0500") << QString();
        QTest::newRow("unknown zone")
            << QStringLiteral("Sat, 28 Nov 2026 09:30:00 CET") << QString();
        QTest::newRow("unknown month")
            << QStringLiteral("Sat, 28 Foo 2026 09:30:00 -0500") << QString();
        QTest::newRow("bad offset")
            << QStringLiteral("Sat, 28 Nov 2026 09:30:00 -9900") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void parsesFeedDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto parsed = NewsFeedImporter::parseDate(text, QTimeZone(-5 * 3600));
        if (iso.isEmpty()) {
            QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString(Qt::ISODate) : QString()));
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(parsed->toString(Qt::ISODate), iso);
    }
};

QTEST_GUILESS_MAIN(TestNewsFeedImporter)
#include "tst_newsfeedimporter.moc"
