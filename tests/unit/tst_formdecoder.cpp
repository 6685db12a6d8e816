#include "formdecoder.h"

#include <QtTest>

// application/x-www-form-urlencoded as Open311 clients send it, and what the decoder refuses.
class TestFormDecoder : public QObject
{
    Q_OBJECT

private:
    using Error = FormDecoder::Error;

    static QStringList pairs(const FormDecoder::Result &result)
    {
        QStringList out;
        for (const auto &field : result.fields)
            out.append(field.name + u'=' + field.value);
        return out;
    }

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields"); // name=value, in order

        QTest::newRow("empty") << QByteArray() << QStringList();
        QTest::newRow("one field") << QByteArray("service_code=alumbrado-publico")
                                   << QStringList{QStringLiteral("service_code=alumbrado-publico")};
        QTest::newRow("plus is a space")
            << QByteArray("description=Calle+a+oscuras")
            << QStringList{QStringLiteral("description=Calle a oscuras")};
        QTest::newRow("an escaped plus stays a plus")
            << QByteArray("phone=%2B53+5555") << QStringList{QStringLiteral("phone=+53 5555")};
        QTest::newRow("percent escapes, either case, UTF-8")
            << QByteArray("address_string=Mart%C3%ADn+Mor%c3%BAa+%231%2C+R%C3%ADo+Hondo")
            << QStringList{QStringLiteral("address_string=Martín Morúa #1, Río Hondo")};
        QTest::newRow("escaped brackets in a name")
            << QByteArray("attribute%5Btipo_averia%5D=apagada")
            << QStringList{QStringLiteral("attribute[tipo_averia]=apagada")};
        QTest::newRow("repeated names kept in order")
            << QByteArray("attribute[elemento][]=calzada&attribute[elemento][]=acera")
            << QStringList{QStringLiteral("attribute[elemento][]=calzada"),
                           QStringLiteral("attribute[elemento][]=acera")};
        QTest::newRow("no equals sign is an empty value")
            << QByteArray("flag&x=1")
            << QStringList{QStringLiteral("flag="), QStringLiteral("x=1")};
        QTest::newRow("empty value")
            << QByteArray("email=") << QStringList{QStringLiteral("email=")};
        QTest::newRow("equals sign inside a value")
            << QByteArray("media_url=http://x.example/a?b=c")
            << QStringList{QStringLiteral("media_url=http://x.example/a?b=c")};
        QTest::newRow("empty pairs are skipped")
            << QByteArray("&a=1&&b=2&")
            << QStringList{QStringLiteral("a=1"), QStringLiteral("b=2")};
        QTest::newRow("new lines survive") << QByteArray("description=uno%0D%0Ados")
                                           << QStringList{QStringLiteral("description=uno\r\ndos")};
        QTest::newRow("four-byte UTF-8")
            << QByteArray("d=%F0%9F%9A%A7") << QStringList{QStringLiteral("d=\U0001F6A7")};
    }

    void decodes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        const FormDecoder::Result result = FormDecoder::decode(body);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.message.isEmpty());
        QCOMPARE(pairs(result), fields);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("error");

        QTest::newRow("percent at the end") << QByteArray("a=50%") << int(Error::BadEscape);
        QTest::newRow("percent and one digit") << QByteArray("a=%4") << int(Error::BadEscape);
        QTest::newRow("percent and non-hex") << QByteArray("a=%zz&b=1") << int(Error::BadEscape);
        QTest::newRow("percent in a name") << QByteArray("a%G0=1") << int(Error::BadEscape);
        QTest::newRow("lone continuation byte") << QByteArray("a=%80") << int(Error::NotUtf8);
        QTest::newRow("truncated sequence") << QByteArray("a=%C3") << int(Error::NotUtf8);
        QTest::newRow("overlong slash") << QByteArray("a=%C0%AF") << int(Error::NotUtf8);
        QTest::newRow("encoded surrogate") << QByteArray("a=%ED%A0%80") << int(Error::NotUtf8);
        QTest::newRow("raw Latin-1 byte") << QByteArray("a=caf\xe9") << int(Error::NotUtf8);
        QTest::newRow("NUL in a value") << QByteArray("a=x%00y") << int(Error::NulCharacter);
        QTest::newRow("NUL in a name") << QByteArray("%00=y") << int(Error::NulCharacter);
        QTest::newRow("no name") << QByteArray("=value") << int(Error::EmptyName);
    }

    void refuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, error);
        const FormDecoder::Result result = FormDecoder::decode(body);
        QCOMPARE(int(result.error), error);
        QVERIFY(!result.ok());
        QVERIFY(!result.message.isEmpty());
        // A refusal carries no half-decoded fields for a careless caller to use.
        QVERIFY(result.fields.isEmpty());
    }

    void boundsTheBodyTheFieldsAndTheirSizes()
    {
        FormDecoder::Limits limits;
        limits.maxBodyBytes = 100;
        limits.maxFields = 3;
        limits.maxNameBytes = 8;
        limits.maxValueBytes = 10;

        QCOMPARE(FormDecoder::decode(QByteArray(101, 'a'), limits).error, Error::TooLarge);
        QVERIFY(
            FormDecoder::decode(QByteArray(QByteArray("a=") + QByteArray(10, 'v')), limits).ok());
        QCOMPARE(
            FormDecoder::decode(QByteArray(QByteArray("a=") + QByteArray(11, 'v')), limits).error,
            Error::FieldTooLong);
        // Escapes count by what they decode to: ten escaped bytes fit, eleven do not.
        QVERIFY(FormDecoder::decode(QByteArray(QByteArray("a=") + QByteArray("%41").repeated(10)),
                                    limits)
                    .ok());
        QCOMPARE(FormDecoder::decode(QByteArray(QByteArray("a=") + QByteArray("%41").repeated(11)),
                                     limits)
                     .error,
                 Error::FieldTooLong);
        QVERIFY(FormDecoder::decode(QByteArray(QByteArray(8, 'n') + "=1"), limits).ok());
        QCOMPARE(FormDecoder::decode(QByteArray(QByteArray(9, 'n') + "=1"), limits).error,
                 Error::FieldTooLong);
        QVERIFY(FormDecoder::decode("a=1&b=2&c=3", limits).ok());
        QCOMPARE(FormDecoder::decode("a=1&b=2&c=3&d=4", limits).error, Error::TooManyFields);
        // Empty pairs are not fields and do not count.
        QVERIFY(FormDecoder::decode("a=1&&&&b=2&c=3&", limits).ok());
    }

    void theDefaultLimitsFitAComplaint()
    {
        // A description of 5000 characters, each escaped as three-byte UTF-8.
        const QByteArray description = QByteArray("%C3%B1").repeated(5000);
        const FormDecoder::Result result =
            FormDecoder::decode(QByteArray("api_key=k&description=" + description));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.value(u"description").size(), 5000);
    }

    void looksUpFieldsByName()
    {
        const FormDecoder::Result result =
            FormDecoder::decode("a=1&b=&a=2&attribute%5Bx%5D%5B%5D=3");
        QVERIFY(result.ok());
        QCOMPARE(result.value(u"a"), QStringLiteral("1"));
        QCOMPARE(result.values(u"a"), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(result.contains(u"b"));
        QVERIFY(!result.value(u"b").isNull());
        QVERIFY(result.value(u"b").isEmpty());
        QVERIFY(!result.contains(u"c"));
        QVERIFY(result.value(u"c").isNull());
        QVERIFY(result.values(u"c").isEmpty());
        QCOMPARE(result.values(u"attribute[x][]"), QStringList{QStringLiteral("3")});
    }

    void neverReadsPastTheView()
    {
        // The decoder is meant for a fuzzer: it must honour the view's length, not a NUL.
        const QByteArray buffer("a=%4"
                                "1&b=2");
        const FormDecoder::Result cut = FormDecoder::decode(QByteArrayView(buffer).first(4));
        QCOMPARE(cut.error, Error::BadEscape);
        const FormDecoder::Result whole = FormDecoder::decode(QByteArrayView(buffer).first(5));
        QVERIFY(whole.ok());
        QCOMPARE(whole.value(u"a"), QStringLiteral("A"));
    }
};

QTEST_GUILESS_MAIN(TestFormDecoder)
#include "tst_formdecoder.moc"
