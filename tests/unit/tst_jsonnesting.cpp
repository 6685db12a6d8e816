#include "jsonnesting.h"

#include <QtTest>

// The scan that refuses deeply nested JSON before a parser sees it.
class TestJsonNesting : public QObject
{
    Q_OBJECT

private slots:
    void depth_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("depth");

        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("number") << QByteArray("42") << 0;
        QTest::newRow("string") << QByteArray("\"hola\"") << 0;
        QTest::newRow("literals") << QByteArray("true false null") << 0;

        QTest::newRow("empty object") << QByteArray("{}") << 1;
        QTest::newRow("empty array") << QByteArray("[]") << 1;
        QTest::newRow("flat object") << QByteArray("{\"a\": 1, \"b\": \"x\", \"c\": null}") << 1;
        QTest::newRow("flat array") << QByteArray("[1, 2, 3, \"x\"]") << 1;
        QTest::newRow("object in object") << QByteArray("{\"a\": {\"b\": 1}}") << 2;
        QTest::newRow("arrays in array") << QByteArray("[[[[]]]]") << 4;
        QTest::newRow("mixed") << QByteArray("{\"a\": [1, {\"b\": [{\"c\": {}}]}]}") << 6;
        QTest::newRow("whitespace") << QByteArray(" \n{ \t[ \r\n { } ] }\n") << 3;
        // The deepest point counts, not the sum of siblings, nor where the text ends.
        QTest::newRow("siblings") << QByteArray("[[], [[]], [], {}]") << 3;
        QTest::newRow("deep then shallow") << QByteArray("[[[1]]], [2]") << 3;
        QTest::newRow("submission") << QByteArray("{\"type\": \"complaint\", \"payload\": "
                                                  "{\"attributes\": {\"tipo\": [\"a\", \"b\"]}, "
                                                  "\"contact\": {\"name\": \"Ana\"}}}")
                                    << 4;

        // Brackets inside strings are text.
        QTest::newRow("brackets in a string") << QByteArray("[\"[[[[{{{{\"]") << 1;
        QTest::newRow("closers in a string") << QByteArray("[[\"]]]]}}}}\", [1]]]") << 3;
        QTest::newRow("brackets in a key") << QByteArray("{\"{[{[\": 1}") << 1;
        // An escaped quote does not end the string ...
        QTest::newRow("escaped quote") << QByteArray("[\"a \\\" [[[[ b\"]") << 1;
        QTest::newRow("escaped quotes") << QByteArray("{\"k\": \"\\\"{\\\"\", \"j\": 1}") << 1;
        // ... but an escaped backslash before a quote does: what follows is outside again.
        QTest::newRow("escaped backslash")
            << QByteArray("[\"dir\\\\\", [[1]], \"\\\\\\\"[[[\"]") << 3;
        QTest::newRow("unicode escape") << QByteArray("[\"\\u005b\\u005b\", [2]]") << 2;
        QTest::newRow("utf-8 text") << QByteArray("{\"título\": [\"número ñ [\"]}") << 2;

        // Unbalanced or broken input: counted as far as it goes, never negative.
        QTest::newRow("only closers") << QByteArray("]]]}}}") << 0;
        QTest::newRow("closers first") << QByteArray("]]}[[") << 2;
        QTest::newRow("never closed") << QByteArray("[[[{") << 4;
        QTest::newRow("unterminated string") << QByteArray("[\"[[[[") << 1;
        QTest::newRow("ends on a backslash") << QByteArray("[[\"abc\\") << 2;
        QTest::newRow("mismatched") << QByteArray("[{]}[{]}") << 2;
        QTest::newRow("NUL bytes") << QByteArray("[\0[\0]\0]", 7) << 2;
        QTest::newRow("not UTF-8") << QByteArray("[\xff\xfe[\x80\"\xc3\"]]") << 2;
    }

    void depth()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, depth);
        QCOMPARE(JsonNesting::depth(json, 1000), depth);
    }

    void stopsOnceTooDeep()
    {
        // A hostile body: a million openers. The scan stops at stopAbove + 1.
        const QByteArray hostile(1000000, '[');
        QCOMPARE(JsonNesting::depth(hostile, 32), 33);
        QCOMPARE(JsonNesting::depth(hostile, 8), 9);
        QCOMPARE(JsonNesting::depth(hostile, 0), 1);
        // The early return is still the truth about the limit: over it.
        const QByteArray nine = QByteArray(9, '[') + QByteArray(9, ']');
        QVERIFY(JsonNesting::depth(nine, 8) > 8);
        const QByteArray eight = QByteArray(8, '{') + QByteArray(8, '}');
        QCOMPARE(JsonNesting::depth(eight, 8), 8);
        // Without a limit in reach, the whole text is scanned.
        QCOMPARE(JsonNesting::depth(hostile, 2000000), 1000000);
    }
};

QTEST_APPLESS_MAIN(TestJsonNesting)
#include "tst_jsonnesting.moc"
