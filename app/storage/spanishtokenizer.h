#pragma once

#include <QString>
#include <QStringView>

struct sqlite3;

// The FTS5 tokenizer "mk_spanish": unicode61 with remove_diacritics 0, each token then folded
// by fold(). unicode61's own remove_diacritics 2 would fold ñ to n, and in Spanish "año" and
// "ano" are different words. Tokens keep the byte offsets of the original text, so highlight()
// and snippet() mark the accented words as written.
class SpanishTokenizer final
{
public:
    static constexpr const char *name = "mk_spanish";

    // Lower case, without accents or diaeresis (á -> a, ü -> u), but ñ stays ñ.
    static QString fold(QStringView word);

    // Makes the tokenizer known to one connection; FTS5 tables using it cannot be created,
    // written or queried on a connection without it.
    static bool registerOn(sqlite3 *db, QString *error);
    // Registers it on every connection opened from now on in this process (an SQLite
    // auto-extension), including those Qt's driver opens. Calling it again does nothing.
    static void registerOnNewConnections();
};
