#include "itemvalidator.h"

#include <QJsonDocument>
#include <QtTest>

class TestItemValidator : public QObject
{
    Q_OBJECT

private:
    static QJsonObject json(const char *text)
    {
        return QJsonDocument::fromJson(QByteArray(text)).object();
    }

private slots:
    void acceptsEachCollection_data()
    {
        QTest::addColumn<Collection>("collection");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("sortKey");

        QTest::newRow("news") << Collection::News
                              << json(R"({"title":"T","body":"B","category":"cultura",
                                          "published_at":"2026-11-01T10:00:00-05:00"})")
                              << "T"
                              << "2026-11-01T15:00:00Z";
        QTest::newRow("service") << Collection::Services
                                 << json(R"({"name":"Cita","office":"Policlínico","topic":"Salud",
                                             "status":"available","waiting_minutes":null})")
                                 << "Cita"
                                 << "salud\x1f"
                                    "cita";
        QTest::newRow("event") << Collection::Events
                               << json(R"({"title":"Peña","kind":"call","category":"cultura",
                                           "starts_at":"2026-12-01T18:00:00-05:00",
                                           "ends_at":"2026-12-01T21:00:00-05:00",
                                           "deadline":"2026-11-30T12:00:00-05:00"})")
                               << "Peña"
                               << "2026-12-01T23:00:00Z";
        QTest::newRow("legal") << Collection::Legal
                               << json(R"({"title":"Ley","type":"ley","text":"Artículo 1.-",
                                           "published_at":"2025-07-18T00:00:00-05:00"})")
                               << "Ley"
                               << "2025-07-18T05:00:00Z";
        QTest::newRow("page")
            << Collection::Pages
            << json(R"({"title":"Historia","section":"perfil","body":"x","order":3})") << "Historia"
            << "perfil\x1f"
               "0003";
        QTest::newRow("project")
            << Collection::Projects
            << json(R"({"title":"Panadería","progress":100,"status":"terminado"})") << "Panadería"
            << "panadería";
        QTest::newRow("survey") << Collection::Surveys << json(R"({"title":"Encuesta","questions":[
                                            {"id":"q1","type":"scale","text":"¿Cómo?"}]})")
                                << "Encuesta"
                                << "";
        QTest::newRow("closed survey with results")
            << Collection::Surveys
            << json(R"({"title":"Encuesta","status":"closed","closed_at":"2026-12-21T08:00:00Z",
                        "questions":[{"id":"q1","type":"scale","text":"¿Cómo?"}],
                        "results":{"responses":3,"questions":{"q1":{"type":"scale","answered":2,
                        "mean":4.5,"counts":{"1":0,"4":1,"5":1}}}}})")
            << "Encuesta"
            << "";
        QTest::newRow("category") << Collection::Categories
                                  << json(R"({"name":"Alumbrado","group":"Vía pública"})")
                                  << "Alumbrado"
                                  << "vía pública\x1f"
                                     "alumbrado";
    }

    void acceptsEachCollection()
    {
        QFETCH(Collection, collection);
        QFETCH(QJsonObject, data);
        QFETCH(QString, title);
        QFETCH(QString, sortKey);
        QString error;
        const auto item = ItemValidator::validate(collection, QStringLiteral("id-1"), data, &error);
        QVERIFY2(item, qPrintable(error));
        QCOMPARE(item->title, title);
        QCOMPARE(item->sortKey, sortKey);
        QCOMPARE(item->data, data);
    }

    void refusesItemsOfTheWrongShape_data()
    {
        QTest::addColumn<Collection>("collection");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("problem");

        QTest::newRow("news without title")
            << Collection::News
            << json(R"({"body":"B","category":"c","published_at":"2026-11-01T10:00:00Z"})")
            << "'title'";
        QTest::newRow("news with numeric title")
            << Collection::News
            << json(
                   R"({"title":5,"body":"B","category":"c","published_at":"2026-11-01T10:00:00Z"})")
            << "'title'";
        QTest::newRow("news with a bad date")
            << Collection::News
            << json(R"({"title":"T","body":"B","category":"c","published_at":"ayer"})")
            << "'published_at'";
        QTest::newRow("service with unknown status")
            << Collection::Services
            << json(R"({"name":"N","office":"O","status":"closed-forever"})") << "'status'";
        QTest::newRow("service with negative wait")
            << Collection::Services
            << json(R"({"name":"N","office":"O","status":"available","waiting_minutes":-3})")
            << "'waiting_minutes'";
        QTest::newRow("service with fractional wait")
            << Collection::Services
            << json(R"({"name":"N","office":"O","status":"available","waiting_minutes":2.5})")
            << "'waiting_minutes'";
        QTest::newRow("service requirements not texts")
            << Collection::Services
            << json(R"({"name":"N","office":"O","status":"available","requirements":[1,2]})")
            << "'requirements'";
        QTest::newRow("event ending before it starts")
            << Collection::Events << json(R"({"title":"T","kind":"event","category":"c",
                        "starts_at":"2026-12-01T18:00:00Z","ends_at":"2026-12-01T17:00:00Z"})")
            << "'ends_at'";
        QTest::newRow("legal of unknown type")
            << Collection::Legal
            << json(
                   R"({"title":"T","type":"bando","text":"x","published_at":"2026-01-01T00:00:00Z"})")
            << "'type'";
        QTest::newRow("project over 100%")
            << Collection::Projects << json(R"({"title":"T","progress":140})") << "'progress'";
        // A number beyond any qint64 was cast to one (undefined) before it was range-checked.
        QTest::newRow("project progress beyond any integer")
            << Collection::Projects << json(R"({"title":"T","progress":1e300})") << "'progress'";
        QTest::newRow("project progress below any integer")
            << Collection::Projects << json(R"({"title":"T","progress":-1e300})") << "'progress'";
        QTest::newRow("survey without questions")
            << Collection::Surveys << json(R"({"title":"T","questions":[]})") << "'questions'";
        QTest::newRow("survey question of unknown type")
            << Collection::Surveys
            << json(R"({"title":"T","questions":[{"id":"q","type":"slider","text":"?"}]})")
            << "question";
        QTest::newRow("survey results that are not an object")
            << Collection::Surveys
            << json(R"({"title":"T","questions":[{"id":"q","type":"text","text":"?"}],
                        "results":[1,2]})")
            << "'results'";
        QTest::newRow("survey results without responses")
            << Collection::Surveys
            << json(R"({"title":"T","questions":[{"id":"q","type":"text","text":"?"}],
                        "results":{"questions":{}}})")
            << "'responses'";
        QTest::newRow("survey results answered by more than responded")
            << Collection::Surveys
            << json(R"({"title":"T","questions":[{"id":"q","type":"text","text":"?"}],
                        "results":{"responses":2,"questions":{"q":{"type":"text","answered":3}}}})")
            << "'answered'";
        QTest::newRow("survey results with a count above the answers")
            << Collection::Surveys
            << json(R"({"title":"T","questions":[{"id":"q","type":"single","text":"?"}],
                        "results":{"responses":2,"questions":{"q":{"type":"single","answered":1,
                        "counts":{"a":2}}}}})")
            << "count of 'a'";
        QTest::newRow("survey results with a mean that is not a number")
            << Collection::Surveys
            << json(R"({"title":"T","questions":[{"id":"q","type":"scale","text":"?"}],
                        "results":{"responses":1,"questions":{"q":{"type":"scale","answered":1,
                        "mean":"alto"}}}})")
            << "'mean'";
        QTest::newRow("closed survey with a bad closing date")
            << Collection::Surveys
            << json(R"({"title":"T","questions":[{"id":"q","type":"text","text":"?"}],
                        "closed_at":"ayer"})")
            << "'closed_at'";
    }

    void refusesItemsOfTheWrongShape()
    {
        QFETCH(Collection, collection);
        QFETCH(QJsonObject, data);
        QFETCH(QString, problem);
        QString error;
        QVERIFY(!ItemValidator::validate(collection, QStringLiteral("id-1"), data, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void refusesUnsafeIds()
    {
        const QJsonObject data = json(R"({"title":"T","progress":1})");
        QString error;
        for (const QString &id : {QString(), QStringLiteral("../etc/passwd"), QStringLiteral("a b"),
                                  QStringLiteral("a\"b"), QString(201, QLatin1Char('x'))}) {
            QVERIFY2(!ItemValidator::validate(Collection::Projects, id, data, &error),
                     qPrintable(id));
        }
        QVERIFY(ItemValidator::validate(Collection::Projects, QStringLiteral("proj-2026.a_b"), data,
                                        &error));
    }
};

QTEST_GUILESS_MAIN(TestItemValidator)
#include "tst_itemvalidator.moc"
