#include "spanishtokenizer.h"

#include <QtTest>

class TestSpanishTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accent") << QStringLiteral("canción") << QStringLiteral("cancion");
        QTest::newRow("upper case and accent")
            << QStringLiteral("CANCIÓN") << QStringLiteral("cancion");
        QTest::newRow("every vowel")
            << QStringLiteral("ÁÉÍÓÚáéíóú") << QStringLiteral("aeiouaeiou");
        QTest::newRow("ñ kept") << QStringLiteral("año") << QStringLiteral("año");
        QTest::newRow("Ñ lower-cased, tilde kept")
            << QStringLiteral("AÑO") << QStringLiteral("año");
        QTest::newRow("n stays n") << QStringLiteral("ano") << QStringLiteral("ano");
        QTest::newRow("diaeresis") << QStringLiteral("pingüino") << QStringLiteral("pinguino");
        QTest::newRow("upper diaeresis")
            << QStringLiteral("PINGÜINO") << QStringLiteral("pinguino");
        QTest::newRow("decomposed accent")
            << QStringLiteral("cancio\u0301n") << QStringLiteral("cancion");
        QTest::newRow("decomposed ñ") << QStringLiteral("an\u0303o") << QStringLiteral("año");
        QTest::newRow("tilde on another letter goes")
            << QStringLiteral("ão") << QStringLiteral("ao");
        QTest::newRow("other accents on n go") << QStringLiteral("ń") << QStringLiteral("n");
        QTest::newRow("digits") << QStringLiteral("2026") << QStringLiteral("2026");
        QTest::newRow("empty") << QString() << QString();
    }

    void fold()
    {
        QFETCH(QString, word);
        QFETCH(QString, folded);
        QCOMPARE(SpanishTokenizer::fold(word), folded);
    }

    void foldedIsComposed()
    {
        // FTS5 compares bytes: año typed decomposed must give the same bytes as año stored
        // composed.
        QCOMPARE(SpanishTokenizer::fold(u"an\u0303o").toUtf8(), QStringLiteral("año").toUtf8());
        QCOMPARE(SpanishTokenizer::fold(u"año").size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSpanishTokenizer)
#include "tst_spanishtokenizer.moc"
