#include "demoloader.h"
#include "submissionvalidator.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QtTest>

// Submissions checked against the demo municipality's published categories and surveys.
class TestSubmissionValidator : public QObject
{
    Q_OBJECT

private:
    QList<ServerStore::Publication> m_demo;
    std::unique_ptr<SubmissionValidator> m_validator;

    static QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> fields)
    {
        QJsonObject result;
        for (const auto &[key, value] : fields)
            result.insert(key, value);
        return result;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(DemoLoader(TestPaths::demoDir()).load(&m_demo, &error), qPrintable(error));
        m_demo.append({Collection::ForumTopics, QStringLiteral("topic-parque"),
                       QJsonObject{{QStringLiteral("title"), QStringLiteral("El parque")}}});
        m_validator = std::make_unique<SubmissionValidator>(
            [this](Collection collection, const QString &id) -> std::optional<QJsonObject> {
                for (const auto &item : std::as_const(m_demo)) {
                    if (item.collection == collection && item.id == id)
                        return item.data;
                }
                return std::nullopt;
            });
    }

    void checksSubmissions_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("problem"); // empty: accepted

        const QJsonObject lamp{{QStringLiteral("tipo_averia"), QStringLiteral("apagada")}};
        const auto complaint = [&](const QJsonObject &attributes) {
            return object({{QStringLiteral("category"), QStringLiteral("alumbrado-publico")},
                           {QStringLiteral("description"), QStringLiteral("Calle a oscuras")},
                           {QStringLiteral("attributes"), attributes}});
        };
        QTest::newRow("complaint") << "complaint" << complaint(lamp) << "";
        QJsonObject withOptional = lamp;
        withOptional[QStringLiteral("numero_poste")] = QStringLiteral("P-114");
        withOptional[QStringLiteral("luminarias_afectadas")] = 3;
        QTest::newRow("complaint with optional attributes")
            << "complaint" << complaint(withOptional) << "";
        QTest::newRow("required attribute missing")
            << "complaint" << complaint({}) << "tipo_averia";
        QTest::newRow("value not in the list")
            << "complaint" << complaint({{QStringLiteral("tipo_averia"), QStringLiteral("rota")}})
            << "listed values";
        QJsonObject wrongNumber = lamp;
        wrongNumber[QStringLiteral("luminarias_afectadas")] = QStringLiteral("tres");
        QTest::newRow("number that is not") << "complaint" << complaint(wrongNumber) << "number";
        QJsonObject unknown = lamp;
        unknown[QStringLiteral("color")] = QStringLiteral("rojo");
        QTest::newRow("unknown attribute") << "complaint" << complaint(unknown) << "no attribute";
        QTest::newRow("unknown category")
            << "complaint"
            << object({{QStringLiteral("category"), QStringLiteral("ovnis")},
                       {QStringLiteral("description"), QStringLiteral("x")}})
            << "no complaint category";
        QJsonObject contactNoConsent = complaint(lamp);
        contactNoConsent[QStringLiteral("contact")] =
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")}};
        QTest::newRow("contact without consent") << "complaint" << contactNoConsent << "consent";
        QJsonObject contactConsent = contactNoConsent;
        contactConsent[QStringLiteral("consent")] = true;
        QTest::newRow("contact with consent") << "complaint" << contactConsent << "";

        // A clerk's entry for a resident at the office or on the phone.
        const QJsonObject resident{{QStringLiteral("name"), QStringLiteral("Zoila Quintana")},
                                   {QStringLiteral("address"), QStringLiteral("Calle 5 #12")},
                                   {QStringLiteral("id_number"), QStringLiteral("85031512345")},
                                   {QStringLiteral("channel"), QStringLiteral("in_person")},
                                   {QStringLiteral("consent"), true}};
        const QJsonObject clerk{{QStringLiteral("account"), QStringLiteral("maria.perez")},
                                {QStringLiteral("name"), QStringLiteral("María Pérez")}};
        const auto onBehalf = [&](const QJsonValue &who, const QJsonValue &by) {
            QJsonObject payload = complaint(lamp);
            if (!who.isUndefined())
                payload[QStringLiteral("on_behalf_of")] = who;
            if (!by.isUndefined())
                payload[QStringLiteral("clerk")] = by;
            return payload;
        };
        const auto residentWith = [&](const QString &key, const QJsonValue &value) {
            QJsonObject changed = resident;
            if (value.isUndefined())
                changed.remove(key);
            else
                changed[key] = value;
            return changed;
        };
        QTest::newRow("on behalf of a resident") << "complaint" << onBehalf(resident, clerk) << "";
        QTest::newRow("by phone") << "complaint"
                                  << onBehalf(residentWith(QStringLiteral("channel"),
                                                           QStringLiteral("phone")),
                                              clerk)
                                  << "";
        QTest::newRow("on behalf, name only")
            << "complaint"
            << onBehalf(QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")},
                                    {QStringLiteral("channel"), QStringLiteral("phone")},
                                    {QStringLiteral("consent"), true}},
                        clerk)
            << "";
        QTest::newRow("on behalf, no name")
            << "complaint"
            << onBehalf(residentWith(QStringLiteral("name"), QJsonValue::Undefined), clerk)
            << "'name'";
        QTest::newRow("on behalf, unknown channel")
            << "complaint"
            << onBehalf(residentWith(QStringLiteral("channel"), QStringLiteral("email")), clerk)
            << "'channel'";
        QTest::newRow("on behalf, no consent")
            << "complaint"
            << onBehalf(residentWith(QStringLiteral("consent"), QJsonValue::Undefined), clerk)
            << "consent";
        QTest::newRow("on behalf, consent refused")
            << "complaint" << onBehalf(residentWith(QStringLiteral("consent"), false), clerk)
            << "consent";
        QTest::newRow("on behalf, ID number too long")
            << "complaint"
            << onBehalf(residentWith(QStringLiteral("id_number"), QString(51, QLatin1Char('9'))),
                        clerk)
            << "'id_number'";
        QTest::newRow("on behalf without a clerk")
            << "complaint" << onBehalf(resident, QJsonValue::Undefined) << "'clerk'";
        QTest::newRow("clerk without an account")
            << "complaint"
            << onBehalf(resident, QJsonObject{{QStringLiteral("name"), QStringLiteral("María")}})
            << "'account'";
        QTest::newRow("clerk without on_behalf_of")
            << "complaint" << onBehalf(QJsonValue::Undefined, clerk) << "on_behalf_of";
        QTest::newRow("on_behalf_of not an object")
            << "complaint" << onBehalf(QStringLiteral("Ana"), clerk) << "on_behalf_of";

        QTest::newRow("suggestion")
            << "suggestion" << object({{QStringLiteral("text"), QStringLiteral("Más bancos")}})
            << "";
        QTest::newRow("empty suggestion")
            << "suggestion" << object({{QStringLiteral("text"), QStringLiteral("  ")}}) << "'text'";

        // The first demo survey: q1 single (required), q2 and q3 scales 1-5 (required).
        const QJsonObject answers{{QStringLiteral("q1"), QStringLiteral("vivienda")},
                                  {QStringLiteral("q2"), 4},
                                  {QStringLiteral("q3"), 5}};
        const auto response = [](const QJsonObject &given) {
            return object(
                {{QStringLiteral("survey"), QStringLiteral("encuesta-calidad-servicios-2026")},
                 {QStringLiteral("answers"), given}});
        };
        QTest::newRow("survey response") << "survey_response" << response(answers) << "";
        QJsonObject missing = answers;
        missing.remove(QStringLiteral("q2"));
        QTest::newRow("required question unanswered")
            << "survey_response" << response(missing) << "'q2'";
        QJsonObject outOfScale = answers;
        outOfScale[QStringLiteral("q2")] = 9;
        QTest::newRow("scale out of range")
            << "survey_response" << response(outOfScale) << "from 1 to 5";
        // Found by fuzz_submission: a number beyond any int was cast to one (undefined).
        QJsonObject huge = answers;
        huge[QStringLiteral("q2")] = 4.2e94;
        QTest::newRow("scale far beyond an int")
            << "survey_response" << response(huge) << "from 1 to 5";
        QJsonObject notAnOption = answers;
        notAnOption[QStringLiteral("q1")] = QStringLiteral("luna");
        QTest::newRow("not an option") << "survey_response" << response(notAnOption) << "options";

        QTest::newRow("forum post")
            << "forum_post"
            << object({{QStringLiteral("topic"), QStringLiteral("topic-parque")},
                       {QStringLiteral("body"), QStringLiteral("Hacen falta árboles")}})
            << "";
        QTest::newRow("forum post to no topic")
            << "forum_post"
            << object({{QStringLiteral("topic"), QStringLiteral("nada")},
                       {QStringLiteral("body"), QStringLiteral("x")}})
            << "no forum topic";
        QTest::newRow("unknown type") << "petition" << QJsonObject() << "unknown submission type";
    }

    void checksSubmissions()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, problem);
        const QString found = m_validator->problem(type, payload);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TestSubmissionValidator)
#include "tst_submissionvalidator.moc"
