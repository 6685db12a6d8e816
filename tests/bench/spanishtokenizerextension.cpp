// The kiosk's "mk_spanish" FTS5 tokenizer as an SQLite loadable extension, so that the sqlite3
// command line can open a kiosk cache and run the very query the kiosk runs: the reference the
// legal search benchmark compares the kiosk against.
//
//     sqlite3 cache.sqlite -cmd '.load build/release/tests/bench/mk_spanish_fts'
#include "spanishtokenizer.h"

#include <sqlite3.h>

extern "C" __attribute__((visibility("default"))) int
sqlite3_extension_init(sqlite3 *db, char **message, const void * /*api*/)
{
    QString error;
    if (SpanishTokenizer::registerOn(db, &error))
        return SQLITE_OK;
    *message = sqlite3_mprintf("%s", error.toUtf8().constData());
    return SQLITE_ERROR;
}
