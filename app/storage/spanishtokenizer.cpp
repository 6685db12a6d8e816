#include "spanishtokenizer.h"

#include <QByteArray>
#include <memory>
#include <sqlite3.h>

namespace {

struct Wrapped
{
    fts5_tokenizer inner{};
    Fts5Tokenizer *instance = nullptr;
};

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

struct Forward
{
    void *context = nullptr;
    TokenCallback deliver = nullptr;
    QByteArray folded; // reused between tokens
};

bool isAscii(const char *text, int size)
{
    for (int i = 0; i < size; ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80)
            return false;
    }
    return true;
}

int forwardToken(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *forward = static_cast<Forward *>(context);
    // unicode61 already lower-cases, and ASCII has nothing else to fold: most tokens skip the
    // round trip through QString.
    if (isAscii(token, size))
        return forward->deliver(forward->context, flags, token, size, start, end);
    forward->folded =
        SpanishTokenizer::fold(QString::fromUtf8(token, static_cast<qsizetype>(size))).toUtf8();
    if (forward->folded.isEmpty())
        return SQLITE_OK;
    return forward->deliver(forward->context, flags, forward->folded.constData(),
                            static_cast<int>(forward->folded.size()), start, end);
}

int createTokenizer(void *userData, const char **, int, Fts5Tokenizer **out)
{
    auto *api = static_cast<fts5_api *>(userData);
    auto wrapped = std::make_unique<Wrapped>();
    void *innerData = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &innerData, &wrapped->inner);
    if (rc != SQLITE_OK)
        return rc;
    // Combining marks count as part of a word, so that text typed or stored decomposed (NFD)
    // still gives one token for fold() to clean, not a word cut at each accent.
    const char *innerArgs[] = {"remove_diacritics", "0", "categories", "L* N* Co M*"};
    rc = wrapped->inner.xCreate(innerData, innerArgs, 4, &wrapped->instance);
    if (rc != SQLITE_OK)
        return rc;
    *out = reinterpret_cast<Fts5Tokenizer *>(wrapped.release());
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    auto *wrapped = reinterpret_cast<Wrapped *>(tokenizer);
    if (wrapped->instance)
        wrapped->inner.xDelete(wrapped->instance);
    delete wrapped;
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
             TokenCallback deliver)
{
    auto *wrapped = reinterpret_cast<Wrapped *>(tokenizer);
    Forward forward;
    forward.context = context;
    forward.deliver = deliver;
    return wrapped->inner.xTokenize(wrapped->instance, &forward, flags, text, size, forwardToken);
}

fts5_tokenizer methods = {createTokenizer, deleteTokenizer, tokenize};

int registerOnOpen(sqlite3 *db, char **message, const sqlite3_api_routines *)
{
    QString error;
    if (SpanishTokenizer::registerOn(db, &error))
        return SQLITE_OK;
    if (message)
        *message = sqlite3_mprintf("%s", error.toUtf8().constData());
    return SQLITE_ERROR;
}

} // namespace

QString SpanishTokenizer::fold(QStringView word)
{
    const QString decomposed = word.toString().toLower().normalized(QString::NormalizationForm_D);
    QString kept;
    kept.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            kept.append(c);
            continue;
        }
        // ñ is a letter of its own in Spanish, not an accented n: its tilde is the one mark kept.
        if (c.unicode() == 0x0303 && !kept.isEmpty() && kept.back() == u'n')
            kept.append(c);
    }
    return kept.normalized(QString::NormalizationForm_C);
}

bool SpanishTokenizer::registerOn(sqlite3 *db, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot register the %1 tokenizer: %2")
                         .arg(QLatin1StringView(name), why);
        return false;
    };
    if (!db)
        return fail(QStringLiteral("no connection"));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    fts5_api *api = nullptr;
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return fail(QStringLiteral("this SQLite has no FTS5"));
    if (api->xCreateTokenizer(api, name, api, &methods, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    return true;
}

void SpanishTokenizer::registerOnNewConnections()
{
    // The cast to a function of no arguments is how SQLite's own API takes entry points.
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(registerOnOpen));
}
