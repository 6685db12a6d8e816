#include "jsonmergepatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// JSON Merge Patch (RFC 7386): each case states the target, the patch and what the rules of
// section 2 make of them.
class TestJsonMergePatch : public QObject
{
    Q_OBJECT

private:
    // JSON written with single quotes for readability; any JSON value, scalars included.
    static QJsonValue json(const char *text)
    {
        QByteArray bytes = QByteArray("[") + text + "]";
        bytes.replace('\'', '"');
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || document.array().size() != 1)
            qFatal("bad JSON in the test: %s", text);
        return document.array().at(0);
    }

    // Object keys come out sorted, so equal values print the same.
    static QByteArray text(const QJsonValue &value)
    {
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    }

    // Every case; with objectsOnly, those whose target and patch are both objects.
    static void addCases(bool objectsOnly)
    {
        QTest::addColumn<QJsonValue>("target");
        QTest::addColumn<QJsonValue>("patch");
        QTest::addColumn<QJsonValue>("expected");
        auto row = [objectsOnly](const char *name, const QJsonValue &target,
                                 const QJsonValue &patch, const QJsonValue &expected) {
            if (!objectsOnly || (target.isObject() && patch.isObject()))
                QTest::newRow(name) << target << patch << expected;
        };

        row("replaces a member", json("{'a': 'b', 'x': 1}"), json("{'a': 'c'}"),
            json("{'a': 'c', 'x': 1}"));
        row("adds a member", json("{'a': 'b'}"), json("{'b': 'c'}"), json("{'a': 'b', 'b': 'c'}"));
        row("null removes a member", json("{'a': 'b', 'b': 'c'}"), json("{'a': null}"),
            json("{'b': 'c'}"));
        row("null for an absent member changes nothing", json("{'a': 'b'}"), json("{'z': null}"),
            json("{'a': 'b'}"));
        row("empty patch changes nothing", json("{'a': 'b', 'n': [1, 2]}"), json("{}"),
            json("{'a': 'b', 'n': [1, 2]}"));
        row("falsy values replace, they do not remove", json("{'a': 'b', 'n': 5, 't': true}"),
            json("{'a': '', 'n': 0, 't': false}"), json("{'a': '', 'n': 0, 't': false}"));
        row("a null already in the target stays", json("{'a': null, 'b': 1}"), json("{'b': 2}"),
            json("{'a': null, 'b': 2}"));
        row("nested objects merge", json("{'a': {'b': 'c', 'd': 'e'}, 'k': 1}"),
            json("{'a': {'d': 'f', 'g': 2}}"), json("{'a': {'b': 'c', 'd': 'f', 'g': 2}, 'k': 1}"));
        row("null removes a nested member", json("{'a': {'b': 'c', 'd': 'e'}}"),
            json("{'a': {'b': null}}"), json("{'a': {'d': 'e'}}"));
        row("three levels deep", json("{'a': {'b': {'c': 1, 'd': 2}, 'e': 3}}"),
            json("{'a': {'b': {'c': 9}}}"), json("{'a': {'b': {'c': 9, 'd': 2}, 'e': 3}}"));
        row("arrays are replaced, not merged", json("{'a': [1, 2, 3]}"), json("{'a': [4]}"),
            json("{'a': [4]}"));
        row("objects inside arrays are not merged", json("{'a': [{'b': 'c', 'x': 1}]}"),
            json("{'a': [{'b': 'd'}]}"), json("{'a': [{'b': 'd'}]}"));
        row("an empty array replaces", json("{'a': [1, 2]}"), json("{'a': []}"), json("{'a': []}"));
        row("an object replaces an array member", json("{'a': [1]}"), json("{'a': {'b': 'c'}}"),
            json("{'a': {'b': 'c'}}"));
        row("an object patch onto a string member starts from an empty object", json("{'a': 'x'}"),
            json("{'a': {'b': null, 'c': 1}}"), json("{'a': {'c': 1}}"));
        row("nulls inside a new member are dropped", json("{}"),
            json("{'a': {'bb': {'ccc': null}}}"), json("{'a': {'bb': {}}}"));
        row("a string replaces an object member", json("{'a': {'b': 1}}"), json("{'a': 'plain'}"),
            json("{'a': 'plain'}"));
        row("an array patch replaces the target", json("{'a': 'b'}"), json("['c']"), json("['c']"));
        row("a string patch replaces the target", json("{'a': 'b'}"), json("'text'"),
            json("'text'"));
        row("a number patch replaces the target", json("{'a': 'b'}"), json("7"), json("7"));
        row("a null patch replaces the target", json("{'a': 'b'}"), json("null"), json("null"));
        row("an object patch onto an array target", json("['a', 'b']"),
            json("{'a': 'b', 'c': null}"), json("{'a': 'b'}"));
        row("an object patch onto a string target", json("'text'"), json("{'a': 1}"),
            json("{'a': 1}"));
        row("an object patch onto a null target", json("null"), json("{'a': {'b': 1}}"),
            json("{'a': {'b': 1}}"));
        row("an array patch onto an array target", json("[1, 2]"), json("[3]"), json("[3]"));
    }

private slots:
    void appliesTheRules_data() { addCases(false); }

    void appliesTheRules()
    {
        QFETCH(QJsonValue, target);
        QFETCH(QJsonValue, patch);
        QFETCH(QJsonValue, expected);
        const QJsonValue result = JsonMergePatch::apply(target, patch);
        QCOMPARE(text(result), text(expected));
        QVERIFY(result == expected);
    }

    void theObjectOverloadAgrees_data() { addCases(true); }

    void theObjectOverloadAgrees()
    {
        QFETCH(QJsonValue, target);
        QFETCH(QJsonValue, patch);
        QFETCH(QJsonValue, expected);
        const QJsonObject result = JsonMergePatch::apply(target.toObject(), patch.toObject());
        QCOMPARE(text(result), text(expected));
    }

    void leavesTheTargetAsItWas()
    {
        const QJsonObject target = json("{'a': {'b': 1, 'c': 2}, 'd': [1]}").toObject();
        const QJsonObject before = target;
        const QJsonObject result =
            JsonMergePatch::apply(target, json("{'a': {'b': null}, 'd': null}").toObject());
        QCOMPARE(text(result), text(json("{'a': {'c': 2}}")));
        QCOMPARE(text(target), text(before));
    }

    void anEditorsUpdateKeepsWhatItDoesNotName()
    {
        const QJsonObject news =
            json("{'title': 'Antes', 'body': 'Texto', 'category': 'cultura', 'author': 'Ana'}")
                .toObject();
        const QJsonObject updated =
            JsonMergePatch::apply(news, json("{'title': 'Después', 'author': null}").toObject());
        QCOMPARE(updated.value(QLatin1StringView("title")).toString(), QStringLiteral("Después"));
        QCOMPARE(updated.value(QLatin1StringView("body")).toString(), QStringLiteral("Texto"));
        QCOMPARE(updated.value(QLatin1StringView("category")).toString(),
                 QStringLiteral("cultura"));
        QVERIFY(!updated.contains(QLatin1StringView("author")));
        QCOMPARE(updated.size(), 3);
    }
};

QTEST_APPLESS_MAIN(TestJsonMergePatch)
#include "tst_jsonmergepatch.moc"
