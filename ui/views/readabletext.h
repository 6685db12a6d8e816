#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemView;
class QTextDocument;
class QWidget;

// What a section gives to be read aloud: plain words, never markup, web addresses or the
// payload of a take-home code, and never what a person typed (a voice carries across the room).
class ReadableText final
{
public:
    static constexpr int kListEntries = 10;

    // One text of the parts, each a sentence of its own: a full stop is added where a part
    // ends without one, so a voice pauses between them. Empty parts are left out.
    static QString join(const QStringList &parts);
    // Plain text as a voice should get it: web addresses and symbols a voice would spell out
    // ("●", "▶") removed, spaces tidied, a line per paragraph.
    static QString clean(const QString &text);
    static QString fromHtml(const QString &html);
    // A read-only document from `position` (the first character in sight, say) to its end.
    static QString fromDocument(const QTextDocument *document, int position = 0);
    // The titles of a list's entries from the first one in sight, at most `limit`.
    static QStringList listTitles(const QAbstractItemView *view, int limit = kListEntries);
    // What a page shows, in the order of its widgets: labels, the words on buttons (not
    // whether they are chosen), read-only texts, the first entries of lists, progress. Left
    // out: whatever was typed (text fields, a form's answers: inside a form field only its
    // question, hint and problem are read; labels with the "review" property), take-home
    // codes, the buttons of filters and of a form's foot, and the widgets in `skip`.
    static QStringList screenText(const QWidget *page, const QList<const QWidget *> &skip = {});
};
