// The longest stall of the kiosk's UI event loop while the kiosk runs its first, full sync: the
// real KioskApp (window, sync thread, list refreshes), with a precise 4 ms timer on the UI
// thread whose late firings are the stalls a citizen would feel as a frozen screen.
//
//     bench_uistall --config kiosk.conf [--seconds LIMIT]
//
// Prints one JSON line when the first successful sync pass ends (or at the limit): the longest
// stall, the 99th percentile of the timer's gaps, the count of stalls over one and over two
// frames (16 and 32 ms), the pass's changes and duration, and the slowest event deliveries on
// the UI thread (what was running: receiver, its name, the event), to say where a stall came
// from, or that none of the kiosk's own work did (the thread was waiting for a core).
#include "keyboardpanel.h"
#include "kioskapp.h"
#include "kiosksettings.h"
#include "syncreport.h"
#include "syncservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <vector>

namespace {

// Times every event the UI thread delivers, outermost only (a slot that sends events is one).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        qint64 micros = 0;
        QString what;
    };
    std::vector<Slow> slowest; // the longest deliveries, longest first, at most 8

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Read now: delivering an event may delete its receiver (deleteLater).
        const char *className = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const int type = int(event->type());
        QElapsedTimer timer;
        timer.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 micros = timer.nsecsElapsed() / 1000;
        if (slowest.size() < 8 || micros > slowest.back().micros) {
            slowest.push_back({micros, QStringLiteral("%1(%2) event %3")
                                           .arg(QLatin1StringView(className), name)
                                           .arg(type)});
            std::sort(slowest.begin(), slowest.end(),
                      [](const Slow &a, const Slow &b) { return a.micros > b.micros; });
            if (slowest.size() > 8)
                slowest.pop_back();
        }
        return result;
    }

private:
    int m_depth = 0;
};

QString optionValue(int argc, char *argv[], const char *name)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // As main() does: the keyboard is chosen before the application exists.
    const KioskSettings settings = KioskSettings::load(optionValue(argc, argv, "--config"));
    if (settings.onScreenKeyboard)
        KeyboardPanel::prepareEnvironment();
    TimedApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString seconds = optionValue(argc, argv, "--seconds");
    const int limitSeconds = seconds.isEmpty() ? 1800 : seconds.toInt();

    KioskApp kiosk(settings, /*windowed=*/true);
    QString error;
    if (!kiosk.start(&error)) {
        err << "cannot start: " << error << '\n';
        return 1;
    }

    constexpr qint64 kTickMs = 4;
    std::vector<qint64> gapsMicros;
    gapsMicros.reserve(1 << 20);
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(int(kTickMs));
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gapsMicros.push_back((now - last) / 1000);
        last = now;
    });
    ticker.start();

    QJsonObject result;
    auto finish = [&](const QString &how) {
        ticker.stop();
        std::vector<qint64> sorted = gapsMicros;
        std::sort(sorted.begin(), sorted.end());
        const auto percentile = [&](double p) {
            return sorted.empty() ? 0.0
                                  : double(sorted[size_t(p * double(sorted.size() - 1))]) / 1000.0;
        };
        const auto over = [&](qint64 ms) {
            return qint64(std::count_if(sorted.begin(), sorted.end(), [&](qint64 gap) {
                return gap - kTickMs * 1000 > ms * 1000;
            }));
        };
        const double longest = sorted.empty() ? 0.0 : double(sorted.back()) / 1000.0;
        result.insert(QStringLiteral("end"), how);
        result.insert(QStringLiteral("ticks"), qint64(sorted.size()));
        result.insert(QStringLiteral("longest_stall_ms"), std::max(0.0, longest - double(kTickMs)));
        result.insert(QStringLiteral("p99_gap_ms"), percentile(0.99));
        result.insert(QStringLiteral("stalls_over_16ms"), over(16));
        result.insert(QStringLiteral("stalls_over_32ms"), over(32));
        QJsonArray slowest;
        for (const TimedApplication::Slow &slow : app.slowest)
            slowest.append(QStringLiteral("%1 ms %2")
                               .arg(double(slow.micros) / 1000.0, 0, 'f', 1)
                               .arg(slow.what));
        result.insert(QStringLiteral("slowest_events"), slowest);
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        QCoreApplication::exit(how == QLatin1String("synced") ? 0 : 1);
    };
    QObject::connect(kiosk.syncService(), &SyncService::syncFinished, &app,
                     [&](const SyncReport &report) {
                         if (!report.ok) {
                             err << "sync failed: " << report.error << '\n';
                             return;
                         }
                         result.insert(QStringLiteral("changes"), report.changes);
                         result.insert(QStringLiteral("pages"), report.pages);
                         result.insert(QStringLiteral("sync_ms"), report.milliseconds);
                         result.insert(QStringLiteral("cursor"), report.cursor);
                         // The lists refresh a moment after the last page (they coalesce
                         // bursts); keep measuring through that refresh.
                         QTimer::singleShot(1000, &app, [&] { finish(QStringLiteral("synced")); });
                     });
    QTimer::singleShot(limitSeconds * 1000, &app, [&] { finish(QStringLiteral("time limit")); });
    return app.exec();
}
