// Latency of the kiosk's legal search, as the legal section runs it (LegalSearch, 50 hits, on
// the UI's own connection to the cache), one query at a time.
//
//     bench_legalsearch --statement
//         prints the SQL statements LegalSearch runs and its candidate limit (JSON), for the
//         sqlite3 reference
//     bench_legalsearch DATA_DIR ITERATIONS TYPED...
//         one JSON line per typed text: its FTS5 match query, the hits (and how many of them
//         are titles, which decides what the articles' statement is asked), and every run's time in
//         microseconds (after three untimed runs), for the caller to take percentiles; a text
//         runs ITERATIONS times, or for ten seconds if that comes first (at least ten runs)
#include "contentcache.h"
#include "legalsearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("--statement")) {
        const QJsonObject statement{{QStringLiteral("titles"), LegalSearch::titleStatement()},
                                    {QStringLiteral("articles"), LegalSearch::articleStatement()},
                                    {QStringLiteral("candidates"), LegalSearch::CandidateLimit}};
        out << QJsonDocument(statement).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (args.size() < 3) {
        err << "usage: bench_legalsearch DATA_DIR ITERATIONS TYPED...\n";
        return 2;
    }
    ContentCache cache(args.at(0));
    QString error;
    if (!cache.open(&error)) {
        err << "cannot open the cache: " << error << '\n';
        return 1;
    }
    const int iterations = args.at(1).toInt();
    const LegalSearch search(cache.database());
    constexpr int kHits = 50; // what the legal section asks for
    for (const QString &typed : args.mid(2)) {
        QList<LegalSearch::Hit> found;
        for (int i = 0; i < 3; ++i)
            found = search.search(typed, kHits);
        const auto titleHits = std::count_if(found.cbegin(), found.cend(),
                                             [](const auto &hit) { return hit.inTitle; });
        int hits = int(found.size());
        if (!search.lastError().isEmpty()) {
            err << "search failed: " << search.lastError() << '\n';
            return 1;
        }
        QJsonArray micros;
        QElapsedTimer timer;
        QElapsedTimer budget;
        budget.start();
        constexpr qint64 kBudgetMs = 10'000;
        for (int i = 0; i < iterations && (i < 10 || budget.elapsed() < kBudgetMs); ++i) {
            timer.start();
            hits = int(search.search(typed, kHits).size());
            micros.append(double(timer.nsecsElapsed()) / 1000.0);
        }
        const QJsonObject line{{QStringLiteral("typed"), typed},
                               {QStringLiteral("match"), LegalSearch::toMatchQuery(typed)},
                               {QStringLiteral("hits"), hits},
                               {QStringLiteral("title_hits"), qint64(titleHits)},
                               {QStringLiteral("micros"), micros}};
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return 0;
}
