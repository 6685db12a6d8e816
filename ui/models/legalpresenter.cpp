#include "legalpresenter.h"

#include "articlesplitter.h"
#include "htmltext.h"
#include "itempresenter.h"
#include "legalsearch.h"
#include "spanishtokenizer.h"

#include <QRegularExpression>
#include <cmath>

namespace {

// Bounds like LegalSearch::toMatchQuery's, so the reader marks the words the search used.
constexpr qsizetype kMaxWords = 12;
constexpr qsizetype kMaxWordLength = 64;

// Bold as well as coloured: the highlight must not rest on colour alone.
const QString kHighlightOpen =
    QStringLiteral("<span style=\"background-color:#ffe066; color:#1b2631; font-weight:bold;\">");
const QString kHighlightClose = QStringLiteral("</span>");

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

QString field(const ContentItem &item, const char *key)
{
    return item.data.value(QLatin1StringView(key)).toString();
}

int scaled(int pixelSize, double factor)
{
    return int(std::lround(pixelSize * factor));
}

// Server text must not bring its own highlight markers: they would open or close our spans.
QString withoutMarkers(QString text)
{
    text.remove(LegalSearch::HighlightStart);
    text.remove(LegalSearch::HighlightEnd);
    return text;
}

// The article's own heading line ("Artículo 12.-") is shown as a heading, so it is taken off
// the text that follows it.
QString withoutArticleHeading(const QString &text)
{
    static const QRegularExpression heading(
        QStringLiteral(
            "^\\s*art[ií]culo\\s+\\d+(?:\\s*bis)?\\s*(?:\\.\\s*[-\\x{2013}]|[.:\\-\\x{2013}])?"
            "[ \\t]*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = heading.match(text);
    return match.hasMatch() ? text.mid(match.capturedLength()).trimmed() : text;
}

QString paragraphsHtml(const QString &plain, const LegalPresenter::Query &query,
                       const QString &anchor)
{
    QString text = plain;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QString html;
    const QStringList parts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        QString paragraph =
            LegalPresenter::markedToHtml(LegalPresenter::markMatches(trimmed, query));
        paragraph.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        const QString name = html.isEmpty() && !anchor.isEmpty()
                                 ? QStringLiteral("<a name=\"%1\"></a>").arg(anchor)
                                 : QString();
        html += QStringLiteral("<p>%1%2</p>").arg(name, paragraph);
    }
    return html;
}

QString factRow(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(HtmlText::escaped(label), HtmlText::escaped(value));
}

} // namespace

LegalPresenter::Query LegalPresenter::query(const QString &typed)
{
    Query result;
    QString word;
    auto close = [&] {
        if (!word.isEmpty() && result.words.size() < kMaxWords)
            result.words.append(SpanishTokenizer::fold(word));
        word.clear();
    };
    for (const QChar c : typed) {
        if (isWordChar(c)) {
            if (word.size() < kMaxWordLength)
                word.append(c);
            continue;
        }
        close();
    }
    result.lastIsPrefix = !word.isEmpty();
    close();
    result.words.removeAll(QString());
    return result;
}

QString LegalPresenter::markedToHtml(const QString &marked)
{
    const QString escaped = HtmlText::escaped(marked);
    QString html;
    html.reserve(escaped.size() + 64);
    bool open = false;
    for (const QChar c : escaped) {
        if (c == LegalSearch::HighlightStart) {
            if (!open)
                html += kHighlightOpen;
            open = true;
        } else if (c == LegalSearch::HighlightEnd) {
            if (open)
                html += kHighlightClose;
            open = false;
        } else {
            html += c;
        }
    }
    if (open)
        html += kHighlightClose;
    return html;
}

QString LegalPresenter::snippetHtml(const QString &markedSnippet)
{
    return markedToHtml(markedSnippet.simplified());
}

QString LegalPresenter::snippetText(const QString &markedSnippet)
{
    return withoutMarkers(markedSnippet).simplified();
}

QString LegalPresenter::markMatches(const QString &plain, const Query &query)
{
    const QString text = withoutMarkers(plain);
    if (query.isEmpty())
        return text;
    QString marked;
    marked.reserve(text.size() + 16);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            marked.append(text.at(i++));
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text.at(i)))
            ++i;
        const QStringView word = QStringView(text).mid(start, i - start);
        const QString folded = SpanishTokenizer::fold(word);
        bool hit = false;
        for (qsizetype w = 0; w < query.words.size() && !hit; ++w) {
            const QString &term = query.words.at(w);
            const bool prefix = query.lastIsPrefix && w == query.words.size() - 1;
            hit = prefix ? folded.startsWith(term) : folded == term;
        }
        if (hit)
            marked.append(LegalSearch::HighlightStart)
                .append(word)
                .append(LegalSearch::HighlightEnd);
        else
            marked.append(word);
    }
    return marked;
}

QString LegalPresenter::kindText(const ContentItem &item)
{
    const QString number = field(item, "number").trimmed();
    const QString type = ItemPresenter::legalTypeText(item.category);
    if (number.isEmpty())
        return type;
    if (number.at(0).isLetter() && !number.startsWith(QLatin1String("No")))
        return number;
    return tr("%1 %2").arg(type, number);
}

QString LegalPresenter::anchorName(int part)
{
    return QStringLiteral("part-%1").arg(part);
}

QString LegalPresenter::anchorFor(const QString &text, const QString &article,
                                  const QString &markedSnippet)
{
    const QList<ArticleSplitter::Part> parts = ArticleSplitter::split(text);
    QList<int> candidates;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts.at(i).label == article)
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return {};
    if (candidates.size() == 1 && !article.isEmpty())
        return anchorName(candidates.first());
    // The snippet is a piece of the indexed text as written, cut marks aside.
    QString needle = withoutMarkers(markedSnippet);
    while (needle.startsWith(LegalSearch::Ellipsis))
        needle.remove(0, 1);
    while (needle.endsWith(LegalSearch::Ellipsis))
        needle.chop(1);
    needle = needle.trimmed();
    if (!needle.isEmpty()) {
        for (const int candidate : std::as_const(candidates)) {
            if (parts.at(candidate).text.contains(needle))
                return anchorName(candidate);
        }
    }
    return article.isEmpty() ? QString() : anchorName(candidates.first());
}

QString LegalPresenter::readerHtml(const ContentItem &item, const Query &highlight, int pixelSize)
{
    const int size = qMax(8, pixelSize);
    QString html = QStringLiteral("<html><body style=\"font-size:%1px;\">").arg(size);
    html += QStringLiteral("<h1 style=\"font-size:%1px;\">%2</h1>")
                .arg(scaled(size, 1.4))
                .arg(markedToHtml(markMatches(item.title, highlight)));
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(HtmlText::escaped(kindText(item)));
    const QString facts =
        factRow(tr("Issued by"), field(item, "issuer")) +
        factRow(tr("Date"), ItemPresenter::dateText(field(item, "published_at"), false)) +
        factRow(tr("Published in"), field(item, "gazette"));
    if (!facts.isEmpty())
        html += QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"6\">%1"
                               "</table>")
                    .arg(facts);
    const QString summary = field(item, "summary").trimmed();
    if (!summary.isEmpty())
        html += QStringLiteral("<p class=\"lead\"><i>%1</i></p>")
                    .arg(markedToHtml(markMatches(summary, highlight)));
    html += QStringLiteral("<hr>");

    const QList<ArticleSplitter::Part> parts = ArticleSplitter::split(field(item, "text"));
    for (int i = 0; i < parts.size(); ++i) {
        const ArticleSplitter::Part &part = parts.at(i);
        if (part.label.isEmpty()) {
            html += paragraphsHtml(part.text, highlight, anchorName(i));
            continue;
        }
        html += QStringLiteral("<h2 style=\"font-size:%1px; margin-top:%2px;\">"
                               "<a name=\"%3\"></a>%4</h2>")
                    .arg(scaled(size, 1.15))
                    .arg(scaled(size, 0.8))
                    .arg(anchorName(i), HtmlText::escaped(part.label));
        html += paragraphsHtml(withoutArticleHeading(part.text), highlight, QString());
    }
    html += QStringLiteral("</body></html>");
    return html;
}
