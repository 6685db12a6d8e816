#include "qrcode.h"
#include "takehomelink.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <climits>

class TestQrCode : public QObject
{
    Q_OBJECT

    // The test trusts an independent decoder, not libqrencode reading its own output.
    static QString zbarimg() { return QStandardPaths::findExecutable(QStringLiteral("zbarimg")); }

    static QByteArray decode(const QImage &image, const QString &zbarimgPath)
    {
        QTemporaryDir dir;
        if (!dir.isValid())
            return QByteArrayLiteral("<no temporary dir>");
        const QString file = dir.filePath(QStringLiteral("code.png"));
        if (!image.save(file, "PNG"))
            return QByteArrayLiteral("<could not save PNG>");
        QProcess process;
        process.start(zbarimgPath, {QStringLiteral("--quiet"), QStringLiteral("--raw"), file});
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return "<zbarimg failed: " + process.readAllStandardError() + '>';
        QByteArray out = process.readAllStandardOutput();
        // --raw still ends each symbol with a newline, which is not part of the data.
        if (out.endsWith('\n'))
            out.chop(1);
        return out;
    }

private slots:
    void initTestCase()
    {
        if (zbarimg().isEmpty())
            QFAIL("zbarimg not found: install zbar-tools (scripts/install-deps.sh test); the QR "
                  "tests must decode with it and are never skipped");
    }

    void phoneReadsBackExactlyTheBytesGiven_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("level");
        QTest::newRow("spanish url") << QStringLiteral("https://riohondo.example/eventos/"
                                                       "año-nuevo?título=Peña flamenca en la "
                                                       "plaza de Castilla-León")
                                            .toUtf8()
                                     << int(QrCode::Medium);
        QTest::newRow("accents, low")
            << QStringLiteral("Información: ¿Dónde está el camión? ÁÉÍÓÚÜÑ áéíóúüñ").toUtf8()
            << int(QrCode::Low);
        QTest::newRow("receipt link, high")
            << TakeHomeLink::forReceipt(QUrl(QStringLiteral("https://riohondo.example/kiosko/")),
                                        QStringLiteral("MUN-2026-000001"))
                   .toEncoded()
            << int(QrCode::High);
        QTest::newRow("item link with ñ in the id")
            << TakeHomeLink::forItem(QUrl(QStringLiteral("https://riohondo.example")),
                                     Collection::Events,
                                     QStringLiteral("fiesta-de-la-vendimia-señorío"))
                   .toEncoded()
            << int(QrCode::Quartile);
    }

    void phoneReadsBackExactlyTheBytesGiven()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, level);
        const auto code = QrCode::encode(data, QrCode::ErrorCorrection(level));
        QVERIFY(code);
        const QImage image = code->toImage(6);
        QVERIFY(!image.isNull());
        QCOMPARE(decode(image, zbarimg()), data);
    }

    void imageIsCrispBlackOnWhiteWithAWhiteQuietZone()
    {
        const auto code = QrCode::encode("https://riohondo.example/news/n-1");
        QVERIFY(code);
        const int scale = 5;
        const int quiet = 4;
        const QImage image = code->toImage(scale, quiet);
        QCOMPARE(image.width(), (code->size() + 2 * quiet) * scale);
        QCOMPARE(image.height(), image.width());

        const int border = quiet * scale;
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int grey = qGray(image.pixel(x, y));
                QVERIFY2(grey == 0 || grey == 255, "a grey pixel: the image was smoothed");
                const bool inQuietZone = x < border || y < border || x >= image.width() - border ||
                                         y >= image.height() - border;
                if (inQuietZone)
                    QVERIFY2(grey == 255, "the quiet zone must be white");
                else
                    QCOMPARE(grey == 0, code->isDark((x - border) / scale, (y - border) / scale));
                dark += grey == 0 ? 1 : 0;
            }
        }
        QVERIFY(dark > 0);
        // The top-left finder pattern starts with a dark module right inside the quiet zone.
        QVERIFY(code->isDark(0, 0));
        QCOMPARE(qGray(image.pixel(border, border)), 0);
    }

    void noQuietZoneIsAllowedForScreensThatDrawTheirOwn()
    {
        const auto code = QrCode::encode("x");
        QVERIFY(code);
        const QImage image = code->toImage(1, 0);
        QCOMPARE(image.width(), code->size());
        QCOMPARE(qGray(image.pixel(0, 0)), 0);
    }

    void sizeGrowsWithContent()
    {
        const auto tiny = QrCode::encode("a");
        QVERIFY(tiny);
        QCOMPARE(tiny->size(), 21); // version 1
        int previous = tiny->size();
        for (const int length : {20, 60, 120, 300, 1000, 2331}) {
            const auto code = QrCode::encode(QByteArray(length, 'a'));
            QVERIFY2(code, qPrintable(QStringLiteral("length %1 refused").arg(length)));
            QVERIFY2(code->size() > previous, qPrintable(QStringLiteral("length %1").arg(length)));
            QCOMPARE((code->size() - 17) % 4, 0); // sides are 4 * version + 17
            previous = code->size();
        }
        QCOMPARE(previous, 177); // version 40, the largest
        const auto sameDataMoreCorrection = QrCode::encode(QByteArray(100, 'a'), QrCode::High);
        QVERIFY(sameDataMoreCorrection);
        QVERIFY(sameDataMoreCorrection->size() > QrCode::encode(QByteArray(100, 'a'))->size());
    }

    void refusesWhatNoQrCodeHolds()
    {
        QVERIFY(!QrCode::encode({}));
        // 2331 bytes is the 8-bit capacity of version 40 at Medium; 2953 at Low.
        QVERIFY(QrCode::encode(QByteArray(2331, 'a')));
        QVERIFY(!QrCode::encode(QByteArray(2332, 'a')));
        QVERIFY(!QrCode::encode(QByteArray(1274, 'a'), QrCode::High));
        QVERIFY(QrCode::encode(QByteArray(2953, 'a'), QrCode::Low));
        QVERIFY(!QrCode::encode(QByteArray(2954, 'a'), QrCode::Low));
        QVERIFY(!QrCode::encode(QByteArray(100000, 'a'), QrCode::Low));
        // Text that is not ASCII carries a 12-bit UTF-8 marker (ECI): 2330 bytes at most.
        const QByteArray enye = QStringLiteral("ñ").toUtf8();
        QVERIFY(QrCode::encode(QByteArray(2328, 'a') + enye));
        QVERIFY(!QrCode::encode(QByteArray(2329, 'a') + enye));
    }

    void isDarkOutsideTheSymbolIsLight()
    {
        const auto code = QrCode::encode("https://riohondo.example");
        QVERIFY(code);
        const int n = code->size();
        for (const auto &[x, y] : std::initializer_list<std::pair<int, int>>{{-1, 0},
                                                                             {0, -1},
                                                                             {n, 0},
                                                                             {0, n},
                                                                             {n, n},
                                                                             {INT_MIN, INT_MIN},
                                                                             {INT_MAX, 0},
                                                                             {0, INT_MAX},
                                                                             {INT_MAX, INT_MAX}})
            QVERIFY2(!code->isDark(x, y), qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
        QVERIFY(code->isDark(n - 1, 0)); // the top-right finder pattern
    }

    void refusesImpossibleImages()
    {
        const auto code = QrCode::encode("x");
        QVERIFY(code);
        QVERIFY(code->toImage(0).isNull());
        QVERIFY(code->toImage(-3).isNull());
        QVERIFY(code->toImage(4, -1).isNull());
        QVERIFY(code->toImage(INT_MAX).isNull());
        QVERIFY(code->toImage(4, INT_MAX).isNull());
    }

    void svgHasOneSquarePerDarkModule()
    {
        const auto code = QrCode::encode("https://riohondo.example/seguimiento/MUN-2026-000001");
        QVERIFY(code);
        const QString svg = code->toSvg(4);
        const int side = code->size() + 8;
        QVERIFY(svg.startsWith(QStringLiteral("<svg ")));
        QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 %1 %1\"").arg(side)));
        QVERIFY(svg.contains(QStringLiteral("crispEdges")));

        int darkInSvg = 0;
        static const QRegularExpression run(QStringLiteral("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z"));
        auto it = run.globalMatch(svg);
        while (it.hasNext()) {
            const auto match = it.next();
            const int x = match.captured(1).toInt() - 4;
            const int y = match.captured(2).toInt() - 4;
            const int width = match.captured(3).toInt();
            for (int i = 0; i < width; ++i)
                QVERIFY(code->isDark(x + i, y));
            darkInSvg += width;
        }
        int dark = 0;
        for (int y = 0; y < code->size(); ++y)
            for (int x = 0; x < code->size(); ++x)
                dark += code->isDark(x, y) ? 1 : 0;
        QCOMPARE(darkInSvg, dark);
    }

    void takeHomeLinkEncodesEachSegmentWhole_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<QByteArray>("receipt");
        QTest::newRow("plain") << QStringLiteral("https://riohondo.example")
                               << QStringLiteral("MUN-2026-000001")
                               << QByteArray("https://riohondo.example/news/MUN-2026-000001")
                               << QByteArray(
                                      "https://riohondo.example/seguimiento/MUN-2026-000001");
        QTest::newRow("root slash")
            << QStringLiteral("https://riohondo.example/") << QStringLiteral("n-1")
            << QByteArray("https://riohondo.example/news/n-1")
            << QByteArray("https://riohondo.example/seguimiento/n-1");
        QTest::newRow("base with a path, query and fragment")
            << QStringLiteral("https://www.riohondo.example/sede/kiosko/?lang=es#top")
            << QStringLiteral("n-1")
            << QByteArray("https://www.riohondo.example/sede/kiosko/news/n-1")
            << QByteArray("https://www.riohondo.example/sede/kiosko/seguimiento/n-1");
        QTest::newRow("slash and space")
            << QStringLiteral("https://riohondo.example") << QStringLiteral("2026/03 pleno")
            << QByteArray("https://riohondo.example/news/2026%2F03%20pleno")
            << QByteArray("https://riohondo.example/seguimiento/2026%2F03%20pleno");
        QTest::newRow("query, fragment and percent")
            << QStringLiteral("https://riohondo.example") << QStringLiteral("a?b=c#d%20e")
            << QByteArray("https://riohondo.example/news/a%3Fb%3Dc%23d%2520e")
            << QByteArray("https://riohondo.example/seguimiento/a%3Fb%3Dc%23d%2520e");
        QTest::newRow("spanish letters")
            << QStringLiteral("https://riohondo.example") << QStringLiteral("peña-añil-ÁÉ")
            << QByteArray("https://riohondo.example/news/pe%C3%B1a-a%C3%B1il-%C3%81%C3%89")
            << QByteArray("https://riohondo.example/seguimiento/pe%C3%B1a-a%C3%B1il-%C3%81%C3%89");
        QTest::newRow("dot segments stay literal")
            << QStringLiteral("http://riohondo.example:8080") << QStringLiteral("..")
            << QByteArray("http://riohondo.example:8080/news/..")
            << QByteArray("http://riohondo.example:8080/seguimiento/..");
    }

    void takeHomeLinkEncodesEachSegmentWhole()
    {
        QFETCH(QString, base);
        QFETCH(QString, id);
        QFETCH(QByteArray, item);
        QFETCH(QByteArray, receipt);
        const QUrl itemUrl = TakeHomeLink::forItem(QUrl(base), Collection::News, id);
        const QUrl receiptUrl = TakeHomeLink::forReceipt(QUrl(base), id);
        QVERIFY(itemUrl.isValid());
        QVERIFY(receiptUrl.isValid());
        QCOMPARE(itemUrl.toEncoded(), item);
        QCOMPARE(receiptUrl.toEncoded(), receipt);
        // What the phone parses must give back the same id as the last segment.
        const QStringList segments =
            QUrl::fromEncoded(item).path(QUrl::FullyEncoded).split(QLatin1Char('/'));
        QCOMPARE(QUrl::fromPercentEncoding(segments.last().toLatin1()), id);
    }

    void takeHomeLinkUsesTheWireNameOfTheCollection()
    {
        const QUrl base(QStringLiteral("https://riohondo.example"));
        QCOMPARE(
            TakeHomeLink::forItem(base, Collection::ForumTopics, QStringLiteral("t1")).toEncoded(),
            QByteArray("https://riohondo.example/forum_topics/t1"));
        QCOMPARE(TakeHomeLink::forItem(base, Collection::Events, QStringLiteral("e1")).toEncoded(),
                 QByteArray("https://riohondo.example/events/e1"));
    }

    void takeHomeLinkRefusesWhatWouldOpenNothing()
    {
        const QString ref = QStringLiteral("MUN-2026-000001");
        QVERIFY(!TakeHomeLink::forReceipt(QUrl(), ref).isValid());
        QVERIFY(!TakeHomeLink::forReceipt(QUrl(QStringLiteral("riohondo.example")), ref).isValid());
        QVERIFY(!TakeHomeLink::forReceipt(QUrl(QStringLiteral("/sede/kiosko")), ref).isValid());
        QVERIFY(!TakeHomeLink::forReceipt(QUrl(QStringLiteral("ftp://riohondo.example")), ref)
                     .isValid());
        QVERIFY(!TakeHomeLink::forReceipt(QUrl(QStringLiteral("file:///etc")), ref).isValid());
        QVERIFY(!TakeHomeLink::forReceipt(QUrl(QStringLiteral("https://riohondo.example")), {})
                     .isValid());
        QVERIFY(!TakeHomeLink::forItem(QUrl(QStringLiteral("https://riohondo.example")),
                                       Collection::News, QString())
                     .isValid());
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
