// Queues suggestions in a kiosk's outbox, as the kiosk's forms do (OutboxStore::enqueue, each
// on disk before its receipt), for the outbox upload benchmark. Prints the time it took.
//
//     bench_outboxfill OUTBOX_FILE COUNT
#include "outboxstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() != 2) {
        err << "usage: bench_outboxfill OUTBOX_FILE COUNT\n";
        return 2;
    }
    OutboxStore outbox;
    QString error;
    if (!outbox.open(args.at(0), &error)) {
        err << "cannot open the outbox: " << error << '\n';
        return 1;
    }
    const int count = args.at(1).toInt();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const QJsonObject payload{
            {QStringLiteral("text"),
             QStringLiteral("Propuesta %1: poner bancos a la sombra en la parada de ómnibus del "
                            "parque, donde los mayores esperan al sol cada mañana.")
                 .arg(i)},
            {QStringLiteral("topic"), QStringLiteral("transporte")}};
        if (!outbox.enqueue(QStringLiteral("suggestion"), QStringLiteral("es"), payload,
                            QDateTime::currentDateTimeUtc(), QStringLiteral("Sugerencia"),
                            &error)) {
            err << "cannot queue: " << error << '\n';
            return 1;
        }
    }
    out << "queued " << count << " in " << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}
