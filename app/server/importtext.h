#pragma once

#include <QString>

// Text handling both importers need: what a feed or calendar says, made fit for an item.
class ImportText final
{
public:
    // Line breaks and runs of white space become single spaces (titles, places, names).
    static QString singleLine(const QString &text);
    // At most `limit` characters, cut at a word where one is near, with an ellipsis.
    static QString clipAtWord(const QString &text, int limit);
    // "Medio Ambiente" -> "medio-ambiente": how a category written in a feed is compared
    // with the kiosk's category ids.
    static QString slug(const QString &text);
};
