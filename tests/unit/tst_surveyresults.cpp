#include "changepage.h"
#include "demoloader.h"
#include "itemvalidator.h"
#include "serverstore.h"
#include "submissionstore.h"
#include "submissionvalidator.h"
#include "surveyresults.h"
#include "testpaths.h"
#include "testserverdatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

// Closing the demo municipality's surveys over responses stored exactly as the HTTP route
// stores them, and reading the outcome from the change feed as a kiosk would.
class TestSurveyResults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServerDatabase> m_database;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<SubmissionStore> m_submissions;

    static QString quality() { return QStringLiteral("encuesta-calidad-servicios-2026"); }
    static QString priorities()
    {
        return QStringLiteral("encuesta-prioridades-desarrollo-local-2027");
    }
    static QString canary() { return QStringLiteral("CANARIO-7f3a Juan Pérez, 5 555 1234"); }

    // What ApiServer::submit does with a request body, minus HTTP.
    SubmissionStore::Outcome submit(const QString &type, const QJsonObject &payload)
    {
        const QJsonObject root{
            {QStringLiteral("type"), type},
            {QStringLiteral("created_at"), QStringLiteral("2026-12-01T10:00:00Z")},
            {QStringLiteral("locale"), QStringLiteral("es")},
            {QStringLiteral("payload"), payload}};
        const QByteArray body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        SubmissionStore::Incoming incoming;
        incoming.key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        incoming.bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        incoming.type = type;
        incoming.device = QStringLiteral("kiosk-test");
        incoming.createdAt = root.value(QLatin1StringView("created_at")).toString();
        incoming.locale = QStringLiteral("es");
        incoming.payload = payload;
        const SubmissionValidator validator([this](Collection collection, const QString &id) {
            return m_store->item(collection, id);
        });
        return m_submissions->receive(incoming, [&validator](const SubmissionStore::Incoming &in) {
            return validator.problem(in.type, in.payload);
        });
    }

    QString respond(const QString &survey, const QJsonObject &answers)
    {
        const auto outcome = submit(
            QStringLiteral("survey_response"),
            QJsonObject{{QStringLiteral("survey"), survey}, {QStringLiteral("answers"), answers}});
        if (outcome.kind != SubmissionStore::Outcome::Kind::Created)
            qFatal("response refused: %s", qPrintable(outcome.error));
        return QJsonDocument::fromJson(outcome.answer)
            .object()
            .value(QLatin1StringView("reference"))
            .toString();
    }

    static QJsonArray list(std::initializer_list<const char *> options)
    {
        QJsonArray result;
        for (const char *option : options)
            result.append(QString::fromUtf8(option));
        return result;
    }

    static QJsonObject counts(std::initializer_list<std::pair<const char *, int>> entries)
    {
        QJsonObject result;
        for (const auto &[key, count] : entries)
            result.insert(QString::fromUtf8(key), count);
        return result;
    }

    // Six responses to the quality survey, with every kind of answer, blank texts included.
    void respondToQuality()
    {
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        respond(quality(), {{s("q1"), s("registro-civil")},
                            {s("q2"), 5},
                            {s("q3"), 4},
                            {s("q4"), s("menos-15")},
                            {s("q5"), list({"ninguna"})},
                            {s("q7"), canary()}});
        respond(quality(), {{s("q1"), s("registro-civil")},
                            {s("q2"), 4},
                            {s("q3"), 3},
                            {s("q5"), list({"horario", "falta-sistema", "horario"})},
                            {s("q6"), list({"kiosco", "portal"})}});
        respond(quality(), {{s("q1"), s("vivienda")},
                            {s("q2"), 2},
                            {s("q3"), 2},
                            {s("q4"), s("mas-60")},
                            {s("q5"), list({"falta-sistema", "trato"})},
                            {s("q7"), s("Más personal en la ventanilla")}});
        respond(quality(),
                {{s("q1"), s("onat")}, {s("q2"), 3}, {s("q3"), 5}, {s("q7"), QString()}});
        respond(quality(), {{s("q1"), s("registro-civil")},
                            {s("q2"), 5},
                            {s("q3"), 4},
                            {s("q6"), list({"kiosco"})}});
        respond(quality(), {{s("q1"), s("policlinico")},
                            {s("q2"), 4},
                            {s("q3"), 1},
                            {s("q4"), s("menos-15")},
                            {s("q5"), list({"horario"})},
                            {s("q7"), s("   ")}});
    }

    QJsonObject published(const QString &id)
    {
        const auto item = m_store->item(Collection::Surveys, id);
        return item ? *item : QJsonObject();
    }

    ChangePage feed(qint64 since)
    {
        QString error;
        const auto page = m_store->changesSince(since, 5000, &error);
        if (!page)
            qFatal("feed failed: %s", qPrintable(error));
        const QByteArray json = "{\"since\":" + QByteArray::number(since) +
                                ",\"next\":" + QByteArray::number(page->next) +
                                ",\"more\":false,\"changes\":" + page->changesJson + '}';
        const auto parsed = ChangePage::parse(json, since, &error);
        if (!parsed)
            qFatal("feed page does not parse: %s", qPrintable(error));
        return *parsed;
    }

    QByteArray wholeFeed()
    {
        QString error;
        const auto page = m_store->changesSince(0, 100000, &error);
        return page ? page->changesJson : QByteArray();
    }

private slots:
    void init()
    {
        static int counter = 0;
        m_store.reset();
        m_database = std::make_unique<TestServerDatabase>(
            m_dir.path(), QStringLiteral("server-%1.sqlite").arg(++counter));
        m_store = std::make_unique<ServerStore>();
        QString error;
        QVERIFY2(m_store->open(m_database->location(), &error), qPrintable(error));
        QList<ServerStore::Publication> demo;
        QVERIFY2(DemoLoader(TestPaths::demoDir()).load(&demo, &error), qPrintable(error));
        QVERIFY2(m_store->publish(demo, &error), qPrintable(error));
        m_submissions = std::make_unique<SubmissionStore>(*m_store);
    }

    void cleanup()
    {
        m_submissions.reset();
        m_store.reset();
    }

    void countsEveryKindOfQuestion()
    {
        respondToQuality();
        // Neither another survey's response, nor one a clerk rejected, nor a complaint counts.
        respond(priorities(), {{QStringLiteral("q1"), QStringLiteral("centro")},
                               {QStringLiteral("q2"), list({"agua"})},
                               {QStringLiteral("q3"), QStringLiteral("sequia")},
                               {QStringLiteral("q4"), 5}});
        const QString spam = respond(quality(), {{QStringLiteral("q1"), QStringLiteral("otra")},
                                                 {QStringLiteral("q2"), 1},
                                                 {QStringLiteral("q3"), 1}});
        QString error;
        QVERIFY2(m_submissions->setStatus(spam, QStringLiteral("rejected"),
                                          QStringLiteral("Respuesta de prueba"), &error),
                 qPrintable(error));
        QCOMPARE(
            submit(QStringLiteral("complaint"),
                   QJsonObject{
                       {QStringLiteral("category"), QStringLiteral("alumbrado-publico")},
                       {QStringLiteral("description"), QStringLiteral("Oscuro")},
                       {QStringLiteral("attributes"),
                        QJsonObject{{QStringLiteral("tipo_averia"), QStringLiteral("apagada")}}}})
                .kind,
            SubmissionStore::Outcome::Kind::Created);

        const QJsonObject open = published(quality());
        SurveyResults results(*m_store);
        const auto closed = results.close(quality(), &error);
        QVERIFY2(closed, qPrintable(error));
        QCOMPARE(closed->value(QLatin1StringView("responses")).toInt(), 6);
        const QJsonObject questions = closed->value(QLatin1StringView("questions")).toObject();
        QCOMPARE(questions.keys(),
                 (QStringList{QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3"),
                              QStringLiteral("q4"), QStringLiteral("q5"), QStringLiteral("q6"),
                              QStringLiteral("q7")}));
        const auto question = [&](const char *id) {
            return questions.value(QString::fromUtf8(id)).toObject();
        };

        QCOMPARE(question("q1"),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("single")},
                              {QStringLiteral("answered"), 6},
                              {QStringLiteral("counts"), counts({{"registro-civil", 3},
                                                                 {"vivienda", 1},
                                                                 {"oficoda", 0},
                                                                 {"onat", 1},
                                                                 {"une-aguas", 0},
                                                                 {"policlinico", 1},
                                                                 {"otra", 0}})}}));
        QCOMPARE(question("q2"),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("scale")},
                              {QStringLiteral("answered"), 6},
                              {QStringLiteral("mean"), 3.83}, // 23 / 6
                              {QStringLiteral("counts"),
                               counts({{"1", 0}, {"2", 1}, {"3", 1}, {"4", 2}, {"5", 2}})}}));
        QCOMPARE(question("q3").value(QLatin1StringView("mean")).toDouble(), 3.17); // 19 / 6
        QCOMPARE(question("q3").value(QLatin1StringView("counts")).toObject(),
                 counts({{"1", 1}, {"2", 1}, {"3", 1}, {"4", 2}, {"5", 1}}));
        QCOMPARE(question("q4"),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("single")},
                              {QStringLiteral("answered"), 3},
                              {QStringLiteral("counts"), counts({{"menos-15", 2},
                                                                 {"15-30", 0},
                                                                 {"30-60", 0},
                                                                 {"mas-60", 1},
                                                                 {"varias-visitas", 0}})}}));
        // Multiple choice: answered counts people, each option at most once per person.
        QCOMPARE(question("q5"),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("multiple")},
                              {QStringLiteral("answered"), 4},
                              {QStringLiteral("counts"), counts({{"horario", 2},
                                                                 {"falta-sistema", 2},
                                                                 {"falta-materiales", 0},
                                                                 {"informacion", 0},
                                                                 {"trato", 1},
                                                                 {"ninguna", 1}})}}));
        QCOMPARE(question("q6").value(QLatin1StringView("counts")).toObject(),
                 counts({{"kiosco", 2},
                         {"telefono", 0},
                         {"portal", 1},
                         {"mensajeria", 0},
                         {"presencial", 0}}));
        QCOMPARE(question("q6").value(QLatin1StringView("answered")).toInt(), 2);
        // Free text: only how many wrote something (blank answers are not answers).
        QCOMPARE(question("q7"), (QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                              {QStringLiteral("answered"), 2}}));

        // The survey itself, republished.
        const QJsonObject survey = published(quality());
        QCOMPARE(survey.value(QLatin1StringView("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(survey.value(QLatin1StringView("results")).toObject(), *closed);
        const QDateTime closedAt = QDateTime::fromString(
            survey.value(QLatin1StringView("closed_at")).toString(), Qt::ISODate);
        QVERIFY(closedAt.isValid());
        QVERIFY(qAbs(closedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Everything else is as it was, so a kiosk still shows the survey as before.
        QJsonObject rest = survey;
        for (const char *added : {"status", "closed_at", "results"})
            rest.remove(QString::fromUtf8(added));
        QJsonObject openRest = open;
        openRest.remove(QStringLiteral("status"));
        QCOMPARE(rest, openRest);
        QVERIFY2(ItemValidator::validate(Collection::Surveys, quality(), survey, &error),
                 qPrintable(error));
    }

    void neverPublishesFreeText()
    {
        respondToQuality();
        QString error;
        QVERIFY2(SurveyResults(*m_store).close(quality(), &error), qPrintable(error));
        const QByteArray feedJson = wholeFeed();
        QVERIFY(feedJson.contains("\"closed\""));
        QVERIFY(!feedJson.contains(canary().toUtf8()));
        QVERIFY(!feedJson.contains("CANARIO"));
        QVERIFY(!feedJson.contains(QStringLiteral("Más personal").toUtf8()));
        // The text is still kept on the server, for the municipality to read.
        QSqlQuery query(m_store->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM submissions WHERE payload LIKE "
                                          "'%CANARIO%'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void theFeedCarriesTheClosedSurvey()
    {
        respondToQuality();
        const qint64 before = m_store->latestSeq();
        QString error;
        QVERIFY2(SurveyResults(*m_store).close(quality(), &error), qPrintable(error));
        // Parsed as a kiosk parses it, which validates the item as the kiosk would.
        const ChangePage page = feed(before);
        QCOMPARE(page.rejected.size(), 0);
        QCOMPARE(page.changes.size(), 1);
        const Change &change = page.changes.first();
        QCOMPARE(change.item.collection, Collection::Surveys);
        QCOMPARE(change.item.id, quality());
        QCOMPARE(change.op, Change::Op::Put);
        QCOMPARE(change.item.category, QStringLiteral("closed"));
        QCOMPARE(change.item.title,
                 published(quality()).value(QLatin1StringView("title")).toString());
        QCOMPARE(change.item.data.value(QLatin1StringView("results"))
                     .toObject()
                     .value(QLatin1StringView("responses"))
                     .toInt(),
                 6);
        QCOMPARE(change.item.data.value(QLatin1StringView("questions")).toArray().size(), 7);
    }

    void refusesResponsesOnceClosed()
    {
        respondToQuality();
        QString error;
        QVERIFY2(SurveyResults(*m_store).close(quality(), &error), qPrintable(error));
        const int stored = m_submissions->count();
        const auto late =
            submit(QStringLiteral("survey_response"),
                   QJsonObject{{QStringLiteral("survey"), quality()},
                               {QStringLiteral("answers"),
                                QJsonObject{{QStringLiteral("q1"), QStringLiteral("onat")},
                                            {QStringLiteral("q2"), 3},
                                            {QStringLiteral("q3"), 3}}}});
        QCOMPARE(late.kind, SubmissionStore::Outcome::Kind::Invalid);
        QVERIFY2(late.error.contains(QLatin1StringView("closed")), qPrintable(late.error));
        QCOMPARE(m_submissions->count(), stored);
        // The other survey is still open.
        respond(priorities(), {{QStringLiteral("q1"), QStringLiteral("loma-azul")},
                               {QStringLiteral("q2"), list({"alumbrado"})},
                               {QStringLiteral("q3"), QStringLiteral("tala")},
                               {QStringLiteral("q4"), 4}});
    }

    void refusesClosingTwice()
    {
        respondToQuality();
        SurveyResults results(*m_store);
        QString error;
        QVERIFY2(results.close(quality(), &error), qPrintable(error));
        const qint64 seq = m_store->latestSeq();
        const QJsonObject first = published(quality());
        QVERIFY(!results.close(quality(), &error));
        QVERIFY2(error.contains(QLatin1StringView("already closed")), qPrintable(error));
        QCOMPARE(m_store->latestSeq(), seq);
        QCOMPARE(published(quality()), first);
    }

    void refusesAnUnknownSurvey()
    {
        QString error;
        const qint64 seq = m_store->latestSeq();
        QVERIFY(!SurveyResults(*m_store).close(QStringLiteral("encuesta-que-no-existe"), &error));
        QVERIFY2(error.contains(QLatin1StringView("no published survey")), qPrintable(error));
        QVERIFY(
            !SurveyResults(*m_store).aggregate(QStringLiteral("encuesta-que-no-existe"), &error));
        QCOMPARE(m_store->latestSeq(), seq);
    }

    void closesWithoutResponses()
    {
        QString error;
        const auto closed = SurveyResults(*m_store).close(priorities(), &error);
        QVERIFY2(closed, qPrintable(error));
        QCOMPARE(closed->value(QLatin1StringView("responses")).toInt(), 0);
        const QJsonObject questions = closed->value(QLatin1StringView("questions")).toObject();
        QCOMPARE(questions.size(), 7);
        QCOMPARE(questions.value(QLatin1StringView("q1")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("single")},
                              {QStringLiteral("answered"), 0},
                              {QStringLiteral("counts"), counts({{"centro", 0},
                                                                 {"la-ceiba", 0},
                                                                 {"el-canaveral", 0},
                                                                 {"paso-real", 0},
                                                                 {"las-palmas", 0},
                                                                 {"loma-azul", 0}})}}));
        QCOMPARE(questions.value(QLatin1StringView("q4")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("scale")},
                              {QStringLiteral("answered"), 0},
                              {QStringLiteral("mean"), QJsonValue::Null},
                              {QStringLiteral("counts"),
                               counts({{"1", 0}, {"2", 0}, {"3", 0}, {"4", 0}, {"5", 0}})}}));
        QCOMPARE(questions.value(QLatin1StringView("q7")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("answered"), 0}}));
        const QJsonObject survey = published(priorities());
        QVERIFY2(ItemValidator::validate(Collection::Surveys, priorities(), survey, &error),
                 qPrintable(error));
    }

    void previewsWithoutClosing()
    {
        respondToQuality();
        QString error;
        const qint64 seq = m_store->latestSeq();
        const auto preview = SurveyResults(*m_store).aggregate(quality(), &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->value(QLatin1StringView("responses")).toInt(), 6);
        QCOMPARE(m_store->latestSeq(), seq);
        QCOMPARE(published(quality()).value(QLatin1StringView("status")).toString(),
                 QStringLiteral("open"));
        QCOMPARE(*SurveyResults(*m_store).close(quality(), &error), *preview);
    }

    void leavesOutAnswersThatNoLongerFit()
    {
        // An answer stored before the survey was edited: its option and scale value are gone.
        respondToQuality();
        QJsonObject survey = published(quality());
        QJsonArray questions = survey.value(QLatin1StringView("questions")).toArray();
        QJsonObject q1 = questions.at(0).toObject();
        QJsonArray options = q1.value(QLatin1StringView("options")).toArray();
        options.removeFirst(); // registro-civil
        q1.insert(QStringLiteral("options"), options);
        questions.replace(0, q1);
        QJsonObject q2 = questions.at(1).toObject();
        q2.insert(QStringLiteral("max"), 4);
        questions.replace(1, q2);
        survey.insert(QStringLiteral("questions"), questions);
        QString error;
        QVERIFY2(m_store->publish({{Collection::Surveys, quality(), survey}}, &error),
                 qPrintable(error));

        const auto results = SurveyResults(*m_store).close(quality(), &error);
        QVERIFY2(results, qPrintable(error));
        const QJsonObject byId = results->value(QLatin1StringView("questions")).toObject();
        const QJsonObject first = byId.value(QLatin1StringView("q1")).toObject();
        QCOMPARE(first.value(QLatin1StringView("answered")).toInt(), 3);
        QVERIFY(!first.value(QLatin1StringView("counts"))
                     .toObject()
                     .contains(QLatin1StringView("registro-civil")));
        const QJsonObject second = byId.value(QLatin1StringView("q2")).toObject();
        QCOMPARE(second.value(QLatin1StringView("answered")).toInt(), 4);   // the two 5s are out
        QCOMPARE(second.value(QLatin1StringView("mean")).toDouble(), 3.25); // 13 / 4
        QCOMPARE(second.value(QLatin1StringView("counts")).toObject().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSurveyResults)
#include "tst_surveyresults.moc"
