#include "itempresenter.h"
#include "itemvalidator.h"

#include <QLocale>
#include <QTextDocument>
#include <QtTest>

class TestItemPresenter : public QObject
{
    Q_OBJECT

private:
    static ContentItem item(Collection collection, const QJsonObject &data)
    {
        QString error;
        auto validated = ItemValidator::validate(collection, QStringLiteral("x-1"), data, &error);
        if (!validated)
            qFatal("bad test item: %s", qPrintable(error));
        return *validated;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_GB"))); }

    void serverTextIsNeverMarkup()
    {
        const QString hostile =
            QStringLiteral("<img src=\"file:///etc/passwd\"><script>x()</script>"
                           "<a href=\"http://evil.example\">clic</a>");
        const ContentItem news =
            item(Collection::News,
                 {{QStringLiteral("title"), hostile},
                  {QStringLiteral("summary"), hostile},
                  {QStringLiteral("body"), QString(hostile + QStringLiteral("\n\nSegundo"))},
                  {QStringLiteral("category"), hostile},
                  {QStringLiteral("author"), hostile},
                  {QStringLiteral("published_at"), QStringLiteral("2026-11-01T10:00:00Z")}});
        const QString html = ItemPresenter::detailHtml(news);
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<a ")));
        QTextDocument document;
        document.setHtml(html);
        // What a person sees is the text exactly as the server sent it.
        QVERIFY(document.toPlainText().contains(hostile));
        QVERIFY(document.toPlainText().contains(QStringLiteral("Segundo")));
    }

    void servicesShowStatusAndWaiting()
    {
        const ContentItem service =
            item(Collection::Services,
                 {{QStringLiteral("name"), QStringLiteral("Certificación de nacimiento")},
                  {QStringLiteral("office"), QStringLiteral("Registro Civil")},
                  {QStringLiteral("status"), QStringLiteral("limited")},
                  {QStringLiteral("status_note"), QStringLiteral("Solo con cita")},
                  {QStringLiteral("waiting_minutes"), 25},
                  {QStringLiteral("requirements"), QJsonArray{QStringLiteral("Carné de identidad"),
                                                              QStringLiteral("Sello de 5 CUP")}}});
        QCOMPARE(ItemPresenter::subtitle(service),
                 QStringLiteral("Limited service · waiting about 25 minutes · Registro Civil"));
        QTextDocument document;
        document.setHtml(ItemPresenter::detailHtml(service));
        const QString text = document.toPlainText();
        QVERIFY(text.contains(QStringLiteral("Solo con cita")));
        QVERIFY(text.contains(QStringLiteral("• Carné de identidad")));
        QVERIFY(text.contains(QStringLiteral("• Sello de 5 CUP")));
    }

    void eventsShowWhenAndWhere()
    {
        const ContentItem event =
            item(Collection::Events,
                 {{QStringLiteral("title"), QStringLiteral("Peña campesina")},
                  {QStringLiteral("kind"), QStringLiteral("event")},
                  {QStringLiteral("category"), QStringLiteral("cultura")},
                  {QStringLiteral("place"), QStringLiteral("Casa de Cultura")},
                  {QStringLiteral("starts_at"), QStringLiteral("2026-11-28T20:30:00-05:00")}});
        const QString subtitle = ItemPresenter::subtitle(event);
        QVERIFY2(subtitle.contains(QStringLiteral("28 November 2026")), qPrintable(subtitle));
        QVERIFY2(subtitle.contains(QStringLiteral("20:30")),
                 qPrintable(subtitle)); // local time as written
        QVERIFY(subtitle.endsWith(QStringLiteral("Casa de Cultura")));
    }

    void legalNumbersAreNotRepeated_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("start");
        QTest::newRow("whole number") << "acuerdo"
                                      << "Acuerdo No. 318/2026"
                                      << "Acuerdo No. 318/2026 · ";
        QTest::newRow("bare number") << "gaceta"
                                     << "No. 15 de 2026"
                                     << "Official gazette No. 15 de 2026 · ";
        QTest::newRow("digits") << "ley"
                                << "158/2025"
                                << "Law 158/2025 · ";
        QTest::newRow("none") << "codigo"
                              << ""
                              << "Code · ";
    }

    void legalNumbersAreNotRepeated()
    {
        QFETCH(QString, type);
        QFETCH(QString, number);
        QFETCH(QString, start);
        const ContentItem law =
            item(Collection::Legal,
                 {{QStringLiteral("title"), QStringLiteral("T")},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("text"), QStringLiteral("Artículo 1.-")},
                  {QStringLiteral("published_at"), QStringLiteral("2026-11-17T00:00:00-05:00")}});
        const QString subtitle = ItemPresenter::subtitle(law);
        QVERIFY2(subtitle.startsWith(start), qPrintable(subtitle));
    }

    void paragraphsSplitOnBlankLines()
    {
        QCOMPARE(ItemPresenter::paragraphs(QStringLiteral("Uno\n\nDos\nlínea\n\n\n")),
                 QStringLiteral("<p>Uno</p><p>Dos<br>línea</p>"));
    }
};

QTEST_MAIN(TestItemPresenter)
#include "tst_itempresenter.moc"
