#include "serverprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <QtTest>

// Open311 GeoReport v2 against the real municipal-server with the demo municipality, with
// requests written as the published specification shows them (form-encoded POST, .json
// resources, comma lists in queries).
class TestOpen311 : public QObject
{
    Q_OBJECT

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;

        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
        QJsonObject first() const { return array().at(0).toObject(); }
    };

    ServerProcess m_server;
    QNetworkAccessManager m_network;
    QByteArray m_apiKey;
    // Everything personal the tests send; none of it may come back from a GET.
    const QStringList m_personal{
        QStringLiteral("vecina.rh@example.org"), QStringLiteral("+53 42 555 0101"),
        QStringLiteral("Dayana"), QStringLiteral("Quintero"), QStringLiteral("tablet-7f3a"),
        QStringLiteral("cuenta-8841"), QStringLiteral("Zoila Pérez Rivero"),
        QStringLiteral("5 123 4567"), QStringLiteral("Rosa Rivero"),
        // who entered it at the office is not for the public either
        QStringLiteral("maria.perez"), QStringLiteral("María Pérez"),
        QStringLiteral("zoila@example.org"), QStringLiteral("87010112345")};
    QString m_pothole; // filed through Open311
    QString m_lamp;    // filed through Open311
    QString m_kiosk;   // filed at a kiosk
    int m_filed = 0;   // accepted through Open311
    // The server limits requests per address (a burst of 120 by default): the tests ask only
    // what they need, so that they stay well within it.

    QUrl url(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl result = m_server.baseUrl();
        result.setPath(path);
        if (!query.isEmpty())
            result.setQuery(query);
        return result;
    }

    Reply wait(QNetworkReply *reply)
    {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->deleteLater();
        return result;
    }

    Reply get(const QString &path, const QUrlQuery &query = {})
    {
        QNetworkRequest request(url(path, query));
        request.setTransferTimeout(30000);
        return wait(m_network.get(request));
    }

    Reply post(const QString &path, const QByteArray &body,
               const QByteArray &contentType = "application/x-www-form-urlencoded",
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return postTo(url(path), body, contentType, headers);
    }

    Reply postTo(const QUrl &target, const QByteArray &body,
                 const QByteArray &contentType = "application/x-www-form-urlencoded",
                 const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(target);
        request.setTransferTimeout(30000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return wait(m_network.post(request, body));
    }

    static QByteArray form(const QList<QPair<QString, QString>> &fields)
    {
        QByteArray body;
        for (const auto &[name, value] : fields) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        return body;
    }

    QList<QPair<QString, QString>> lampForm() const
    {
        return {{QStringLiteral("api_key"), QString::fromLatin1(m_apiKey)},
                {QStringLiteral("service_code"), QStringLiteral("alumbrado-publico")},
                {QStringLiteral("address_string"), QStringLiteral("Calle Martí esquina a Maceo")},
                {QStringLiteral("attribute[tipo_averia]"), QStringLiteral("apagada")},
                {QStringLiteral("attribute[luminarias_afectadas]"), QStringLiteral("3")},
                {QStringLiteral("description"), QStringLiteral("Tres luminarias apagadas.")}};
    }

    static QList<QPair<QString, QString>> without(QList<QPair<QString, QString>> fields,
                                                  const QString &name)
    {
        fields.removeIf([&name](const auto &field) { return field.first == name; });
        return fields;
    }

    static QList<QPair<QString, QString>> with(QList<QPair<QString, QString>> fields,
                                               const QString &name, const QString &value)
    {
        fields = without(fields, name);
        fields.append({name, value});
        return fields;
    }

    // The error shape every Open311 client parses: [{"code": status, "description": "..."}].
    static void verifyError(const Reply &reply, int status)
    {
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.contentType.startsWith("application/json"), reply.contentType.constData());
        const QJsonArray errors = reply.array();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0)[QStringLiteral("code")].toInt(), status);
        QVERIFY(!errors.at(0)[QStringLiteral("description")].toString().isEmpty());
    }

    QStringList ids(const Reply &reply) const
    {
        QStringList found;
        const QJsonArray list = reply.array();
        for (const QJsonValue &entry : list)
            found.append(entry[QStringLiteral("service_request_id")].toString());
        return found;
    }

    QStringList listed(const QList<QPair<QString, QString>> &parameters)
    {
        QUrlQuery query;
        for (const auto &[name, value] : parameters)
            query.addQueryItem(name, value);
        const Reply reply = get(QStringLiteral("/open311/v2/requests.json"), query);
        if (reply.status != 200)
            qWarning() << "requests.json answered" << reply.status << reply.body;
        return ids(reply);
    }

    void verifyNothingPersonal(const Reply &reply)
    {
        QCOMPARE(reply.status, 200);
        const QString text = QString::fromUtf8(reply.body);
        for (const QString &personal : m_personal)
            QVERIFY2(!text.contains(personal), qPrintable(QString(personal + u" leaked: " + text)));
        for (const char *key : {"email", "phone", "first_name", "last_name", "contact",
                                "on_behalf_of", "device_id", "account_id", "attributes"})
            QVERIFY2(!reply.body.contains(QByteArray('"' + QByteArray(key) + '"')), key);
    }

    static QString at(qint64 secondsFromNow, int offsetHours = -5)
    {
        return QDateTime::currentDateTimeUtc()
            .addSecs(secondsFromNow)
            .toOffsetFromUtc(offsetHours * 3600)
            .toString(Qt::ISODate);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_apiKey = m_server.issueToken(QStringLiteral("app-civica"));
        QVERIFY(!m_apiKey.isEmpty());
    }

    void listsTheCategoriesAsServices()
    {
        const Reply reply = get(QStringLiteral("/open311/v2/services.json"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.contentType.startsWith("application/json"));
        const QJsonArray services = reply.array();
        QCOMPARE(services.size(), 8);
        QJsonObject lamp;
        for (const QJsonValue &service : services) {
            QCOMPARE(service[QStringLiteral("type")].toString(), QStringLiteral("realtime"));
            QVERIFY(service[QStringLiteral("metadata")].toBool());
            QVERIFY(!service[QStringLiteral("service_name")].toString().isEmpty());
            QVERIFY(!service[QStringLiteral("group")].toString().isEmpty());
            if (service[QStringLiteral("service_code")] == QStringLiteral("alumbrado-publico"))
                lamp = service.toObject();
        }
        QCOMPARE(lamp.value(QStringLiteral("service_name")).toString(),
                 QStringLiteral("Alumbrado público"));
        QCOMPARE(lamp.value(QStringLiteral("group")).toString(),
                 QStringLiteral("Infraestructura urbana"));
        QVERIFY(lamp.value(QStringLiteral("description")).toString().startsWith(u"Luminarias"));
        QCOMPARE(lamp.value(QStringLiteral("keywords")).toString(),
                 QStringLiteral("alumbrado, luminaria, farola, poste, bombillo, calle oscura, "
                                "cable suelto"));
    }

    void definesEachServiceWithEveryDatatype()
    {
        const QJsonArray services = get(QStringLiteral("/open311/v2/services.json")).array();
        QSet<QString> datatypes;
        for (const QJsonValue &service : services) {
            const QString code = service[QStringLiteral("service_code")].toString();
            const Reply reply = get(QStringLiteral("/open311/v2/services/%1.json").arg(code));
            QCOMPARE(reply.status, 200);
            const QJsonObject definition = QJsonDocument::fromJson(reply.body).object();
            QCOMPARE(definition.value(QStringLiteral("service_code")).toString(), code);
            const QJsonArray attributes = definition.value(QStringLiteral("attributes")).toArray();
            QVERIFY(!attributes.isEmpty());
            int lastOrder = 0;
            for (const QJsonValue &attribute : attributes) {
                const QString datatype = attribute[QStringLiteral("datatype")].toString();
                datatypes.insert(datatype);
                QCOMPARE(attribute[QStringLiteral("variable")].toBool(), true);
                QVERIFY(!attribute[QStringLiteral("code")].toString().isEmpty());
                QVERIFY(attribute[QStringLiteral("required")].isBool());
                QVERIFY(!attribute[QStringLiteral("description")].toString().isEmpty());
                QVERIFY(!attribute[QStringLiteral("datatype_description")].toString().isEmpty());
                QVERIFY(attribute[QStringLiteral("order")].toInt() > lastOrder);
                lastOrder = attribute[QStringLiteral("order")].toInt();
                const QJsonArray values = attribute[QStringLiteral("values")].toArray();
                QCOMPARE(values.isEmpty(), !datatype.endsWith(u"valuelist"));
                for (const QJsonValue &value : values) {
                    QVERIFY(!value[QStringLiteral("key")].toString().isEmpty());
                    QVERIFY(!value[QStringLiteral("name")].toString().isEmpty());
                }
            }
        }
        QCOMPARE(datatypes, (QSet<QString>{QStringLiteral("string"), QStringLiteral("number"),
                                           QStringLiteral("datetime"), QStringLiteral("text"),
                                           QStringLiteral("singlevaluelist"),
                                           QStringLiteral("multivaluelist")}));

        const QJsonArray lamp =
            QJsonDocument::fromJson(
                get(QStringLiteral("/open311/v2/services/alumbrado-publico.json")).body)
                .object()
                .value(QStringLiteral("attributes"))
                .toArray();
        QCOMPARE(lamp.size(), 3);
        QCOMPARE(lamp.at(0)[QStringLiteral("code")].toString(), QStringLiteral("tipo_averia"));
        QCOMPARE(lamp.at(0)[QStringLiteral("datatype")].toString(),
                 QStringLiteral("singlevaluelist"));
        QCOMPARE(lamp.at(0)[QStringLiteral("required")].toBool(), true);
        QCOMPARE(lamp.at(0)[QStringLiteral("values")][0][QStringLiteral("key")].toString(),
                 QStringLiteral("apagada"));
        QCOMPARE(lamp.at(0)[QStringLiteral("values")][0][QStringLiteral("name")].toString(),
                 QStringLiteral("Luminaria apagada"));
        QCOMPARE(lamp.at(2)[QStringLiteral("code")].toString(),
                 QStringLiteral("luminarias_afectadas"));
        QCOMPARE(lamp.at(2)[QStringLiteral("required")].toBool(), false);
    }

    void answersUnknownThingsInTheOpen311Shape_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown service") << "/open311/v2/services/no-such-thing.json" << 404;
        QTest::newRow("unknown request") << "/open311/v2/requests/MUN-2000-999999.json" << 404;
        QTest::newRow("XML service list") << "/open311/v2/services.xml" << 400;
        QTest::newRow("XML definition") << "/open311/v2/services/alumbrado-publico.xml" << 400;
        QTest::newRow("XML requests") << "/open311/v2/requests.xml" << 400;
        QTest::newRow("no format") << "/open311/v2/services" << 400;
        QTest::newRow("unknown resource") << "/open311/v2/discovery.json" << 404;
        QTest::newRow("unknown version") << "/open311/v3/services.json" << 404;
        QTest::newRow("too deep") << "/open311/v2/services/a/b.json" << 404;
    }

    void answersUnknownThingsInTheOpen311Shape()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        const Reply reply = get(path);
        verifyError(reply, status);
        if (status == 400)
            QVERIFY(reply.first()[QStringLiteral("description")].toString().contains(u"JSON"));
    }

    void filesAComplaintAsTheSpecificationShows()
    {
        // The body of the specification's own example, with this municipality's service, a
        // multivaluelist in the bracketed form and '+' for spaces.
        const QByteArray body =
            "api_key=" + m_apiKey +
            "&jurisdiction_id=riohondo.gob.cu&service_code=viales-baches"
            "&lat=22.4067&long=-79.9652&address_string=Calle+Independencia+%23214"
            "&email=vecina.rh%40example.org&device_id=tablet-7f3a&account_id=cuenta-8841"
            "&first_name=Dayana&last_name=Quintero&phone=%2B53+42+555+0101"
            "&description=Un+bache+grande+frente+a+la+panader%C3%ADa"
            "&media_url=https%3A%2F%2Ffotos.example.org%2Fbache.jpg"
            "&attribute%5Belemento%5D%5B%5D=calzada&attribute%5Belemento%5D%5B%5D=conten"
            "&attribute[peligro]=alto&attribute[referencia]=Frente+a+la+panader%C3%ADa+La+Ceiba";
        const Reply reply = post(QStringLiteral("/open311/v2/requests.json"), body);
        QCOMPARE(reply.status, 201);
        ++m_filed;
        QVERIFY(reply.contentType.startsWith("application/json"));
        const QJsonArray answer = reply.array();
        QCOMPARE(answer.size(), 1);
        m_pothole = answer.at(0)[QStringLiteral("service_request_id")].toString();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^MUN-\\d{4}-\\d{6}$")).match(m_pothole).hasMatch(),
            qPrintable(m_pothole));
        QVERIFY(answer.at(0)[QStringLiteral("service_notice")].toString().contains(m_pothole));
        QVERIFY(answer.at(0).toObject().contains(QStringLiteral("account_id")));
        QVERIFY(answer.at(0)[QStringLiteral("account_id")].isNull());

        const Reply back = get(QStringLiteral("/open311/v2/requests/%1.json").arg(m_pothole));
        verifyNothingPersonal(back);
        QCOMPARE(back.array().size(), 1);
        const QJsonObject request = back.first();
        QCOMPARE(request.value(QStringLiteral("service_request_id")).toString(), m_pothole);
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(request.value(QStringLiteral("status_notes")).isNull());
        QCOMPARE(request.value(QStringLiteral("service_code")).toString(),
                 QStringLiteral("viales-baches"));
        QCOMPARE(request.value(QStringLiteral("service_name")).toString(),
                 QStringLiteral("Calles, aceras y baches"));
        QCOMPARE(request.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Un bache grande frente a la panadería"));
        QCOMPARE(request.value(QStringLiteral("address")).toString(),
                 QStringLiteral("Calle Independencia #214"));
        QCOMPARE(request.value(QStringLiteral("lat")).toDouble(), 22.4067);
        QCOMPARE(request.value(QStringLiteral("long")).toDouble(), -79.9652);
        QCOMPARE(request.value(QStringLiteral("media_url")).toString(),
                 QStringLiteral("https://fotos.example.org/bache.jpg"));
        QVERIFY(request.value(QStringLiteral("service_notice")).toString().contains(m_pothole));
        for (const char *field :
             {"agency_responsible", "expected_datetime", "address_id", "zipcode"}) {
            QVERIFY2(request.contains(QLatin1StringView(field)), field);
            QVERIFY2(request.value(QLatin1StringView(field)).isNull(), field);
        }
        const QDateTime requested = QDateTime::fromString(
            request.value(QStringLiteral("requested_datetime")).toString(), Qt::ISODate);
        QVERIFY(requested.isValid());
        QVERIFY(qAbs(requested.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        QCOMPARE(request.value(QStringLiteral("updated_datetime")).toString(),
                 request.value(QStringLiteral("requested_datetime")).toString());

        // Stored as any complaint: the kiosk API and the change feed know its public status.
        QNetworkRequest status(url(QStringLiteral("/api/v1/submissions/") + m_pothole));
        status.setRawHeader("Authorization", "Bearer " + m_server.token());
        const Reply kiosk = wait(m_network.get(status));
        QCOMPARE(kiosk.status, 200);
        QCOMPARE(QJsonDocument::fromJson(kiosk.body)[QStringLiteral("status")].toString(),
                 QStringLiteral("received"));
        QNetworkRequest feed(
            url(QStringLiteral("/api/v1/changes"), QUrlQuery(QStringLiteral("limit=5000"))));
        feed.setRawHeader("Authorization", "Bearer " + m_server.token());
        const Reply changes = wait(m_network.get(feed));
        QCOMPARE(changes.status, 200);
        bool published = false;
        const QJsonArray list =
            QJsonDocument::fromJson(changes.body)[QStringLiteral("changes")].toArray();
        for (const QJsonValue &change : list)
            published =
                published || (change[QStringLiteral("collection")] == QStringLiteral("statuses") &&
                              change[QStringLiteral("id")] == m_pothole);
        QVERIFY(published);
        QVERIFY(!changes.body.contains("vecina.rh@example.org"));
    }

    void convertsAttributesToTheirTypes()
    {
        // A number, a single-form multivaluelist, coordinates only, the key in the query.
        const Reply lamp = post(QStringLiteral("/open311/v2/requests.json"), form(lampForm()));
        QCOMPARE(lamp.status, 201);
        ++m_filed;
        m_lamp = lamp.first()[QStringLiteral("service_request_id")].toString();
        QVERIFY(!m_lamp.isEmpty());

        const Reply rubbish = post(
            QStringLiteral("/open311/v2/requests.json"),
            form({{QStringLiteral("api_key"), QString::fromLatin1(m_apiKey)},
                  {QStringLiteral("service_code"), QStringLiteral("recogida-residuos")},
                  {QStringLiteral("lat"), QStringLiteral("22.41")},
                  {QStringLiteral("long"), QStringLiteral("-79.97")},
                  {QStringLiteral("attribute[tipo_residuo]"), QStringLiteral("escombros")},
                  {QStringLiteral("attribute[dias_sin_recogida]"), QStringLiteral("4.5")},
                  {QStringLiteral("attribute[contenedor]"), QString()},
                  {QStringLiteral("description"), QStringLiteral("Escombros en la esquina")}}));
        QCOMPARE(rubbish.status, 201);
        ++m_filed;
        const QJsonObject stored =
            get(QStringLiteral("/open311/v2/requests/%1.json")
                    .arg(rubbish.first()[QStringLiteral("service_request_id")].toString()))
                .first();
        QCOMPARE(stored.value(QStringLiteral("address")).toString(),
                 QStringLiteral("22.41, -79.97"));
        QCOMPARE(stored.value(QStringLiteral("lat")).toDouble(), 22.41);

        // A datetime with a positive offset, its '+' escaped as a form requires.
        const Reply noise =
            post(QStringLiteral("/open311/v2/requests.json"),
                 "api_key=" + m_apiKey +
                     "&service_code=ruido-convivencia&address_id=RH-CENTRO-0042"
                     "&attribute[fuente][]=musica-alta&attribute[fecha_hora]=2026-11-28T23%3A30%"
                     "3A00%2B01%3A00"
                     "&attribute[frecuencia]=fines-de-semana&description=M%C3%BAsica+alta");
        QCOMPARE(noise.status, 201);
        ++m_filed;
        const QJsonObject noiseStored =
            get(QStringLiteral("/open311/v2/requests/%1.json")
                    .arg(noise.first()[QStringLiteral("service_request_id")].toString()))
                .first();
        QCOMPARE(noiseStored.value(QStringLiteral("address_id")).toString(),
                 QStringLiteral("RH-CENTRO-0042"));
        QVERIFY(noiseStored.value(QStringLiteral("address")).isNull());
        QVERIFY(noiseStored.value(QStringLiteral("lat")).isNull());

        // Some clients put the key in the query string.
        const Reply keyInQuery =
            postTo(url(QStringLiteral("/open311/v2/requests.json"),
                       QUrlQuery{{QStringLiteral("api_key"), QString::fromLatin1(m_apiKey)}}),
                   form(without(lampForm(), QStringLiteral("api_key"))));
        QCOMPARE(keyInQuery.status, 201);
        ++m_filed;
    }

    void refusesWhatAKioskWouldNotBeAllowed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");

        const QByteArray formType("application/x-www-form-urlencoded");
        const auto lamp = lampForm();
        QTest::newRow("no api_key")
            << form(without(lamp, QStringLiteral("api_key"))) << formType << 403 << "api_key";
        QTest::newRow("wrong api_key")
            << form(with(lamp, QStringLiteral("api_key"), QStringLiteral("forged"))) << formType
            << 403 << "api_key";
        QTest::newRow("no service_code") << form(without(lamp, QStringLiteral("service_code")))
                                         << formType << 400 << "service_code";
        QTest::newRow("unknown service_code")
            << form(with(lamp, QStringLiteral("service_code"), QStringLiteral("ovnis"))) << formType
            << 404 << "ovnis";
        QTest::newRow("required attribute missing")
            << form(without(lamp, QStringLiteral("attribute[tipo_averia]"))) << formType << 400
            << "tipo_averia";
        QTest::newRow("required attribute empty")
            << form(with(lamp, QStringLiteral("attribute[tipo_averia]"), QString())) << formType
            << 400 << "tipo_averia";
        QTest::newRow("number that is not a number")
            << form(with(lamp, QStringLiteral("attribute[luminarias_afectadas]"),
                         QStringLiteral("tres")))
            << formType << 400 << "luminarias_afectadas";
        QTest::newRow("decimal comma")
            << form(with(lamp, QStringLiteral("attribute[luminarias_afectadas]"),
                         QStringLiteral("2,5")))
            << formType << 400 << "luminarias_afectadas";
        QTest::newRow("value not in the list")
            << form(with(lamp, QStringLiteral("attribute[tipo_averia]"), QStringLiteral("rota")))
            << formType << 400 << "tipo_averia";
        QTest::newRow("one value given twice")
            << QByteArray(form(lamp) + "&attribute%5Btipo_averia%5D=intermitente") << formType
            << 400 << "tipo_averia";
        QTest::newRow("unknown attribute")
            << form(with(lamp, QStringLiteral("attribute[color]"), QStringLiteral("azul")))
            << formType << 400 << "color";
        QTest::newRow("malformed attribute name")
            << form(with(lamp, QStringLiteral("attribute[tipo_averia"), QStringLiteral("apagada")))
            << formType << 400 << "attribute";
        QTest::newRow("no location") << form(without(lamp, QStringLiteral("address_string")))
                                     << formType << 400 << "location";
        QTest::newRow("lat without long")
            << form(with(without(lamp, QStringLiteral("address_string")), QStringLiteral("lat"),
                         QStringLiteral("22.4")))
            << formType << 400 << "long";
        QTest::newRow("lat out of range")
            << form(with(with(lamp, QStringLiteral("lat"), QStringLiteral("122.4")),
                         QStringLiteral("long"), QStringLiteral("-79.9")))
            << formType << 400 << "lat";
        QTest::newRow("no description") << form(without(lamp, QStringLiteral("description")))
                                        << formType << 400 << "description";
        QTest::newRow("media_url that is not a web address")
            << form(with(lamp, QStringLiteral("media_url"), QStringLiteral("javascript:alert(1)")))
            << formType << 400 << "media_url";
        QTest::newRow("malformed escape")
            << QByteArray(form(lamp) + "&description=100%") << formType << 400 << "form";
        QTest::newRow("not UTF-8")
            << QByteArray(form(lamp) + "&first_name=Jos%E9") << formType << 400 << "UTF-8";
        QTest::newRow("JSON body")
            << QByteArray("{\"service_code\": \"alumbrado-publico\"}")
            << QByteArray("application/json") << 400 << "x-www-form-urlencoded";
        QTest::newRow("body too large")
            << form(with(lamp, QStringLiteral("description"), QString(300 * 1024, u'x')))
            << formType << 413 << "large";
    }

    void refusesWhatAKioskWouldNotBeAllowed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const Reply reply = post(QStringLiteral("/open311/v2/requests.json"), body, contentType);
        verifyError(reply, status);
        QVERIFY2(reply.first()[QStringLiteral("description")].toString().contains(mentions),
                 reply.body.constData());
    }

    void aRefusedRequestLeavesNoTrace()
    {
        // Every request so far came through Open311; only the accepted ones were stored.
        QCOMPARE(listed({}).size(), m_filed);
    }

    void aRevokedKeyIsRefused()
    {
        const QByteArray key = m_server.issueToken(QStringLiteral("app-retirada"));
        QVERIFY(!key.isEmpty());
        const auto fields = with(lampForm(), QStringLiteral("api_key"), QString::fromLatin1(key));
        QCOMPARE(post(QStringLiteral("/open311/v2/requests.json"), form(fields)).status, 201);
        QVERIFY(m_server.runCommand(
            {QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("app-retirada")}));
        verifyError(post(QStringLiteral("/open311/v2/requests.json"), form(fields)), 403);
    }

    void listsKioskComplaintsButNothingElse()
    {
        const QJsonObject complaint{
            {QStringLiteral("type"), QStringLiteral("complaint")},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-28T10:15:00-05:00")},
            {QStringLiteral("locale"), QStringLiteral("es")},
            {QStringLiteral("payload"),
             QJsonObject{
                 {QStringLiteral("category"), QStringLiteral("agua-acueducto")},
                 {QStringLiteral("description"), QStringLiteral("Salidero en la calle desde ayer")},
                 {QStringLiteral("location"), QStringLiteral("Calle 5 entre 8 y 10, Loma Azul")},
                 {QStringLiteral("attributes"),
                  QJsonObject{{QStringLiteral("tipo_problema"), QStringLiteral("salidero-via")},
                              {QStringLiteral("dias_sin_agua"), 2}}},
                 {QStringLiteral("contact"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Zoila Pérez Rivero")},
                              {QStringLiteral("phone"), QStringLiteral("5 123 4567")},
                              {QStringLiteral("email"), QStringLiteral("zoila@example.org")},
                              {QStringLiteral("id_number"), QStringLiteral("87010112345")}}},
                 {QStringLiteral("consent"), true},
                 {QStringLiteral("on_behalf_of"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Rosa Rivero")},
                              {QStringLiteral("channel"), QStringLiteral("phone")},
                              {QStringLiteral("consent"), true}}},
                 {QStringLiteral("clerk"),
                  QJsonObject{{QStringLiteral("account"), QStringLiteral("maria.perez")},
                              {QStringLiteral("name"), QStringLiteral("María Pérez")}}}}}};
        const auto submit = [this](const QJsonObject &submission, const QByteArray &key) {
            return post(
                QStringLiteral("/api/v1/submissions"),
                QJsonDocument(submission).toJson(QJsonDocument::Compact), "application/json",
                {{"Authorization", "Bearer " + m_server.token()}, {"Idempotency-Key", key}});
        };
        const Reply stored = submit(complaint, "3d0c8a52-7a0b-4d3e-9d55-0f3c2b1a9e01");
        QCOMPARE(stored.status, 201);
        m_kiosk = QJsonDocument::fromJson(stored.body)[QStringLiteral("reference")].toString();
        QVERIFY(!m_kiosk.isEmpty());
        const Reply suggestion = submit(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("suggestion")},
                        {QStringLiteral("created_at"), QStringLiteral("2026-11-28T10:20:00-05:00")},
                        {QStringLiteral("locale"), QStringLiteral("es")},
                        {QStringLiteral("payload"),
                         QJsonObject{{QStringLiteral("text"), QStringLiteral("Más bancos")}}}},
            "3d0c8a52-7a0b-4d3e-9d55-0f3c2b1a9e02");
        QCOMPARE(suggestion.status, 201);
        const QString suggestionReference =
            QJsonDocument::fromJson(suggestion.body)[QStringLiteral("reference")].toString();

        const Reply all = get(QStringLiteral("/open311/v2/requests.json"));
        verifyNothingPersonal(all);
        const QStringList found = ids(all);
        QVERIFY(found.contains(m_kiosk));
        QVERIFY(found.contains(m_pothole));
        QVERIFY(!found.contains(suggestionReference));
        verifyError(get(QStringLiteral("/open311/v2/requests/%1.json").arg(suggestionReference)),
                    404);

        const Reply one = get(QStringLiteral("/open311/v2/requests/%1.json").arg(m_kiosk));
        verifyNothingPersonal(one);
        QCOMPARE(one.first()[QStringLiteral("address")].toString(),
                 QStringLiteral("Calle 5 entre 8 y 10, Loma Azul"));
        QCOMPARE(one.first()[QStringLiteral("service_name")].toString(),
                 QStringLiteral("Agua, acueducto y alcantarillado"));
        QVERIFY(one.first()[QStringLiteral("lat")].isNull());
    }

    void filtersAsTheSpecificationSays()
    {
        const QString id = QStringLiteral("service_request_id");
        const QString code = QStringLiteral("service_code");
        const QString status = QStringLiteral("status");
        const QString start = QStringLiteral("start_date");
        const QString end = QStringLiteral("end_date");

        // Newest first, by the time the server received them.
        const Reply everything = get(QStringLiteral("/open311/v2/requests.json"));
        const QJsonArray all = everything.array();
        QVERIFY(all.size() >= 7);
        for (qsizetype i = 1; i < all.size(); ++i) {
            const QString newer = all.at(i - 1)[QStringLiteral("requested_datetime")].toString();
            const QString older = all.at(i)[QStringLiteral("requested_datetime")].toString();
            QVERIFY(newer > older ||
                    (newer == older && all.at(i - 1)[id].toString() > all.at(i)[id].toString()));
        }

        // Ids: exactly those, whatever the other parameters say.
        QCOMPARE(listed({{id, m_lamp + u',' + m_pothole}}), (QStringList{m_lamp, m_pothole}));
        QCOMPARE(listed({{id, m_pothole},
                         {code, QStringLiteral("ruido-convivencia")},
                         {status, QStringLiteral("closed")}}),
                 QStringList{m_pothole});
        QCOMPARE(listed({{id, QStringLiteral("MUN-2000-000001")}}), QStringList());

        const QStringList potholes = listed({{code, QStringLiteral("viales-baches")}});
        QCOMPARE(potholes, QStringList{m_pothole});
        const QStringList two = listed({{code, QStringLiteral("viales-baches,agua-acueducto")}});
        QCOMPARE(two.size(), 2);
        QVERIFY(two.contains(m_kiosk) && two.contains(m_pothole));
        QCOMPARE(listed({{code, QStringLiteral("no-such-service")}}), QStringList());

        QVERIFY(listed({{status, QStringLiteral("open")}}).contains(m_pothole));
        QVERIFY(!listed({{status, QStringLiteral("closed")}}).contains(m_pothole));
        QCOMPARE(listed({{status, QStringLiteral("open,closed")}}).size(), all.size());

        // Dates, in any offset; a window that holds now, and ones that do not.
        QVERIFY(listed({{start, at(-3600)}, {end, at(3600, 3)}}).contains(m_pothole));
        QVERIFY(listed({{start, at(-3600, 0)}}).contains(m_pothole));
        QVERIFY(listed({{end, at(3600)}}).contains(m_pothole));
        QCOMPARE(listed({{start, at(-30 * 86400)}, {end, at(-20 * 86400)}}), QStringList());
        QCOMPARE(listed({{start, at(3600)}}), QStringList());
        QCOMPARE(listed({{end, at(-86400)}}), QStringList());
        QCOMPARE(listed({{code, QStringLiteral("viales-baches")},
                         {status, QStringLiteral("open")},
                         {start, at(-3600)},
                         {end, at(3600)}}),
                 QStringList{m_pothole});

        // A '+' of an offset sent escaped, as careful clients do; the ones above went literally.
        QUrl escaped = url(QStringLiteral("/open311/v2/requests.json"));
        escaped.setQuery(QStringLiteral("start_date=") +
                         QString::fromLatin1(QUrl::toPercentEncoding(at(-3600, 2))));
        QVERIFY(escaped.toEncoded().contains("%2B02"));
        QNetworkRequest escapedRequest(escaped);
        QVERIFY(ids(wait(m_network.get(escapedRequest))).contains(m_pothole));

        for (const auto &bad :
             QList<QList<QPair<QString, QString>>>{{{start, at(-100 * 86400)}, {end, at(0)}},
                                                   {{start, at(3600)}, {end, at(-3600)}},
                                                   {{start, QStringLiteral("2026-11-28T10:00:00")}},
                                                   {{end, QStringLiteral("ayer")}},
                                                   {{status, QStringLiteral("pending")}}}) {
            QUrlQuery query;
            for (const auto &[name, value] : bad)
                query.addQueryItem(name, value);
            verifyError(get(QStringLiteral("/open311/v2/requests.json"), query), 400);
        }
    }

    void anAnsweredComplaintIsClosedWithItsNote()
    {
        const QString note = QStringLiteral("Bache reparado por la brigada de viales.");
        // Always with a note: without --note the command binds a null note, which the
        // submissions table refuses (status_note NOT NULL), and fails.
        QVERIFY(
            m_server.runCommand({QStringLiteral("submission"), QStringLiteral("status"), m_pothole,
                                 QStringLiteral("in-progress"), QStringLiteral("--note"),
                                 QStringLiteral("La brigada de viales lo tiene en agenda.")}));
        const QJsonObject inProgress =
            get(QStringLiteral("/open311/v2/requests/%1.json").arg(m_pothole)).first();
        QCOMPARE(inProgress.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(inProgress.value(QStringLiteral("status_notes")).toString(),
                 QStringLiteral("La brigada de viales lo tiene en agenda."));

        QVERIFY(
            m_server.runCommand({QStringLiteral("submission"), QStringLiteral("status"), m_pothole,
                                 QStringLiteral("answered"), QStringLiteral("--note"), note}));
        const Reply reply = get(QStringLiteral("/open311/v2/requests/%1.json").arg(m_pothole));
        verifyNothingPersonal(reply);
        const QJsonObject request = reply.first();
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(request.value(QStringLiteral("status_notes")).toString(), note);
        QVERIFY(request.value(QStringLiteral("updated_datetime")).toString() >=
                request.value(QStringLiteral("requested_datetime")).toString());

        QVERIFY(listed({{QStringLiteral("status"), QStringLiteral("closed")}}).contains(m_pothole));
        QVERIFY(!listed({{QStringLiteral("status"), QStringLiteral("open")}}).contains(m_pothole));

        QVERIFY(m_server.runCommand({QStringLiteral("submission"), QStringLiteral("status"), m_lamp,
                                     QStringLiteral("rejected"), QStringLiteral("--note"),
                                     QStringLiteral("No es competencia municipal.")}));
        QCOMPARE(get(QStringLiteral("/open311/v2/requests/%1.json").arg(m_lamp))
                     .first()[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("closed"));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning().noquote() << m_server.log();
    }
};

QTEST_GUILESS_MAIN(TestOpen311)
#include "tst_open311.moc"
