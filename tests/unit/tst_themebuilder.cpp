#include "colorcontrast.h"
#include "themebuilder.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>
#include <cmath>

namespace {

QString readTheme()
{
    QFile file(QStringLiteral(MK_DEFAULT_THEME));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString withoutComments(QString qss)
{
    static const QRegularExpression comment(QStringLiteral(R"(/\*.*?\*/)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return qss.remove(comment);
}

struct Rule
{
    QString selector;
    QHash<QString, QString> values; // property -> value, the last one written
};

// The test reads the style sheet on its own, so that a fault in the builder's reading of it
// cannot hide a colour from the test.
QList<Rule> rules(const QString &qss)
{
    static const QRegularExpression rule(QStringLiteral(R"(([^{}]+)\{([^}]*)\})"));
    QList<Rule> found;
    QRegularExpressionMatchIterator it = rule.globalMatch(withoutComments(qss));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        Rule each{match.captured(1).simplified(), {}};
        const QStringList declarations = match.captured(2).split(QLatin1Char(';'));
        for (const QString &declaration : declarations) {
            const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
            if (colon > 0)
                each.values.insert(declaration.left(colon).trimmed().toLower(),
                                   declaration.mid(colon + 1).trimmed());
        }
        found.append(each);
    }
    return found;
}

// Every colour written in a rule's values: #hex, rgb()/rgba() and colour names.
QStringList colourLiterals(const QString &qss)
{
    static const QRegularExpression literal(
        QStringLiteral(R"(#[0-9a-fA-F]{3,8}\b|\brgba?\([^)]*\)|\b[a-zA-Z]+\b)"));
    QStringList found;
    for (const Rule &rule : rules(qss)) {
        for (auto it = rule.values.cbegin(); it != rule.values.cend(); ++it) {
            if (it.key() == QLatin1String("font-family"))
                continue;
            QRegularExpressionMatchIterator match = literal.globalMatch(it.value());
            while (match.hasNext()) {
                const QString text = match.next().captured();
                if (text.at(0).isLetter() && !text.startsWith(QLatin1String("rgb")) &&
                    !QColor::isValidColorName(text))
                    continue;
                found.append(text);
            }
        }
    }
    return found;
}

QColor colourOf(const QString &literal)
{
    if (literal.startsWith(QLatin1String("rgb"))) {
        const QString inside = literal.section(QLatin1Char('('), 1).chopped(1);
        const QStringList parts = inside.split(QLatin1Char(','));
        return QColor(parts.at(0).trimmed().toInt(), parts.at(1).trimmed().toInt(),
                      parts.at(2).trimmed().toInt());
    }
    return QColor::fromString(literal);
}

// The colour a `background` value paints, invalid for none (transparent, a gradient...).
QColor backgroundOf(const Rule &rule)
{
    QString value = rule.values.value(QStringLiteral("background-color"));
    if (value.isEmpty())
        value = rule.values.value(QStringLiteral("background"));
    const QColor colour =
        value.isEmpty() ? QColor() : colourOf(value.section(QLatin1Char(' '), 0, 0));
    return colour.isValid() && colour.alpha() == 255 ? colour : QColor();
}

} // namespace

class TestThemeBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_base = readTheme();
        QVERIFY2(!m_base.isEmpty(), MK_DEFAULT_THEME);
        QVERIFY(m_base.contains(QLatin1String("font-size")));
    }

    void bothOffIsTheDefaultTheme() { QCOMPARE(ThemeBuilder::build(m_base, false, false), m_base); }

    // A colour added to the default theme must be given its high-contrast partner.
    void everyColourOfTheDefaultThemeHasAHighContrastPartner()
    {
        const QStringList literals = colourLiterals(m_base);
        QVERIFY(literals.size() > 20);
        for (const QString &literal : literals) {
            const QColor colour = colourOf(literal);
            QVERIFY2(colour.isValid(), qPrintable(literal));
            if (colour.alpha() == 0)
                continue; // transparent
            QVERIFY2(ThemeBuilder::highContrastColor(colour).isValid(),
                     qPrintable(QStringLiteral("no high-contrast colour for ") + literal));
        }
    }

    void highContrastLeavesNoColourOfTheDefault()
    {
        QSet<QRgb> palette;
        for (const QString &literal : colourLiterals(m_base)) {
            const QColor colour = colourOf(literal);
            if (colour.alpha() == 255)
                palette.insert(ThemeBuilder::highContrastColor(colour).rgb());
        }
        const QString built = ThemeBuilder::build(m_base, true, false);
        for (const QString &literal : colourLiterals(built)) {
            const QColor colour = colourOf(literal);
            if (colour.alpha() == 0)
                continue;
            // The few colours high contrast adds itself are of its own palette too.
            const bool own = palette.contains(colour.rgb()) ||
                             QStringList{QStringLiteral("#bfbfbf"), QStringLiteral("#ffd700"),
                                         QStringLiteral("#000000")}
                                 .contains(colour.name());
            QVERIFY2(own, qPrintable(literal));
        }
    }

    void highContrastTextReadsAtSevenToOne()
    {
        const QString built = ThemeBuilder::build(m_base, true, false);
        int checked = 0;
        for (const Rule &rule : rules(built)) {
            if (!rule.values.contains(QStringLiteral("color")))
                continue;
            const QColor background = backgroundOf(rule);
            if (!background.isValid())
                continue;
            const QColor text = colourOf(rule.values.value(QStringLiteral("color")));
            const double ratio = ColorContrast::ratio(text, background);
            QVERIFY2(ratio >= 7.0,
                     qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                    .arg(rule.selector, text.name(), background.name())
                                    .arg(ratio, 0, 'f', 2)));
            ++checked;
        }
        QVERIFY2(checked >= 10, "too few rules with both a text and a background colour");
        // The default theme's body text and window really are turned around.
        QVERIFY(built.contains(QLatin1String("color: #ffffff")));
        QVERIFY(!built.contains(QLatin1String("#f4f6f8")));
    }

    void highContrastWidensHairlineBorders()
    {
        const QString built = ThemeBuilder::build(
            QStringLiteral("QPushButton[card=\"true\"] { border: 1px solid #d5dde4; "
                           "border-radius: 1px; padding: 1px; }"),
            true, false);
        QCOMPARE(built.section(QLatin1Char('}'), 0, 0) + QLatin1Char('}'),
                 QStringLiteral("QPushButton[card=\"true\"] { border: 2px solid #ffffff; "
                                "border-radius: 1px; padding: 1px; }"));
        const QString theme = withoutComments(ThemeBuilder::build(m_base, true, false));
        QVERIFY(!theme.contains(QRegularExpression(QStringLiteral(R"(border[a-z-]*:\s*1px)"))));
    }

    void highContrastReadsEveryWayOfWritingAColour()
    {
        const QString built = ThemeBuilder::build(
            QStringLiteral("QLabel#faded { color: rgba(27, 38, 49, 128); background: white; "
                           "border: 2px solid #FFF; selection-background-color: rgb(11,122,117); "
                           "background-color: transparent; }"),
            true, false);
        // The selector is left alone; #faded is a name, not a colour.
        QVERIFY(built.startsWith(QLatin1String("QLabel#faded {")));
        QVERIFY2(built.contains(QLatin1String("color: rgba(255, 255, 255, 128)")),
                 qPrintable(built));
        QVERIFY(built.contains(QLatin1String("background: #000000")));
        QVERIFY(built.contains(QLatin1String("border: 2px solid #000000")));
        QVERIFY(built.contains(QLatin1String("selection-background-color: #ffd700")));
        QVERIFY(built.contains(QLatin1String("background-color: transparent")));
    }

    void anUnknownColourStillReads()
    {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no mapping for \"#123456\"")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no mapping for \"#eeeeee\"")));
        const QString built = ThemeBuilder::build(
            QStringLiteral("QLabel { color: #123456; background: #eeeeee; }"), true, false);
        QVERIFY(built.startsWith(QLatin1String("QLabel { color: #ffffff; background: #000000; }")));
    }

    void largeTextScalesEveryFontSizeAndNothingElse()
    {
        const QString built = ThemeBuilder::build(m_base, false, true);
        // What it must be: the default with each font size times 1.3, rounded, and not one
        // other character changed.
        static const QRegularExpression fontSize(QStringLiteral(R"(font-size:(\s*)(\d+)px)"));
        QString expected;
        qsizetype last = 0;
        int sizes = 0;
        QRegularExpressionMatchIterator it = fontSize.globalMatch(m_base);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            expected += m_base.mid(last, match.capturedStart() - last);
            expected += QStringLiteral("font-size:%1%2px")
                            .arg(match.captured(1))
                            .arg(std::lround(match.captured(2).toInt() * 1.3));
            last = match.capturedEnd();
            ++sizes;
        }
        expected += m_base.mid(last);
        QVERIFY(sizes >= 20);
        QCOMPARE(built, expected);
        QVERIFY(built.contains(QLatin1String("font-size: 29px"))); // the base 22 px
    }

    void largeTextScalesShorthandsAndPoints()
    {
        QCOMPARE(ThemeBuilder::build(QStringLiteral("QLabel { font: bold 20px; min-height: 20px; "
                                                    "letter-spacing: 4px; }\n"
                                                    "QToolTip { font-size: 10pt; }"),
                                     false, true),
                 QStringLiteral("QLabel { font: bold 26px; min-height: 20px; "
                                "letter-spacing: 4px; }\nQToolTip { font-size: 13pt; }"));
    }

    void commentsAreLeftAlone()
    {
        const QString qss = QStringLiteral("/* 22 px text, #ffffff cards */\nQLabel {\n"
                                           "    /* Colour only: 20px */\n    color: #ffffff;\n"
                                           "    font-size: 20px;\n}\n");
        QCOMPARE(ThemeBuilder::build(qss, true, true).section(QLatin1String("\n/* High"), 0, 0),
                 QStringLiteral("/* 22 px text, #ffffff cards */\nQLabel {\n"
                                "    /* Colour only: 20px */\n    color: #000000;\n"
                                "    font-size: 26px;\n}\n"));
    }

    void bothTogether()
    {
        const QString built = ThemeBuilder::build(m_base, true, true);
        QVERIFY(built.contains(QLatin1String("font-size: 29px")));
        QVERIFY(built.contains(QLatin1String("background: #ffd700")));
        QVERIFY(!built.contains(QLatin1String("#0b7a75")));
    }

    void theHighContrastPaletteIsBlackWhiteAndYellow()
    {
        const QPalette palette = ThemeBuilder::highContrastPalette();
        QCOMPARE(palette.color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(palette.color(QPalette::Window), QColor(Qt::black));
        QVERIFY(ColorContrast::ratio(palette.color(QPalette::Text),
                                     palette.color(QPalette::Base)) >= 7);
        QVERIFY(ColorContrast::ratio(palette.color(QPalette::HighlightedText),
                                     palette.color(QPalette::Highlight)) >= 7);
        QVERIFY(ColorContrast::ratio(palette.color(QPalette::PlaceholderText),
                                     palette.color(QPalette::Base)) >= 7);
    }

    void contrastFollowsWcag()
    {
        QCOMPARE(qRound(ColorContrast::ratio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(ColorContrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        QCOMPARE(ColorContrast::textOn(QColor(0xff, 0xd7, 0x00)), QColor(Qt::black));
        QCOMPARE(ColorContrast::textOn(QColor(0x0b, 0x4f, 0x6c)), QColor(Qt::white));
        const QColor lifted =
            ColorContrast::atLeast(QColor(0x5d, 0x6d, 0x7e), Qt::black, 7.0, Qt::white);
        QVERIFY(ColorContrast::ratio(lifted, Qt::black) >= 7.0);
        QVERIFY(lifted != QColor(Qt::white)); // moved just far enough
    }

private:
    QString m_base;
};

QTEST_GUILESS_MAIN(TestThemeBuilder)
#include "tst_themebuilder.moc"
