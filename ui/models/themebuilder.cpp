#include "themebuilder.h"

#include "colorcontrast.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <cmath>

Q_LOGGING_CATEGORY(lcTheme, "kiosk.theme")

namespace {

// Every colour of default.qss, and what it becomes in high contrast. One table, so that a
// colour means the same everywhere: surfaces go black, text white, the teal accent yellow (and
// the white text on it black); pale tints become very dark ones of the same meaning.
const QHash<QRgb, QRgb> &highContrastTable()
{
    static const QHash<QRgb, QRgb> table{
        // Surfaces and text
        {0xffffffff, 0xff000000}, // white cards, lists, fields; white text on the accent
        {0xfff4f6f8, 0xff000000}, // the window
        {0xff1b2631, 0xffffffff}, // body text
        {0xff0b4f6c, 0xffffffff}, // headings, outlines, the Back button
        {0xff34495e, 0xffffffff}, // step labels, messages
        {0xff4d5d6b, 0xffd9d9d9}, // secondary text
        {0xff1d5c3a, 0xffffffff}, // "fresh" and "saved" text
        // The accent and its states
        {0xff0b7a75, 0xffffd700}, // actions, checked buttons, the selection, a field's focus
        {0xff0a5f5b, 0xffc8a600}, // an action being pressed
        {0xff083a50, 0xffbfbfbf}, // Back being pressed
        {0xffe6f2f1, 0xff3d3300}, // a card being pressed
        {0xff111111, 0xffffd700}, // keyboard focus
        // Edges
        {0xffb8c2cc, 0xffffffff}, // field borders, scroll bar handles
        {0xffc4d0d9, 0xffffffff}, // chip borders
        {0xffd5dde4, 0xffffffff}, // card and navigation borders
        {0xffe5e8eb, 0xffa6a6a6}, // separators between list entries
        // Notices, badges and states
        {0xffa61b1b, 0xffff9999}, // problems
        {0xffd6eadf, 0xff002b12}, // "fresh" badge
        {0xfffbe3c6, 0xff3d2000}, // "offline" badge
        {0xff7a4100, 0xffffd700}, // "offline" text
        {0xfffff4d6, 0xff332b00}, // notices
        {0xffe0a800, 0xffffd700}, // a notice's edge
        {0xffe3e8ec, 0xff333333}, // a progress bar's track
        {0xffdfe4e8, 0xff000000}, // a disabled button
        {0xff6b7a86, 0xffbfbfbf}, // a disabled button's text
        {0xff7f8c8d, 0xff333333}, // behind PDF pages
    };
    return table;
}

// What high contrast adds to the mapped default, written in its own colours: a disabled button
// keeps an edge; keyboard focus on a yellow button cannot be a yellow ring, so a focused button
// turns black with a yellow ring and yellow text; lists select in yellow (painted list entries
// and progress bars take the selection colours from the palette); radio buttons and check boxes
// get white rims, which the style would draw black on black.
const char kHighContrastRules[] = R"(
/* High contrast */
QPushButton:disabled {
    border: 2px dashed #bfbfbf;
}
QPushButton[keyboardFocus="true"], QToolButton[keyboardFocus="true"],
QPushButton[chip="true"]:checked[keyboardFocus="true"],
QWidget#navigation QToolButton:checked[keyboardFocus="true"] {
    color: #ffd700;
    background: #000000;
    border: 3px solid #ffd700;
}
QListView, QTreeView {
    selection-background-color: #ffd700;
    selection-color: #000000;
}
QRadioButton::indicator, QCheckBox::indicator {
    background: #000000;
    border: 3px solid #ffffff;
}
QRadioButton::indicator {
    border-radius: 17px;
}
QCheckBox::indicator {
    border-radius: 6px;
}
QRadioButton::indicator:checked {
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
                                stop: 0 #ffd700, stop: 0.55 #ffd700, stop: 0.6 #000000,
                                stop: 1 #000000);
}
QCheckBox::indicator:checked {
    background: #ffd700;
}
)";

bool isColourProperty(const QString &property)
{
    return property.contains(QLatin1String("color")) ||
           property.startsWith(QLatin1String("background")) ||
           (property.startsWith(QLatin1String("border")) &&
            !property.startsWith(QLatin1String("border-radius"))) ||
           property.startsWith(QLatin1String("outline"));
}

const QRegularExpression &colourPattern()
{
    // #rgb, #rrggbb, #aarrggbb; rgb()/rgba(); a word (a colour name if QColor knows it).
    static const QRegularExpression pattern(
        QStringLiteral(R"(#[0-9a-fA-F]{3,8}\b|\brgba?\([^)]*\)|\b[a-zA-Z]+\b)"));
    return pattern;
}

QColor parseColour(const QString &literal)
{
    if (literal.startsWith(QLatin1String("rgb"))) {
        const qsizetype open = literal.indexOf(QLatin1Char('('));
        const QStringList parts =
            literal.mid(open + 1, literal.size() - open - 2).split(QLatin1Char(','));
        if (parts.size() < 3)
            return {};
        const auto channel = [](const QString &part) {
            const QString text = part.trimmed();
            return text.endsWith(QLatin1Char('%')) ? qRound(text.chopped(1).toDouble() * 2.55)
                                                   : text.toInt();
        };
        QColor colour(channel(parts.at(0)), channel(parts.at(1)), channel(parts.at(2)));
        if (parts.size() > 3) {
            const QString alpha = parts.at(3).trimmed();
            // Qt's style sheets take the alpha as 0-255; a fraction is read as CSS means it.
            colour.setAlpha(alpha.contains(QLatin1Char('.')) ? qRound(alpha.toDouble() * 255)
                                                             : alpha.toInt());
        }
        return colour;
    }
    if (literal.at(0).isLetter() && !QColor::isValidColorName(literal))
        return {};
    return QColor::fromString(literal);
}

QString writeColour(const QColor &colour, const QString &asWritten)
{
    if (colour.alpha() == 255)
        return colour.name(QColor::HexRgb);
    if (asWritten.startsWith(QLatin1String("rgba")) && asWritten.contains(QLatin1Char('.')))
        return QStringLiteral("rgba(%1, %2, %3, %4)")
            .arg(colour.red())
            .arg(colour.green())
            .arg(colour.blue())
            .arg(QString::number(colour.alphaF(), 'g', 3));
    return QStringLiteral("rgba(%1, %2, %3, %4)")
        .arg(colour.red())
        .arg(colour.green())
        .arg(colour.blue())
        .arg(colour.alpha());
}

QColor mapped(const QColor &colour)
{
    QColor result = ThemeBuilder::highContrastColor(colour);
    if (!result.isValid()) {
        // Not in the table: light becomes black and dark white, so it is at least readable.
        result = ColorContrast::luminance(colour) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
        qCWarning(lcTheme) << "high contrast: no mapping for" << colour.name()
                           << "in the theme; using" << result.name();
    }
    result.setAlpha(colour.alpha());
    return result;
}

QString mapColours(const QString &value)
{
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = colourPattern().globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QColor colour = parseColour(match.captured());
        if (!colour.isValid() || colour.alpha() == 0)
            continue; // not a colour, or transparent, which stays as written
        result += value.mid(last, match.capturedStart() - last);
        result += writeColour(mapped(colour), match.captured());
        last = match.capturedEnd();
    }
    return result + value.mid(last);
}

QString scaleSizes(const QString &value)
{
    static const QRegularExpression size(QStringLiteral(R"((\d+(?:\.\d+)?)(px|pt)\b)"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = size.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const long scaled =
            std::lround(match.captured(1).toDouble() * ThemeBuilder::kLargeTextScale);
        result += value.mid(last, match.capturedStart() - last);
        result += QString::number(scaled) + match.captured(2);
        last = match.capturedEnd();
    }
    return result + value.mid(last);
}

QString widenBorders(const QString &value)
{
    // Hairlines vanish for poor sight on black: at least two pixels.
    static const QRegularExpression hairline(QStringLiteral(R"(\b(?:0\.\d+|1)px\b)"));
    QString result = value;
    return result.replace(hairline, QStringLiteral("2px"));
}

// A `property: value` inside a rule (comments and selectors left out); offsets are into the
// style sheet it was read from.
struct Declaration
{
    QString property; // lower case
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
};

QList<Declaration> declarations(const QString &qss)
{
    QList<Declaration> found;
    int depth = 0;
    qsizetype start = -1; // where the current declaration began, inside a rule
    const auto finish = [&](qsizetype end) {
        if (start < 0)
            return;
        const qsizetype colon = qss.indexOf(QLatin1Char(':'), start);
        if (colon >= 0 && colon < end) {
            const QString property = qss.mid(start, colon - start).trimmed().toLower();
            if (!property.isEmpty())
                found.append({property, colon + 1, end});
        }
        start = -1;
    };
    for (qsizetype i = 0; i < qss.size(); ++i) {
        const QChar c = qss.at(i);
        if (c == QLatin1Char('/') && i + 1 < qss.size() && qss.at(i + 1) == QLatin1Char('*')) {
            const qsizetype close = qss.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype after = close < 0 ? qss.size() : close + 2;
            // A comment before a declaration is not part of it.
            if (start >= 0 && qss.mid(start, i - start).trimmed().isEmpty())
                start = after;
            i = after - 1;
            continue;
        }
        if (c == QLatin1Char('{')) {
            ++depth;
            start = i + 1;
        } else if (c == QLatin1Char('}')) {
            finish(i);
            depth = qMax(0, depth - 1);
        } else if (c == QLatin1Char(';') && depth > 0) {
            finish(i);
            start = i + 1;
        }
    }
    return found;
}

} // namespace

QString ThemeBuilder::build(const QString &baseQss, bool highContrast, bool largeText)
{
    if (!highContrast && !largeText)
        return baseQss;
    QString qss = baseQss;
    const QList<Declaration> found = declarations(qss);
    // From the end, so the offsets of the declarations still to do stay right.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        QString value = qss.mid(it->valueStart, it->valueEnd - it->valueStart);
        if (largeText &&
            (it->property == QLatin1String("font-size") || it->property == QLatin1String("font")))
            value = scaleSizes(value);
        if (highContrast && isColourProperty(it->property))
            value = mapColours(value);
        if (highContrast && it->property.startsWith(QLatin1String("border")) &&
            !it->property.startsWith(QLatin1String("border-radius")))
            value = widenBorders(value);
        qss.replace(it->valueStart, it->valueEnd - it->valueStart, value);
    }
    if (highContrast)
        qss += QLatin1String(kHighContrastRules); // written in high-contrast colours already
    return qss;
}

QColor ThemeBuilder::highContrastColor(const QColor &color)
{
    const auto &table = highContrastTable();
    const auto it = table.constFind(color.rgb() | 0xff000000);
    if (it == table.cend())
        return {};
    return QColor::fromRgb(*it);
}

QPalette ThemeBuilder::highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xd7, 0x00);
    const QColor grey(0xa6, 0xa6, 0xa6);
    QPalette palette(white, black, grey, grey, grey, white, yellow, black, black);
    palette.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Highlight, yellow);
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::PlaceholderText, QColor(0xd9, 0xd9, 0xd9));
    palette.setColor(QPalette::ToolTipBase, black);
    palette.setColor(QPalette::ToolTipText, white);
    palette.setColor(QPalette::Link, yellow);
    palette.setColor(QPalette::LinkVisited, yellow);
    const QColor disabled(0xbf, 0xbf, 0xbf);
    for (const QPalette::ColorRole role :
         {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}
