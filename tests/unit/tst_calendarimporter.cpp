#include "calendarimporter.h"
#include "itemvalidator.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

class TestCalendarImporter : public QObject
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

    static QJsonObject byUid(const QList<QJsonObject> &items, const char *uid)
    {
        const QString id = CalendarImporter::idForUid(QString::fromUtf8(uid));
        for (const QJsonObject &item : items) {
            if (item.value(QLatin1StringView("id")).toString() == id)
                return item;
        }
        return {};
    }

    static QString field(const QJsonObject &item, const char *key)
    {
        return item.value(QLatin1StringView(key)).toString();
    }

    // A calendar with one event made of the given lines, CRLF-terminated.
    static QByteArray calendar(const QStringList &eventLines)
    {
        QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                          QStringLiteral("BEGIN:VEVENT"), QStringLiteral("UID:prueba@riohondo")};
        lines += eventLines;
        lines += QStringList{QStringLiteral("END:VEVENT"), QStringLiteral("END:VCALENDAR")};
        return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    }

    static QJsonObject onlyItem(const CalendarImporter::Result &result)
    {
        if (result.items.size() != 1)
            return {};
        return result.items.first();
    }

    static QString warningsText(const CalendarImporter::Result &result)
    {
        return result.error + u'\n' + result.warnings.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        if (!QTimeZone(QByteArrayLiteral("America/Havana")).isValid())
            QSKIP("the system has no time zone database");
    }

    void readsTheAgenda()
    {
        const auto result = CalendarImporter().parse(fixture("riohondo-agenda.ics"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.items.size(), 7);
        QStringList ids;
        for (const QJsonObject &item : result.items)
            ids.append(field(item, "id"));
        QCOMPARE(ids.first(), CalendarImporter::idForUid(
                                  QStringLiteral("donacion-sangre-2026-12@riohondo.gob.cu")));
        QCOMPARE(ids.last(), CalendarImporter::idForUid(
                                 QStringLiteral("feria-artesanal-2026@riohondo.gob.cu")));
        for (const QJsonObject &item : result.items) {
            QCOMPARE(field(item, "kind"), QStringLiteral("event"));
            QVERIFY(item.value(QLatin1StringView("deadline")).isNull());
            QString error;
            QVERIFY2(ItemValidator::validate(Collection::Events, field(item, "id"), item, &error),
                     qPrintable(error));
        }
    }

    void idsComeFromTheUid()
    {
        const QString uid = QStringLiteral("donacion-sangre-2026-12@riohondo.gob.cu");
        QCOMPARE(
            CalendarImporter::idForUid(uid),
            QStringLiteral("evt-ics-") +
                QString::fromLatin1(QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Sha1)
                                        .toHex()
                                        .left(16)));
        const QByteArray data = fixture("riohondo-agenda.ics");
        QCOMPARE(CalendarImporter().parse(data).items, CalendarImporter().parse(data).items);
    }

    void readsAnAllDayEventWithFoldedEscapedText()
    {
        const auto result = CalendarImporter().parse(fixture("riohondo-agenda.ics"));
        const QJsonObject donation = byUid(result.items, "donacion-sangre-2026-12@riohondo.gob.cu");
        QCOMPARE(field(donation, "title"),
                 QStringLiteral("Jornada de donación voluntaria de sangre"));
        QCOMPARE(field(donation, "starts_at"), QStringLiteral("2026-12-05T00:00:00-05:00"));
        // DTEND of a date is exclusive: the event ends with the 5th.
        QCOMPARE(field(donation, "ends_at"), QStringLiteral("2026-12-05T23:59:00-05:00"));
        QCOMPARE(field(donation, "description"),
                 QStringLiteral("El Banco de Sangre provincial instala sus puestos en el "
                                "policlínico.\n\nLos donantes deben tener entre 18 y 65 años, "
                                "pesar más de 50 kg; y traer su carné de identidad.\nSe ofrecerá "
                                "merienda."));
        QCOMPARE(field(donation, "place"),
                 QStringLiteral("Policlínico Docente «Dr. Aurelio Bencomo», Calle Maceo No. 12, "
                                "Centro"));
        QCOMPARE(field(donation, "organiser"),
                 QStringLiteral("Policlínico Docente «Dr. Aurelio Bencomo»"));
        QCOMPARE(field(donation, "category"), QStringLiteral("salud"));
    }

    void writesUtcTimesInTheLocalOffset()
    {
        const auto result = CalendarImporter().parse(fixture("riohondo-agenda.ics"));
        const QJsonObject game = byUid(result.items, "beisbol-juvenil-2026-12-10@riohondo.gob.cu");
        QCOMPARE(field(game, "starts_at"), QStringLiteral("2026-12-10T09:00:00-05:00"));
        QCOMPARE(field(game, "ends_at"), QStringLiteral("2026-12-10T11:30:00-05:00"));
        QCOMPARE(field(game, "organiser"), QStringLiteral("deportes@riohondo.gob.cu"));
        // "Béisbol" is no kiosk category; the next value is.
        QCOMPARE(field(game, "category"), QStringLiteral("deportes"));

        CalendarImporter::Options havana;
        havana.localZone = QTimeZone(QByteArrayLiteral("America/Havana"));
        const auto summer = CalendarImporter(havana).parse(calendar(
            {QStringLiteral("SUMMARY:Regata"), QStringLiteral("DTSTART:20270710T140000Z")}));
        QCOMPARE(field(onlyItem(summer), "starts_at"), QStringLiteral("2027-07-10T10:00:00-04:00"));
    }

    void readsTzidWithTheZonesOwnOffset()
    {
        const auto result = CalendarImporter().parse(fixture("riohondo-agenda.ics"));
        const QJsonObject concert =
            byUid(result.items, "concierto-orquesta-2026-12-12@riohondo.gob.cu");
        QCOMPARE(field(concert, "starts_at"), QStringLiteral("2026-12-12T20:00:00-05:00"));
        QCOMPARE(field(concert, "ends_at"), QStringLiteral("2026-12-12T22:30:00-05:00"));
        // Cuba keeps summer time in July: the wall-clock time stays as announced.
        const QJsonObject trip = byUid(result.items, "campismo-verano-2027@riohondo.gob.cu");
        QCOMPARE(field(trip, "starts_at"), QStringLiteral("2027-07-10T09:00:00-04:00"));
        QCOMPARE(field(trip, "ends_at"), QStringLiteral("2027-07-10T17:00:00-04:00"));
        QCOMPARE(field(trip, "category"), QStringLiteral("comunidad"));
        QVERIFY(!trip.contains(QLatin1StringView("description")));
        QVERIFY(!trip.contains(QLatin1StringView("place")));
        QVERIFY(!trip.contains(QLatin1StringView("organiser")));
    }

    void readsFloatingTimesInTheLocalOffset()
    {
        const auto result = CalendarImporter().parse(fixture("riohondo-agenda.ics"));
        const QJsonObject workshop =
            byUid(result.items, "taller-maestros-2026-12-15@riohondo.gob.cu");
        QCOMPARE(field(workshop, "starts_at"), QStringLiteral("2026-12-15T08:30:00-05:00"));
        QCOMPARE(field(workshop, "ends_at"), QStringLiteral("2026-12-15T12:00:00-05:00"));
        QCOMPARE(field(workshop, "category"), QStringLiteral("educacion"));
        QCOMPARE(field(workshop, "place"),
                 QStringLiteral("Escuela primaria «Abel Santamaría», Paso Real"));

        CalendarImporter::Options madrid;
        madrid.localZone = QTimeZone(3600);
        const auto elsewhere = CalendarImporter(madrid).parse(fixture("riohondo-agenda.ics"));
        QCOMPARE(field(byUid(elsewhere.items, "taller-maestros-2026-12-15@riohondo.gob.cu"),
                       "starts_at"),
                 QStringLiteral("2026-12-15T08:30:00+01:00"));
    }

    void readsQuotedParametersAndIgnoresTheAlarm()
    {
        const auto result = CalendarImporter().parse(fixture("riohondo-agenda.ics"));
        const QJsonObject concert =
            byUid(result.items, "concierto-orquesta-2026-12-12@riohondo.gob.cu");
        QCOMPARE(field(concert, "organiser"),
                 QStringLiteral("Dirección de Cultura: Río Hondo; oficina 2"));
        QCOMPARE(field(concert, "title"),
                 QStringLiteral("Concierto de fin de año de la Orquesta Municipal"));
        // Folded with a tab; the VALARM's DESCRIPTION does not replace the event's.
        QCOMPARE(field(concert, "description"),
                 QStringLiteral("Danzones, sones y boleros con la Orquesta Municipal y el coro "
                                "«Voces del Río»."));
        QCOMPARE(field(concert, "category"), QStringLiteral("cultura"));
    }

    void reportsWhatItSkipped()
    {
        const auto result = CalendarImporter().parse(fixture("riohondo-agenda.ics"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString all = warningsText(result);
        QCOMPARE(result.warnings.size(), 5);
        QVERIFY2(result.warnings.at(0).contains(QStringLiteral("«Feria del libro en el parque»")) &&
                     result.warnings.at(0).contains(QLatin1StringView("is cancelled")),
                 qPrintable(all));
        QVERIFY2(result.warnings.at(1).contains(QLatin1StringView("Despacho del Consejo")) &&
                     result.warnings.at(1).contains(QLatin1StringView(
                         "only its first occurrence, 2026-12-01T18:00:00-05:00, was imported")),
                 qPrintable(all));
        QVERIFY2(result.warnings.at(2).contains(QLatin1StringView("Evento sin identificador")) &&
                     result.warnings.at(2).contains(QLatin1StringView("has no UID")),
                 qPrintable(all));
        QVERIFY2(result.warnings.at(3).contains(QLatin1StringView("has no DTSTART")),
                 qPrintable(all));
        QVERIFY2(result.warnings.at(4).contains(
                     QLatin1StringView("time zone 'Mars/Olympus_Mons' is unknown")),
                 qPrintable(all));

        QCOMPARE(result.cancelledIds, QStringList{CalendarImporter::idForUid(
                                          QStringLiteral("feria-libro-2026@riohondo.gob.cu"))});
        QVERIFY(byUid(result.items, "feria-libro-2026@riohondo.gob.cu").isEmpty());
        QVERIFY(byUid(result.items, "sin-fecha@riohondo.gob.cu").isEmpty());

        // The repeating event is there, at its first occurrence.
        const QJsonObject council = byUid(result.items, "consejo-administracion@riohondo.gob.cu");
        QCOMPARE(field(council, "starts_at"), QStringLiteral("2026-12-01T18:00:00-05:00"));
        QCOMPARE(field(council, "ends_at"), QStringLiteral("2026-12-01T19:00:00-05:00"));
        QCOMPARE(field(council, "category"), QStringLiteral("comunidad")); // "Gobierno": default

        // The unknown zone falls back to the local offset.
        const QJsonObject fair = byUid(result.items, "feria-artesanal-2026@riohondo.gob.cu");
        QCOMPARE(field(fair, "starts_at"), QStringLiteral("2026-12-22T10:00:00-05:00"));
        QCOMPARE(field(fair, "ends_at"), QStringLiteral("2026-12-22T13:00:00-05:00"));
    }

    void usesTheDefaultCategoryOfTheOptions()
    {
        CalendarImporter::Options options;
        options.defaultCategory = QStringLiteral("organizaciones");
        const auto result = CalendarImporter(options).parse(fixture("riohondo-agenda.ics"));
        QCOMPARE(field(byUid(result.items, "feria-artesanal-2026@riohondo.gob.cu"), "category"),
                 QStringLiteral("organizaciones"));
        QCOMPARE(
            field(byUid(result.items, "taller-maestros-2026-12-15@riohondo.gob.cu"), "category"),
            QStringLiteral("educacion"));
    }

    void unfoldsBeforeDecodingUtf8()
    {
        // A folder that counts bytes may cut "ñ" (C3 B1) in two; LF-only line ends.
        const QByteArray data("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20261201T100000\n"
                              "SUMMARY:Pe\xC3\n \xB1"
                              "a del r\xC3\xADo\nEND:VEVENT\nEND:VCALENDAR\n");
        const auto result = CalendarImporter().parse(data);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(field(onlyItem(result), "title"), QStringLiteral("Peña del río"));
        QCOMPARE(result.warnings, QStringList());
    }

    void readsLatin1WithAWarning()
    {
        const QByteArray data("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n"
                              "DTSTART:20261201T100000\r\nSUMMARY:Pe\xF1"
                              "a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        const auto result = CalendarImporter().parse(data);
        QCOMPARE(field(onlyItem(result), "title"), QStringLiteral("Peña"));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains(QLatin1StringView("Latin-1")));
    }

    void computesTheEnd_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("starts");
        QTest::addColumn<QString>("ends");    // empty: null
        QTest::addColumn<QString>("warning"); // empty: none

        const QString start = QStringLiteral("DTSTART:20261201T100000");
        QTest::newRow("hours and minutes")
            << QStringList{start, QStringLiteral("DURATION:PT2H30M")}
            << QStringLiteral("2026-12-01T10:00:00-05:00")
            << QStringLiteral("2026-12-01T12:30:00-05:00") << QString();
        QTest::newRow("a day") << QStringList{start, QStringLiteral("DURATION:P1D")}
                               << QStringLiteral("2026-12-01T10:00:00-05:00")
                               << QStringLiteral("2026-12-02T10:00:00-05:00") << QString();
        QTest::newRow("a week") << QStringList{start, QStringLiteral("DURATION:P1W")}
                                << QStringLiteral("2026-12-01T10:00:00-05:00")
                                << QStringLiteral("2026-12-08T10:00:00-05:00") << QString();
        QTest::newRow("day and hours") << QStringList{start, QStringLiteral("DURATION:+P1DT12H")}
                                       << QStringLiteral("2026-12-01T10:00:00-05:00")
                                       << QStringLiteral("2026-12-02T22:00:00-05:00") << QString();
        QTest::newRow("seconds") << QStringList{start, QStringLiteral("DURATION:PT90S")}
                                 << QStringLiteral("2026-12-01T10:00:00-05:00")
                                 << QStringLiteral("2026-12-01T10:01:30-05:00") << QString();
        QTest::newRow("negative") << QStringList{start, QStringLiteral("DURATION:-PT1H")}
                                  << QStringLiteral("2026-12-01T10:00:00-05:00") << QString()
                                  << QStringLiteral("DURATION '-PT1H' is not a forward duration");
        QTest::newRow("empty duration") << QStringList{start, QStringLiteral("DURATION:PT")}
                                        << QStringLiteral("2026-12-01T10:00:00-05:00") << QString()
                                        << QStringLiteral("DURATION 'PT'");
        QTest::newRow("no end") << QStringList{start} << QStringLiteral("2026-12-01T10:00:00-05:00")
                                << QString() << QString();
        QTest::newRow("end before start")
            << QStringList{start, QStringLiteral("DTEND:20261201T090000")}
            << QStringLiteral("2026-12-01T10:00:00-05:00") << QString()
            << QStringLiteral("ends before it starts");
        QTest::newRow("bad end") << QStringList{start, QStringLiteral("DTEND:mañana")}
                                 << QStringLiteral("2026-12-01T10:00:00-05:00") << QString()
                                 << QStringLiteral("DTEND 'mañana' is not a date");
        QTest::newRow("all day, no end")
            << QStringList{QStringLiteral("DTSTART;VALUE=DATE:20261205")}
            << QStringLiteral("2026-12-05T00:00:00-05:00")
            << QStringLiteral("2026-12-05T23:59:00-05:00") << QString();
        QTest::newRow("all day, three days")
            << QStringList{QStringLiteral("DTSTART;VALUE=DATE:20261205"),
                           QStringLiteral("DTEND;VALUE=DATE:20261208")}
            << QStringLiteral("2026-12-05T00:00:00-05:00")
            << QStringLiteral("2026-12-07T23:59:00-05:00") << QString();
        QTest::newRow("all day, same-day end")
            << QStringList{QStringLiteral("DTSTART;VALUE=DATE:20261205"),
                           QStringLiteral("DTEND;VALUE=DATE:20261205")}
            << QStringLiteral("2026-12-05T00:00:00-05:00")
            << QStringLiteral("2026-12-05T23:59:00-05:00") << QString();
        QTest::newRow("all day, two-day duration")
            << QStringList{QStringLiteral("DTSTART:20261205"), QStringLiteral("DURATION:P2D")}
            << QStringLiteral("2026-12-05T00:00:00-05:00")
            << QStringLiteral("2026-12-06T23:59:00-05:00") << QString();
        QTest::newRow("windows zone")
            << QStringList{QStringLiteral("DTSTART;TZID=\"Eastern Standard Time\":20270710T100000")}
            << QStringLiteral("2027-07-10T10:00:00-04:00") << QString() << QString();
        QTest::newRow("vendor-prefixed zone")
            << QStringList{QStringLiteral(
                   "DTSTART;TZID=/mozilla.org/20050126_1/America/Havana:20270710T100000")}
            << QStringLiteral("2027-07-10T10:00:00-04:00") << QString() << QString();
        QTest::newRow("path as zone")
            << QStringList{QStringLiteral("DTSTART;TZID=../../../../dev/stdin:20270710T100000")}
            << QStringLiteral("2027-07-10T10:00:00-05:00") << QString()
            << QStringLiteral("time zone '../../../../dev/stdin' is unknown");
        QTest::newRow("lower-case utc")
            << QStringList{QStringLiteral("DTSTART:20261201t150000z")}
            << QStringLiteral("2026-12-01T10:00:00-05:00") << QString() << QString();
    }

    void computesTheEnd()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, starts);
        QFETCH(QString, ends);
        QFETCH(QString, warning);
        lines.prepend(QStringLiteral("SUMMARY:Prueba"));
        const auto result = CalendarImporter().parse(calendar(lines));
        const QJsonObject item = onlyItem(result);
        QVERIFY2(!item.isEmpty(), qPrintable(warningsText(result)));
        QCOMPARE(field(item, "starts_at"), starts);
        if (ends.isEmpty())
            QVERIFY(item.value(QLatin1StringView("ends_at")).isNull());
        else
            QCOMPARE(field(item, "ends_at"), ends);
        if (warning.isEmpty()) {
            QCOMPARE(result.warnings, QStringList());
        } else {
            QCOMPARE(result.warnings.size(), 1);
            QVERIFY2(result.warnings.first().contains(warning), qPrintable(warningsText(result)));
        }
        QString error;
        QVERIFY2(ItemValidator::validate(Collection::Events, field(item, "id"), item, &error),
                 qPrintable(error));
    }

    void skipsEventsItCannotPlace_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("warning");

        QTest::newRow("no title") << QStringList{QStringLiteral("DTSTART:20261201T100000")}
                                  << QStringLiteral("has no SUMMARY");
        QTest::newRow("bad start") << QStringList{QStringLiteral("SUMMARY:Prueba"),
                                                  QStringLiteral("DTSTART:20261301T100000")}
                                   << QStringLiteral("DTSTART '20261301T100000' is not a date");
        QTest::newRow("date value with a time")
            << QStringList{QStringLiteral("SUMMARY:Prueba"),
                           QStringLiteral("DTSTART;VALUE=DATE:20261201T100000")}
            << QStringLiteral("is not a date");
        QTest::newRow("one occurrence changed")
            << QStringList{QStringLiteral("SUMMARY:Prueba"),
                           QStringLiteral("DTSTART:20261208T100000"),
                           QStringLiteral("RECURRENCE-ID:20261208T100000")}
            << QStringLiteral("changes one occurrence of a repeating event");
    }

    void skipsEventsItCannotPlace()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, warning);
        const auto result = CalendarImporter().parse(calendar(lines));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.items.isEmpty());
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.first().contains(warning), qPrintable(warningsText(result)));
    }

    void quotesTitlesInWarningsVerbatim()
    {
        const auto result =
            CalendarImporter().parse(calendar({QStringLiteral("SUMMARY:Rebajas del 50%1")}));
        QCOMPARE(result.warnings,
                 QStringList{
                     QStringLiteral("event «Rebajas del 50%1» (line 3) has no DTSTART; skipped")});
        const auto mismatched = CalendarImporter().parse(
            QByteArray("BEGIN:VCALENDAR\r\nBEGIN:X-%1\r\nEND:VCALENDAR\r\n"));
        QCOMPARE(mismatched.error,
                 QStringLiteral("line 3: END:VCALENDAR does not close BEGIN:X-%1 of line 2"));
    }

    void decodesTextEscapes()
    {
        const auto result = CalendarImporter().parse(
            calendar({QStringLiteral("SUMMARY:Taller de pintura\\; dibujo"),
                      QStringLiteral("DTSTART:20261201T100000"),
                      QStringLiteral("DESCRIPTION:Ruta C:\\\\dibujos\\Nsegunda línea\\nfin"),
                      // An escaped comma is part of the value: "Arte, cultura" is no category.
                      QStringLiteral("CATEGORIES:Arte\\, cultura,Deportes")}));
        const QJsonObject item = onlyItem(result);
        QCOMPARE(field(item, "title"), QStringLiteral("Taller de pintura; dibujo"));
        QCOMPARE(field(item, "description"),
                 QStringLiteral("Ruta C:\\dibujos\nsegunda línea\nfin"));
        QCOMPARE(field(item, "category"), QStringLiteral("deportes"));
    }

    void decodesCaretsInParameters()
    {
        const auto result = CalendarImporter().parse(
            calendar({QStringLiteral("SUMMARY:Peña"), QStringLiteral("DTSTART:20261201T100000"),
                      QStringLiteral("ORGANIZER;CN=\"Peña ^'La Cometa^' ^^ 2\":mailto:a@b.cu")}));
        QCOMPARE(field(onlyItem(result), "organiser"), QStringLiteral("Peña \"La Cometa\" ^ 2"));
    }

    void ignoresMalformedLinesButKeepsTheEvent()
    {
        const auto result = CalendarImporter().parse(
            calendar({QStringLiteral("SUMMARY:Prueba"), QStringLiteral("esto no es una propiedad"),
                      QStringLiteral("DTSTART:20261201T100000"),
                      QStringLiteral("ATTENDEE;CN=\"sin cerrar:mailto:x@y.cu")}));
        QCOMPARE(field(onlyItem(result), "title"), QStringLiteral("Prueba"));
        QCOMPARE(result.warnings.size(), 2);
        QVERIFY(result.warnings.at(0).contains(
            QLatin1StringView("line 6 is not a valid content line")));
        QVERIFY(result.warnings.at(1).contains(
            QLatin1StringView("line 8 is not a valid content line")));
    }

    void skipsARepeatedUid()
    {
        const QByteArray twice =
            "BEGIN:VCALENDAR\r\n"
            "BEGIN:VEVENT\r\nUID:u1\r\nSUMMARY:Primero\r\nDTSTART:20261201T100000\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:u1\r\nSUMMARY:Segundo\r\nDTSTART:20261202T100000\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n";
        const auto result = CalendarImporter().parse(twice);
        QCOMPARE(field(onlyItem(result), "title"), QStringLiteral("Primero"));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains(QStringLiteral("«Segundo»")));
        QVERIFY(result.warnings.first().contains(QLatin1StringView("repeats the UID")));
    }

    void stopsAtTheItemLimit()
    {
        CalendarImporter::Options options;
        options.maxItems = 2;
        const auto result = CalendarImporter(options).parse(fixture("riohondo-agenda.ics"));
        QCOMPARE(result.items.size(), 2);
        // Cancellations past the limit are still reported, so they can be withdrawn.
        QCOMPARE(result.cancelledIds.size(), 1);
        QVERIFY2(result.warnings.last().contains(QLatin1StringView(
                     "only the first 2 events were imported; 6 more were not read")),
                 qPrintable(warningsText(result)));
    }

    void warnsOfACalendarWithoutEvents()
    {
        const auto result = CalendarImporter().parse(
            QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"));
        QVERIFY(result.ok());
        QVERIFY(result.items.isEmpty());
        QCOMPARE(result.warnings, QStringList{QStringLiteral("the calendar has no events")});
    }

    void refusesDocumentsThatAreNotCalendars_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");

        QTest::newRow("vcard") << fixture("broken-not-calendar.ics")
                               << QStringLiteral("not an iCalendar document: it begins with "
                                                 "'BEGIN:VCARD' instead of BEGIN:VCALENDAR");
        QTest::newRow("truncated") << fixture("broken-truncated.ics")
                                   << QStringLiteral("the calendar ends inside BEGIN:VEVENT of "
                                                     "line 9; the file looks truncated");
        QTest::newRow("empty") << QByteArray("\r\n \r\n") << QStringLiteral("empty");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html></html>")
                              << QStringLiteral("not an iCalendar document");
        QTest::newRow("mismatched end")
            << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n")
            << QStringLiteral("line 3: END:VTODO does not close BEGIN:VEVENT of line 2");
        QTest::newRow("event after the calendar")
            << QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n")
            << QStringLiteral("line 3: BEGIN:VEVENT outside a VCALENDAR");
        QTest::newRow("end with nothing open")
            << QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VCALENDAR\r\n")
            << QStringLiteral("line 3: END:VCALENDAR with nothing open");
        QByteArray deep("BEGIN:VCALENDAR\r\n");
        for (int i = 0; i < 40; ++i)
            deep += "BEGIN:X-NIDO\r\n";
        QTest::newRow("nested too deep") << deep << QStringLiteral("nested more than 16 deep");
    }

    void refusesDocumentsThatAreNotCalendars()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto result = CalendarImporter().parse(data);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(result.items.isEmpty());
    }

    void refusesDocumentsOverTheSizeLimit()
    {
        CalendarImporter::Options options;
        options.maxBytes = 512;
        const auto result = CalendarImporter(options).parse(fixture("riohondo-agenda.ics"));
        QVERIFY2(result.error.contains(QLatin1StringView("more than the limit of 512")),
                 qPrintable(result.error));
        QVERIFY(result.items.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCalendarImporter)
#include "tst_calendarimporter.moc"
