#include "newsfeedimporter.h"

#include "importtext.h"
#include "importwarnings.h"
#include "itemvalidator.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <algorithm>
#include <utility>

namespace {

constexpr QLatin1StringView kAtomNs("http://www.w3.org/2005/Atom");
constexpr QLatin1StringView kContentNs("http://purl.org/rss/1.0/modules/content/");
constexpr QLatin1StringView kDublinCoreNs("http://purl.org/dc/elements/1.1/");

const QStringList kNewsCategories{
    QStringLiteral("medio-ambiente"), QStringLiteral("proyectos-locales"),
    QStringLiteral("innovacion"),     QStringLiteral("cultura"),
    QStringLiteral("deportes"),       QStringLiteral("salud"),
    QStringLiteral("gobierno"),       QStringLiteral("comunidad")};

constexpr int kTitleMax = 500;
constexpr int kSummaryTarget = 300;
// A feed's own summary longer than this is an excerpt of the article, not a summary.
constexpr int kFeedSummaryMax = 600;

bool isCollapsibleSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v' ||
           c == QChar(0xA0);
}

// Collects text the way a browser lays it out: runs of white space become one space, and
// block boundaries become line or paragraph breaks, never doubled and never at either end.
class TextBuilder
{
public:
    void append(QStringView text)
    {
        for (const QChar c : text)
            append(c);
    }

    void append(QChar c)
    {
        if (isCollapsibleSpace(c)) {
            m_pendingSpace = true;
            return;
        }
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0xFFFE || u == 0xFFFF)
            return;
        if (m_pendingBreak == 2 && !m_current.isEmpty()) {
            m_paragraphs.append(m_current);
            m_current.clear();
        } else if (m_pendingBreak == 1 && !m_current.isEmpty()) {
            m_current += u'\n';
        } else if (m_pendingSpace && !m_current.isEmpty()) {
            m_current += u' ';
        }
        m_pendingBreak = 0;
        m_pendingSpace = false;
        m_current += c;
    }

    void space() { m_pendingSpace = true; }
    // Two line breaks with nothing between them (<br><br>) are how a paragraph is often made.
    void lineBreak() { m_pendingBreak = m_pendingBreak >= 1 ? 2 : 1; }
    void paragraphBreak() { m_pendingBreak = 2; }

    QString finish()
    {
        if (!m_current.isEmpty())
            m_paragraphs.append(m_current);
        m_current.clear();
        return m_paragraphs.join(QStringLiteral("\n\n"));
    }

private:
    QStringList m_paragraphs;
    QString m_current;
    int m_pendingBreak = 0;
    bool m_pendingSpace = false;
};

// Plain text as a feed declares it (Atom type="text"): a blank line separates paragraphs,
// other line ends are just where the author's editor wrapped.
QString plainTextFromText(QStringView text)
{
    TextBuilder out;
    int newlines = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            ++newlines;
            out.space();
            continue;
        }
        if (c == u'\r' || isCollapsibleSpace(c)) {
            out.space();
            continue;
        }
        if (newlines >= 2)
            out.paragraphBreak();
        newlines = 0;
        out.append(c);
    }
    return out.finish();
}

const QHash<QString, char32_t> &namedEntities()
{
    // HTML 4's Latin-1 set (U+00A0 to U+00FF, in order) and the typographic marks that
    // Spanish newsrooms' editors produce; HTML 5's two thousand names are not worth carrying.
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        const char *latin1[] = {
            "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",
            "uml",    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",
            "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
            "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest",
            "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
            "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
            "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",
            "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",
            "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
            "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
            "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
            "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};
        char32_t codePoint = 0xA0;
        for (const char *name : latin1)
            t.insert(QString::fromLatin1(name), codePoint++);
        const std::pair<const char *, char32_t> others[] = {
            {"quot", 0x22},     {"amp", 0x26},      {"apos", 0x27},    {"lt", 0x3C},
            {"gt", 0x3E},       {"OElig", 0x152},   {"oelig", 0x153},  {"Scaron", 0x160},
            {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},   {"circ", 0x2C6},
            {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},  {"thinsp", 0x2009},
            {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},   {"rlm", 0x200F},
            {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018}, {"rsquo", 0x2019},
            {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"bdquo", 0x201E},
            {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},  {"hellip", 0x2026},
            {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033}, {"lsaquo", 0x2039},
            {"rsaquo", 0x203A}, {"euro", 0x20AC},   {"trade", 0x2122}, {"larr", 0x2190},
            {"uarr", 0x2191},   {"rarr", 0x2192},   {"darr", 0x2193},  {"minus", 0x2212},
            {"infin", 0x221E},  {"asymp", 0x2248},  {"ne", 0x2260},    {"le", 0x2264},
            {"ge", 0x2265}};
        for (const auto &[name, value] : others)
            t.insert(QString::fromLatin1(name), value);
        return t;
    }();
    return table;
}

// Numeric references to 128-159 mean Windows-1252 in practice (HTML 5 says so too): old
// editors write &#147;comillas&#148; and &#150; for a dash.
char32_t fromWindows1252(char32_t codePoint)
{
    static const char16_t table[32] = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (codePoint >= 0x80 && codePoint <= 0x9F)
        return table[codePoint - 0x80];
    return codePoint;
}

int digitValue(QChar c, int base)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (base == 16 && c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (base == 16 && c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// Decodes the character reference at html[at] ('&'). Returns its length, or 0 when it is
// not one (a lone '&' in text is common and stays as it is).
qsizetype decodeReference(QStringView html, qsizetype at, QString *decoded)
{
    const qsizetype n = html.size();
    qsizetype i = at + 1;
    if (i < n && html[i] == u'#') {
        ++i;
        const bool hex = i < n && (html[i] == u'x' || html[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        while (i < n && i - digitsStart < 8) {
            const int digit = digitValue(html[i], hex ? 16 : 10);
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(digit);
            ++i;
        }
        if (i == digitsStart)
            return 0;
        if (i < n && html[i] == u';')
            ++i;
        value = fromWindows1252(value);
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            value = 0xFFFD;
        *decoded = QString::fromUcs4(&value, 1);
        return i - at;
    }
    const qsizetype nameStart = i;
    while (i < n && i - nameStart < 32 && html[i].unicode() < 0x80 && html[i].isLetterOrNumber())
        ++i;
    if (i == nameStart || i >= n || html[i] != u';')
        return 0;
    const auto found = namedEntities().constFind(html.mid(nameStart, i - nameStart).toString());
    if (found == namedEntities().constEnd())
        return 0;
    const char32_t value = *found;
    *decoded = QString::fromUcs4(&value, 1);
    return i + 1 - at;
}

enum class TagKind
{
    Inline,
    Line,
    Paragraph,
    Cell,
    ListItem,
    Dropped
};

TagKind tagKind(const QString &name)
{
    static const QStringList paragraphs{
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("h1"),
        QStringLiteral("h2"),         QStringLiteral("h3"),      QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),      QStringLiteral("ul"),
        QStringLiteral("ol"),         QStringLiteral("dl"),      QStringLiteral("blockquote"),
        QStringLiteral("pre"),        QStringLiteral("table"),   QStringLiteral("section"),
        QStringLiteral("article"),    QStringLiteral("header"),  QStringLiteral("footer"),
        QStringLiteral("aside"),      QStringLiteral("nav"),     QStringLiteral("main"),
        QStringLiteral("figure"),     QStringLiteral("hr"),      QStringLiteral("address"),
        QStringLiteral("figcaption"), QStringLiteral("details"), QStringLiteral("fieldset"),
        QStringLiteral("form"),       QStringLiteral("center")};
    static const QStringList lines{QStringLiteral("br"), QStringLiteral("tr"), QStringLiteral("dt"),
                                   QStringLiteral("dd"), QStringLiteral("caption")};
    // Elements whose content is not text for a reader.
    static const QStringList dropped{
        QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("iframe"), QStringLiteral("object"),
        QStringLiteral("svg"),      QStringLiteral("math"),   QStringLiteral("head"),
        QStringLiteral("title"),    QStringLiteral("select")};
    if (name == u"li")
        return TagKind::ListItem;
    if (name == u"td" || name == u"th")
        return TagKind::Cell;
    if (paragraphs.contains(name))
        return TagKind::Paragraph;
    if (lines.contains(name))
        return TagKind::Line;
    if (dropped.contains(name))
        return TagKind::Dropped;
    return TagKind::Inline;
}

// The index just past the '>' that ends the tag whose attributes start at `from`, skipping
// '>' inside quoted attribute values.
qsizetype endOfTag(QStringView html, qsizetype from)
{
    QChar quote;
    for (qsizetype i = from; i < html.size(); ++i) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return html.size();
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

int monthNumber(const QString &word)
{
    static const QStringList english{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    // Some Spanish content systems translate the month names of what should be an English
    // RFC 822 date; the mistake is common enough to forgive.
    static const QStringList spanish{
        QStringLiteral("ene"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("abr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("ago"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dic")};
    if (word.size() < 3)
        return 0;
    const QString prefix = word.left(3).toLower();
    qsizetype index = english.indexOf(prefix);
    if (index < 0)
        index = spanish.indexOf(prefix);
    if (index < 0 && prefix == u"set")
        index = 8;
    return index < 0 ? 0 : int(index) + 1;
}

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The zone of an RFC 822 date as seconds east of UTC; nullopt for a zone it does not know.
std::optional<int> zoneOffset(const QString &zone)
{
    if ((zone.startsWith(u'+') || zone.startsWith(u'-'))) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        if (digits.size() != 4 || !allDigits(digits))
            return std::nullopt;
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        const int seconds = hours * 3600 + minutes * 60;
        return zone.startsWith(u'-') ? -seconds : seconds;
    }
    static const QHash<QString, int> names{
        {QStringLiteral("UT"), 0},          {QStringLiteral("UTC"), 0},
        {QStringLiteral("GMT"), 0},         {QStringLiteral("Z"), 0},
        {QStringLiteral("EST"), -5 * 3600}, {QStringLiteral("EDT"), -4 * 3600},
        {QStringLiteral("CST"), -6 * 3600}, {QStringLiteral("CDT"), -5 * 3600},
        {QStringLiteral("MST"), -7 * 3600}, {QStringLiteral("MDT"), -6 * 3600},
        {QStringLiteral("PST"), -8 * 3600}, {QStringLiteral("PDT"), -7 * 3600}};
    const auto found = names.constFind(zone.toUpper());
    if (found != names.constEnd())
        return *found;
    // RFC 2822 asks that the old military letters be read as -0000: their signs were
    // published backwards and nobody can tell which way a given feed meant them.
    if (zone.size() == 1 && isAsciiLetter(zone[0]) && zone.toUpper() != u"J")
        return 0;
    return std::nullopt;
}

std::optional<QDateTime> parseRfc822(QString text, const QTimeZone &zoneIfMissing)
{
    // Comments such as "(EST)" after the zone are allowed by RFC 2822 and carry nothing.
    static const QRegularExpression comment(QStringLiteral("\\([^()]*\\)"));
    if (text.contains(u'('))
        text.remove(comment);
    text.replace(u',', u' ');
    QStringList tokens = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (!tokens.isEmpty() && !allDigits(tokens.first()))
        tokens.removeFirst(); // the day of the week, which adds nothing and is often wrong
    if (tokens.size() < 4 || tokens.size() > 5)
        return std::nullopt;
    if (!allDigits(tokens[0]) || tokens[0].size() > 2 || !allDigits(tokens[2]))
        return std::nullopt;
    const int day = tokens[0].toInt();
    const int month = monthNumber(tokens[1]);
    int year = tokens[2].toInt();
    if (tokens[2].size() == 2)
        year += year < 50 ? 2000 : 1900;
    else if (tokens[2].size() == 3)
        year += 1900;
    else if (tokens[2].size() != 4)
        return std::nullopt;
    const QStringList clock = tokens[3].split(u':');
    if (clock.size() < 2 || clock.size() > 3)
        return std::nullopt;
    for (const QString &part : clock) {
        if (!allDigits(part) || part.size() > 2)
            return std::nullopt;
    }
    const int second = clock.size() == 3 ? std::min(clock[2].toInt(), 59) : 0; // leap second
    const QDate date(year, month, day);
    const QTime time(clock[0].toInt(), clock[1].toInt(), second);
    if (month == 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    if (tokens.size() == 4)
        return QDateTime(date, time, zoneIfMissing);
    const std::optional<int> offset = zoneOffset(tokens[4]);
    if (!offset)
        return std::nullopt;
    return QDateTime(date, time, QTimeZone(*offset));
}

std::optional<QDateTime> parseRfc3339(QString text, const QTimeZone &zoneIfMissing)
{
    text = text.trimmed();
    // RFC 3339 allows lower-case 't' and 'z' and a space between date and time.
    if (text.size() > 10 && (text[10] == u't' || text[10] == u' '))
        text[10] = u'T';
    if (text.endsWith(u'z'))
        text[text.size() - 1] = u'Z';
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        return QDateTime(parsed.date(), parsed.time(), zoneIfMissing);
    return parsed;
}

bool isAbbreviation(QStringView word)
{
    static const QStringList abbreviations{
        QStringLiteral("dr"),   QStringLiteral("dra"),  QStringLiteral("sr"),
        QStringLiteral("sra"),  QStringLiteral("srta"), QStringLiteral("sres"),
        QStringLiteral("lic"),  QStringLiteral("ing"),  QStringLiteral("prof"),
        QStringLiteral("arq"),  QStringLiteral("msc"),  QStringLiteral("no"),
        QStringLiteral("núm"),  QStringLiteral("art"),  QStringLiteral("av"),
        QStringLiteral("avda"), QStringLiteral("tel"),  QStringLiteral("ud"),
        QStringLiteral("uds"),  QStringLiteral("pág"),  QStringLiteral("ej")};
    // A lone letter is an initial ("J. Martí").
    return word.size() == 1 || abbreviations.contains(word.toString().toLower());
}

bool opensSentence(QChar c)
{
    return c.isUpper() || c.isDigit() || c == u'¿' || c == u'¡' || c == u'«' || c == u'"' ||
           c == u'“' || c == u'(' || c == u'—';
}

// The offsets just after each sentence of a paragraph ends.
QList<qsizetype> sentenceEnds(QStringView text)
{
    QList<qsizetype> ends;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'.' && c != u'!' && c != u'?' && c != u'…')
            continue;
        qsizetype end = i + 1;
        while (end < text.size() &&
               (text[end] == u'»' || text[end] == u'”' || text[end] == u'"' || text[end] == u')'))
            ++end;
        if (end == text.size()) {
            ends.append(end);
            break;
        }
        if (text[end] != u' ' || end + 1 >= text.size() || !opensSentence(text[end + 1]))
            continue;
        if (c == u'.') {
            qsizetype wordStart = i;
            while (wordStart > 0 && text[wordStart - 1].isLetter())
                --wordStart;
            if (isAbbreviation(text.mid(wordStart, i - wordStart)))
                continue;
        }
        ends.append(end);
    }
    return ends;
}

// The first sentences of the text's first paragraph that fit in `limit` characters.
QString leadSentences(const QString &text, int limit)
{
    const QString paragraph = ImportText::singleLine(text.section(QStringLiteral("\n\n"), 0, 0));
    if (paragraph.size() <= limit)
        return paragraph;
    qsizetype best = 0;
    for (const qsizetype end : sentenceEnds(paragraph)) {
        if (end > limit)
            break;
        best = end;
    }
    if (best > 0)
        return paragraph.left(best);
    return ImportText::clipAtWord(paragraph, limit);
}

// A feed's own summary, as one paragraph, without the "[…]" content systems append.
QString feedSummary(const QString &text)
{
    QString summary = ImportText::singleLine(text);
    for (const QStringView marker : {QStringView(u"[…]"), QStringView(u"[...]")}) {
        if (summary.endsWith(marker)) {
            summary = summary.chopped(marker.size()).trimmed() + u'…';
            break;
        }
    }
    if (summary.size() > kFeedSummaryMax)
        summary = leadSentences(summary, kSummaryTarget);
    return summary;
}

// The content of the current element as HTML source. Text directly inside it is HTML source
// already when the feed escaped or CDATA-wrapped its HTML (directTextIsHtml); text inside
// child elements (Atom's xhtml, or raw HTML a feed forgot to escape) is real text and is
// escaped again, so that one HTML reader handles every case.
QString readMarkup(QXmlStreamReader &xml, bool directTextIsHtml)
{
    QString markup;
    int depth = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            markup += u'<' + xml.name().toString() + u'>';
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 0)
                return markup;
            --depth;
            markup += QStringLiteral("</") + xml.name().toString() + u'>';
            break;
        case QXmlStreamReader::Characters:
            if (depth == 0 && directTextIsHtml)
                markup += xml.text();
            else
                markup += xml.text().toString().toHtmlEscaped();
            break;
        case QXmlStreamReader::EntityReference:
            // Only seen when a DOCTYPE names an external DTD that was not read (RSS 0.91's
            // declares HTML's entities there); the HTML reader knows the common ones.
            markup += u'&' + xml.name().toString() + u';';
            break;
        default:
            break;
        }
    }
    return markup;
}

QString readText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
}

// An Atom text construct (title, summary, content) as plain text.
QString readAtomText(QXmlStreamReader &xml)
{
    const QString type = xml.attributes().value(QLatin1StringView("type")).toString().toLower();
    if (xml.attributes().hasAttribute(QLatin1StringView("src"))) {
        xml.skipCurrentElement(); // the text lives elsewhere; nothing is ever fetched
        return {};
    }
    if (type.isEmpty() || type == u"text" || type == u"text/plain")
        return plainTextFromText(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    if (type == u"html" || type == u"text/html")
        return NewsFeedImporter::plainTextFromHtml(readMarkup(xml, true));
    if (type == u"xhtml" || type == u"application/xhtml+xml")
        return NewsFeedImporter::plainTextFromHtml(readMarkup(xml, false));
    xml.skipCurrentElement(); // an image, a video: nothing a kiosk can show as text
    return {};
}

QString authorName(const QString &rssAuthor)
{
    // RSS 2.0 wants "email (Name)"; the name is what a reader should see.
    static const QRegularExpression emailAndName(QStringLiteral("^\\S+@\\S+\\s*\\((.+)\\)$"));
    const QRegularExpressionMatch match = emailAndName.match(rssAuthor.trimmed());
    return match.hasMatch() ? match.captured(1).trimmed() : ImportText::singleLine(rssAuthor);
}

// What one <item> or <entry> said, before it is checked and shaped into a news item.
struct Entry
{
    qint64 line = 0;
    QString key; // guid or atom:id
    QString link;
    QString title;
    QString feedSummary; // RSS description beside content:encoded, Atom summary
    QString body;
    QString date;
    QString fallbackDate; // dc:date, Atom updated
    QStringList categories;
    QString author;
};

Entry readRssItem(QXmlStreamReader &xml)
{
    Entry entry;
    entry.line = xml.lineNumber();
    QString description;
    QString encoded;
    QString creator;
    while (xml.readNextStartElement()) {
        const QStringView ns = xml.namespaceUri();
        const QStringView name = xml.name();
        if (ns.isEmpty() && name == u"title")
            entry.title =
                ImportText::singleLine(NewsFeedImporter::plainTextFromHtml(readMarkup(xml, true)));
        else if (ns.isEmpty() && name == u"guid")
            entry.key = readText(xml);
        else if (ns.isEmpty() && name == u"link")
            entry.link = readText(xml);
        else if (ns.isEmpty() && name == u"description")
            description = NewsFeedImporter::plainTextFromHtml(readMarkup(xml, true));
        else if (ns == kContentNs && name == u"encoded")
            encoded = NewsFeedImporter::plainTextFromHtml(readMarkup(xml, true));
        else if (ns.isEmpty() && name == u"pubDate")
            entry.date = readText(xml);
        else if (ns == kDublinCoreNs && name == u"date")
            entry.fallbackDate = readText(xml);
        else if (ns.isEmpty() && name == u"category")
            entry.categories.append(readText(xml));
        else if (ns.isEmpty() && name == u"author")
            entry.author = authorName(readText(xml));
        else if (ns == kDublinCoreNs && name == u"creator")
            creator = ImportText::singleLine(readText(xml));
        else
            xml.skipCurrentElement();
    }
    if (entry.author.isEmpty())
        entry.author = creator;
    if (!encoded.isEmpty()) {
        entry.body = encoded;
        entry.feedSummary = description;
    } else {
        entry.body = description;
    }
    return entry;
}

QString readAtomPerson(QXmlStreamReader &xml)
{
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == kAtomNs && xml.name() == u"name")
            name = ImportText::singleLine(readText(xml));
        else
            xml.skipCurrentElement();
    }
    return name;
}

Entry readAtomEntry(QXmlStreamReader &xml)
{
    Entry entry;
    entry.line = xml.lineNumber();
    QString summary;
    QString content;
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() != kAtomNs) {
            xml.skipCurrentElement();
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"id") {
            entry.key = readText(xml);
        } else if (name == u"title") {
            entry.title = ImportText::singleLine(readAtomText(xml));
        } else if (name == u"link") {
            const QStringView rel = xml.attributes().value(QLatin1StringView("rel"));
            if (entry.link.isEmpty() && (rel.isEmpty() || rel == u"alternate"))
                entry.link = xml.attributes().value(QLatin1StringView("href")).toString();
            xml.skipCurrentElement();
        } else if (name == u"summary") {
            summary = readAtomText(xml);
        } else if (name == u"content") {
            content = readAtomText(xml);
        } else if (name == u"published") {
            entry.date = readText(xml);
        } else if (name == u"updated") {
            entry.fallbackDate = readText(xml);
        } else if (name == u"category") {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QStringView label = attributes.value(QLatin1StringView("label"));
            entry.categories.append(attributes.value(QLatin1StringView("term")).toString());
            if (!label.isEmpty())
                entry.categories.append(label.toString());
            xml.skipCurrentElement();
        } else if (name == u"author") {
            const QString author = readAtomPerson(xml);
            if (entry.author.isEmpty())
                entry.author = author;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!content.isEmpty()) {
        entry.body = content;
        entry.feedSummary = summary;
    } else {
        entry.body = summary;
    }
    return entry;
}

QString describe(const Entry &entry, qsizetype number)
{
    // One arg() call for all three: a title holding "%1" must not capture the next number.
    if (!entry.title.isEmpty())
        return QStringLiteral("item %1 («%2», line %3)")
            .arg(QString::number(number), entry.title.left(80), QString::number(entry.line));
    return QStringLiteral("item %1 (line %2)").arg(number).arg(entry.line);
}

QString xmlError(const QXmlStreamReader &xml)
{
    return QStringLiteral("the feed is not well-formed XML (line %1, column %2): %3")
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

} // namespace

NewsFeedImporter::NewsFeedImporter() = default;

NewsFeedImporter::NewsFeedImporter(Options options)
    : m_options(std::move(options))
{}

QString NewsFeedImporter::plainTextFromHtml(QStringView html)
{
    TextBuilder out;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'&') {
            QString decoded;
            const qsizetype length = decodeReference(html, i, &decoded);
            if (length > 0) {
                out.append(decoded);
                i += length;
                continue;
            }
        }
        if (c != u'<') {
            out.append(c);
            ++i;
            continue;
        }
        const QStringView rest = html.mid(i);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (rest.startsWith(u"<![CDATA[")) {
            const qsizetype end = html.indexOf(u"]]>", i + 9);
            out.append(html.mid(i + 9, (end < 0 ? n : end) - (i + 9)));
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool closing = rest.startsWith(u"</");
        qsizetype k = i + (closing ? 2 : 1);
        if (k >= n || !isAsciiLetter(html[k])) {
            out.append(c); // "a < b" is text
            ++i;
            continue;
        }
        const qsizetype nameStart = k;
        while (k < n && html[k].unicode() < 0x80 &&
               (html[k].isLetterOrNumber() || html[k] == u'-' || html[k] == u':'))
            ++k;
        const QString name = html.mid(nameStart, k - nameStart).toString().toLower();
        i = endOfTag(html, k);
        switch (tagKind(name)) {
        case TagKind::Inline:
            break;
        case TagKind::Line:
            if (!closing)
                out.lineBreak();
            break;
        case TagKind::Paragraph:
            out.paragraphBreak();
            break;
        case TagKind::Cell:
            out.space();
            break;
        case TagKind::ListItem:
            if (!closing) {
                out.lineBreak();
                out.append(u'•');
                out.space();
            }
            break;
        case TagKind::Dropped:
            if (!closing && !html.mid(nameStart, i - nameStart).endsWith(u"/>")) {
                // Skip to the matching end tag, whatever the content looks like.
                const QString endTag = QStringLiteral("</") + name;
                const qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
                i = end < 0 ? n : endOfTag(html, end + endTag.size());
            }
            break;
        }
    }
    return out.finish();
}

std::optional<QDateTime> NewsFeedImporter::parseDate(const QString &text,
                                                     const QTimeZone &zoneIfMissing)
{
    if (text.trimmed().isEmpty() || text.size() > 200)
        return std::nullopt;
    if (auto rfc822 = parseRfc822(text, zoneIfMissing))
        return rfc822;
    return parseRfc3339(text, zoneIfMissing);
}

NewsFeedImporter::Result NewsFeedImporter::parse(const QByteArray &data) const
{
    Result result;
    if (data.size() > m_options.maxBytes) {
        result.error = QStringLiteral("the feed is %1 bytes, more than the limit of %2")
                           .arg(data.size())
                           .arg(m_options.maxBytes);
        return result;
    }
    if (data.trimmed().isEmpty()) {
        result.error = QStringLiteral("the feed is empty");
        return result;
    }

    QXmlStreamReader xml(data);
    while (!xml.atEnd() && !xml.isStartElement()) {
        xml.readNext();
        // Entities declared in the document are how the "billion laughs" and external-entity
        // attacks begin, and a real feed never needs them.
        if (xml.isDTD() && !xml.entityDeclarations().isEmpty()) {
            result.error = QStringLiteral(
                "the feed declares entities in its DOCTYPE, which feeds never need; refused");
            return result;
        }
    }
    if (xml.hasError()) {
        result.error = xmlError(xml);
        return result;
    }
    if (!xml.isStartElement()) {
        result.error = QStringLiteral("the document has no root element");
        return result;
    }

    QList<Entry> entries;
    QString feedAuthor;
    const bool isRss = xml.namespaceUri().isEmpty() && xml.name() == u"rss";
    const bool isAtom = xml.namespaceUri() == kAtomNs && xml.name() == u"feed";
    if (isRss) {
        bool sawChannel = false;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"channel") {
                xml.skipCurrentElement();
                continue;
            }
            sawChannel = true;
            while (xml.readNextStartElement()) {
                if (xml.namespaceUri().isEmpty() && xml.name() == u"item")
                    entries.append(readRssItem(xml));
                else
                    xml.skipCurrentElement();
            }
        }
        if (!sawChannel && !xml.hasError()) {
            result.error = QStringLiteral("the RSS document has no <channel>");
            return result;
        }
    } else if (isAtom) {
        while (xml.readNextStartElement()) {
            if (xml.namespaceUri() == kAtomNs && xml.name() == u"entry")
                entries.append(readAtomEntry(xml));
            else if (xml.namespaceUri() == kAtomNs && xml.name() == u"author" &&
                     feedAuthor.isEmpty())
                feedAuthor = readAtomPerson(xml);
            else
                xml.skipCurrentElement();
        }
    } else {
        const QString root = xml.qualifiedName().toString();
        const QString ns = xml.namespaceUri().toString();
        result.error =
            QStringLiteral("the document is neither an RSS 2.0 feed (<rss>) nor an Atom 1.0 "
                           "feed (<feed xmlns=\"%1\">): its root element is <%2>%3")
                .arg(kAtomNs, root,
                     ns.isEmpty() ? QString() : QStringLiteral(" in namespace %1").arg(ns));
        return result;
    }
    // Whatever follows the root must still be well-formed, or the file is damaged.
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError()) {
        result.error = xmlError(xml);
        return result;
    }

    ImportWarnings warnings(&result.warnings);
    QSet<QString> seenIds;
    qsizetype number = 0;
    qsizetype overLimit = 0;
    for (const Entry &entry : std::as_const(entries)) {
        ++number;
        if (result.items.size() >= m_options.maxItems) {
            ++overLimit;
            continue;
        }
        const QString what = describe(entry, number);
        if (entry.title.isEmpty()) {
            warnings.add(QStringLiteral("%1 has no title; skipped").arg(what));
            continue;
        }
        const QString dateText = entry.date.isEmpty() ? entry.fallbackDate : entry.date;
        if (dateText.isEmpty()) {
            warnings.add(QStringLiteral("%1 has no publication date; skipped").arg(what));
            continue;
        }
        const std::optional<QDateTime> published = parseDate(dateText, m_options.localZone);
        if (!published) {
            warnings.add(
                QStringLiteral("%1: '%2' is not a date; skipped").arg(what, dateText.left(80)));
            continue;
        }
        if (entry.body.isEmpty()) {
            warnings.add(QStringLiteral("%1 has no text; skipped").arg(what));
            continue;
        }

        // The feed's own identifier keeps an item's id when its title or text is corrected,
        // so importing the feed again updates the item instead of adding a second one.
        QString key = entry.key.isEmpty() ? entry.link : entry.key;
        if (key.isEmpty())
            key = entry.title + u'\x1f' + dateText;
        const QString id =
            QStringLiteral("news-feed-") +
            QString::fromLatin1(
                QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
        if (seenIds.contains(id)) {
            warnings.add(
                QStringLiteral("%1 repeats an earlier item's identifier; skipped").arg(what));
            continue;
        }
        QString category = m_options.defaultCategory;
        for (const QString &candidate : entry.categories) {
            const QString candidateSlug = ImportText::slug(candidate);
            if (kNewsCategories.contains(candidateSlug)) {
                category = candidateSlug;
                break;
            }
        }

        QJsonObject item;
        item.insert(QLatin1StringView("id"), id);
        item.insert(QLatin1StringView("title"), ImportText::clipAtWord(entry.title, kTitleMax));
        item.insert(QLatin1StringView("summary"), entry.feedSummary.isEmpty()
                                                      ? leadSentences(entry.body, kSummaryTarget)
                                                      : feedSummary(entry.feedSummary));
        item.insert(QLatin1StringView("body"), entry.body);
        item.insert(QLatin1StringView("category"), category);
        item.insert(QLatin1StringView("published_at"),
                    published->toTimeZone(m_options.localZone).toString(Qt::ISODate));
        const QString author = entry.author.isEmpty() ? feedAuthor : entry.author;
        if (!author.isEmpty())
            item.insert(QLatin1StringView("author"), author);

        QString problem;
        if (!ItemValidator::validate(Collection::News, id, item, &problem)) {
            warnings.add(
                QStringLiteral("%1 is not a valid news item (%2); skipped").arg(what, problem));
            continue;
        }
        seenIds.insert(id);
        result.items.append(item);
    }
    if (overLimit > 0)
        warnings.add(QStringLiteral("only the first %1 items were imported; %2 more were not read")
                         .arg(m_options.maxItems)
                         .arg(overLimit));
    warnings.finish();
    return result;
}
