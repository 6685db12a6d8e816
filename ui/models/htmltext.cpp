#include "htmltext.h"

namespace {

constexpr char16_t kZeroWidthSpace = 0x200B;

} // namespace

QString HtmlText::escaped(const QString &text)
{
    // Breaks first: an entity of the escaped text must not be cut in two.
    return breakable(text).toHtmlEscaped();
}

QString HtmlText::breakable(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / kMaxRun);
    int run = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(kZeroWidthSpace)) {
            run = 0;
        } else if (!c.isLowSurrogate() && !c.isMark() && run >= kMaxRun) {
            out.append(QChar(kZeroWidthSpace));
            run = 0;
        }
        if (!c.isSpace() && !c.isLowSurrogate())
            ++run;
        out.append(c);
    }
    return out;
}
