#include "htmltext.h"

#include <QTextDocument>
#include <QtTest>

// Server text on its way into the readers' HTML: only ever text, and breakable.
class TestHtmlText : public QObject
{
    Q_OBJECT

private:
    static int longestRun(const QString &text)
    {
        int longest = 0;
        int run = 0;
        for (const QChar c : text) {
            run = (c.isSpace() || c == QChar(0x200B)) ? 0 : run + 1;
            longest = std::max(longest, run);
        }
        return longest;
    }

private slots:
    void markupStaysText()
    {
        const QString hostile = QStringLiteral("<img src=\"file:///etc/passwd\"> & <b>x</b>");
        QTextDocument document;
        document.setHtml(HtmlText::escaped(hostile));
        QCOMPARE(document.toPlainText(), hostile);
    }

    void aLongRunGetsPlacesToBreakAndReadsTheSame()
    {
        // Ampersands in the run: the breaks go in before escaping, never inside an entity.
        const QString run = QString(QStringLiteral("a&<")).repeated(1000);
        const QString html = HtmlText::escaped(run);
        QTextDocument document;
        document.setHtml(html);
        QString shown = document.toPlainText();
        shown.remove(QChar(0x200B));
        QCOMPARE(shown, run);
        QVERIFY(longestRun(HtmlText::breakable(run)) <= HtmlText::kMaxRun);
        // Ordinary words are left as they are.
        const QString words = QStringLiteral("Los «Guardianes del río» vigilan la salud del río");
        QCOMPARE(HtmlText::breakable(words), words);
    }

    void neverSplitsACharacterOrItsAccent()
    {
        // 🇨 is two UTF-16 units; "e" + U+0301 is one letter with its accent.
        const QString flags = QString(QStringLiteral("🇨🇺")).repeated(100);
        const QString accents = QString(QStringLiteral("e\u0301")).repeated(100);
        for (const QString &text : {flags, accents}) {
            const QString broken = HtmlText::breakable(text);
            QVERIFY(broken.size() > text.size());
            for (qsizetype i = 0; i + 1 < broken.size(); ++i) {
                if (broken.at(i + 1) != QChar(0x200B))
                    continue;
                QVERIFY(!broken.at(i).isHighSurrogate());
            }
            for (qsizetype i = 1; i < broken.size(); ++i) {
                if (broken.at(i - 1) == QChar(0x200B))
                    QVERIFY(!broken.at(i).isMark() && !broken.at(i).isLowSurrogate());
            }
            QCOMPARE(QString(broken).remove(QChar(0x200B)), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
