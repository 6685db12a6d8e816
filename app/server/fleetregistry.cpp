#include "fleetregistry.h"

#include "sqldatabase.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

// The largest whole number a JSON number (a double) carries exactly.
constexpr qint64 maxWhole = qint64(1) << 53;
constexpr qint64 maxPending = 1000000;
constexpr qint64 maxAgeSeconds = qint64(20) * 366 * 24 * 3600;

const QLatin1StringView statusOk("ok");
const QLatin1StringView statusSilent("silent");
const QLatin1StringView statusNeverSeen("never_seen");
const QLatin1StringView statusRevoked("revoked");

// A whole number within 0..max under `key`. Absent and null are accepted unless `required`,
// and leave *out empty.
bool readWhole(const QJsonObject &object, QLatin1StringView key, qint64 max, bool required,
               std::optional<qint64> *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            *error = QStringLiteral("'%1' is required").arg(key);
        return !required;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) || number < 0 ||
        number > double(max)) {
        *error = QStringLiteral("'%1' must be a whole number from 0 to %2").arg(key).arg(max);
        return false;
    }
    *out = qint64(number);
    return true;
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString toIso(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QVariant orNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant orNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(toIso(when)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<qint64> optionalWhole(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString duration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return QStringLiteral("%1 h").arg(seconds / 3600);
    return QStringLiteral("%1 days").arg(seconds / 86400);
}

QString ago(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return QStringLiteral("never");
    return duration(when.secsTo(now)) + QStringLiteral(" ago");
}

// Decimal units, as disks are sold and as `df -H` shows them.
QString bytes(qint64 count)
{
    static const char *const units[] = {"kB", "MB", "GB", "TB", "PB"};
    if (count < 1000)
        return QStringLiteral("%1 B").arg(count);
    double value = double(count);
    int unit = -1;
    while (value >= 1000 && unit < int(std::size(units)) - 1) {
        value /= 1000;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(QString::number(value, 'f', value < 100 ? 1 : 0),
                                       QLatin1StringView(units[unit]));
}

QString orDash(const std::optional<qint64> &value, QString (*format)(qint64))
{
    return value ? format(*value) : QStringLiteral("-");
}

QString plain(qint64 value)
{
    return QString::number(value);
}

QJsonValue jsonOrNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(toIso(when)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString FleetRegistry::Kiosk::status() const
{
    if (revoked)
        return statusRevoked;
    if (!lastContact.isValid())
        return statusNeverSeen;
    return silent ? statusSilent : statusOk;
}

FleetRegistry::FleetRegistry(SqlDatabase &db)
    : m_db(db)
{}

FleetRegistry::Recorded FleetRegistry::record(const QString &device, const QJsonObject &heartbeat,
                                              const QDateTime &receivedAt, QString *error)
{
    QString why;
    const auto invalid = [&](const QString &reason) {
        if (error)
            *error = reason;
        return Recorded::Invalid;
    };
    if (device.isEmpty() || !receivedAt.isValid())
        return invalid(QStringLiteral("a heartbeat needs a device and the time it arrived"));

    static const QRegularExpression versionShape(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.+~_-]{0,63}$"));
    const QJsonValue version = heartbeat.value(QLatin1StringView("version"));
    if (!version.isString() || !versionShape.match(version.toString()).hasMatch())
        return invalid(QStringLiteral("'version' must be 1 to 64 letters, digits or . + ~ _ -, "
                                      "starting with a letter or digit"));

    std::optional<qint64> cursor;
    std::optional<qint64> pending;
    std::optional<qint64> oldestPendingSeconds;
    std::optional<qint64> freeDisk;
    std::optional<qint64> lastSyncSeconds;
    if (!readWhole(heartbeat, QLatin1StringView("cursor"), maxWhole, true, &cursor, &why) ||
        !readWhole(heartbeat, QLatin1StringView("outbox_pending"), maxPending, false, &pending,
                   &why) ||
        !readWhole(heartbeat, QLatin1StringView("oldest_pending_seconds"), maxAgeSeconds, false,
                   &oldestPendingSeconds, &why) ||
        !readWhole(heartbeat, QLatin1StringView("free_disk_bytes"), maxWhole, false, &freeDisk,
                   &why) ||
        !readWhole(heartbeat, QLatin1StringView("last_sync_seconds"), maxAgeSeconds, false,
                   &lastSyncSeconds, &why))
        return invalid(why);

    const QJsonValue lastError = heartbeat.value(QLatin1StringView("last_error"));
    if (!lastError.isUndefined() && !lastError.isNull() && !lastError.isString())
        return invalid(QStringLiteral("'last_error' must be a string"));
    const QString errorText = lastError.toString();
    if (errorText.size() > maxErrorLength)
        return invalid(
            QStringLiteral("'last_error' may be at most %1 characters").arg(maxErrorLength));
    if (hasControlCharacters(errorText))
        return invalid(QStringLiteral("'last_error' must not hold control characters"));

    // Ages rather than times cross the wire, so a kiosk whose clock is wrong still reports
    // correctly; they become times on the server's clock here.
    const QDateTime received = receivedAt.toUTC();
    QDateTime oldestPendingAt;
    if (pending.value_or(0) > 0 && oldestPendingSeconds)
        oldestPendingAt = received.addSecs(-*oldestPendingSeconds);
    const QDateTime lastSyncAt =
        lastSyncSeconds ? received.addSecs(-*lastSyncSeconds) : QDateTime();

    QSqlQuery upsert(m_db.connection());
    upsert.prepare(QStringLiteral(
        "INSERT INTO heartbeats (device, received_at, version, cursor, outbox_pending, "
        "oldest_pending_at, free_disk_bytes, last_error, last_sync_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device) DO UPDATE SET "
        "received_at = excluded.received_at, version = excluded.version, "
        "cursor = excluded.cursor, outbox_pending = excluded.outbox_pending, "
        "oldest_pending_at = excluded.oldest_pending_at, "
        "free_disk_bytes = excluded.free_disk_bytes, last_error = excluded.last_error, "
        "last_sync_at = excluded.last_sync_at"));
    upsert.addBindValue(device);
    upsert.addBindValue(toIso(received));
    upsert.addBindValue(version.toString());
    upsert.addBindValue(*cursor);
    upsert.addBindValue(orNull(pending));
    upsert.addBindValue(orNull(oldestPendingAt));
    upsert.addBindValue(orNull(freeDisk));
    // A null QString may bind NULL (PostgreSQL's driver always does): '' says "no error".
    upsert.addBindValue(errorText.isNull() ? QStringLiteral("") : errorText);
    upsert.addBindValue(orNull(lastSyncAt));
    if (!upsert.exec()) {
        if (error)
            *error = QStringLiteral("cannot store the heartbeat of %1: %2")
                         .arg(device, upsert.lastError().text());
        return Recorded::Failed;
    }
    return Recorded::Stored;
}

QList<FleetRegistry::Kiosk> FleetRegistry::list(const QDateTime &now,
                                                std::chrono::seconds silentAfter, qint64 latestSeq,
                                                QString *error) const
{
    QList<Kiosk> kiosks;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT d.name, d.revoked_at, h.received_at, h.version, h.cursor, h.outbox_pending, "
            "h.oldest_pending_at, h.free_disk_bytes, h.last_error, h.last_sync_at "
            "FROM devices d LEFT JOIN heartbeats h ON h.device = d.name ORDER BY d.name"))) {
        if (error)
            *error = QStringLiteral("cannot read the fleet: %1").arg(query.lastError().text());
        return kiosks;
    }
    while (query.next()) {
        Kiosk kiosk;
        kiosk.name = query.value(0).toString();
        kiosk.revoked = !query.value(1).isNull();
        kiosk.lastContact = fromIso(query.value(2));
        if (kiosk.lastContact.isValid()) {
            kiosk.version = query.value(3).toString();
            kiosk.cursor = query.value(4).toLongLong();
            kiosk.cursorLag = std::max<qint64>(0, latestSeq - *kiosk.cursor);
            kiosk.outboxPending = optionalWhole(query.value(5));
            const QDateTime oldestPendingAt = fromIso(query.value(6));
            if (oldestPendingAt.isValid())
                kiosk.oldestPendingSeconds = std::max<qint64>(0, oldestPendingAt.secsTo(now));
            kiosk.freeDiskBytes = optionalWhole(query.value(7));
            kiosk.lastError = query.value(8).toString();
            kiosk.lastSyncAt = fromIso(query.value(9));
        }
        kiosk.silent =
            !kiosk.lastContact.isValid() || kiosk.lastContact.secsTo(now) > silentAfter.count();
        kiosks.append(kiosk);
    }
    return kiosks;
}

QString FleetRegistry::toText(const QList<Kiosk> &kiosks, const QDateTime &now,
                              std::chrono::seconds silentAfter)
{
    if (kiosks.isEmpty())
        return QStringLiteral("No kiosk has a device token yet (municipal-server token issue "
                              "NAME).\n");

    const QStringList titles = {QStringLiteral("KIOSK"),     QStringLiteral("STATUS"),
                                QStringLiteral("VERSION"),   QStringLiteral("LAST CONTACT"),
                                QStringLiteral("LAG"),       QStringLiteral("OUTBOX"),
                                QStringLiteral("OLDEST"),    QStringLiteral("FREE DISK"),
                                QStringLiteral("LAST SYNC"), QStringLiteral("LAST ERROR")};
    // Counts and sizes line up on the right, like numbers in any table.
    const QList<bool> rightAligned = {false, false, false, false, true,
                                      true,  true,  true,  false, false};
    QList<QStringList> rows{titles};
    int ok = 0;
    int silent = 0;
    int neverSeen = 0;
    int revoked = 0;
    for (const Kiosk &kiosk : kiosks) {
        const QString status = kiosk.status();
        QString shown;
        if (status == statusRevoked) {
            shown = QStringLiteral("revoked");
            ++revoked;
        } else if (status == statusNeverSeen) {
            shown = QStringLiteral("NEVER SEEN");
            ++neverSeen;
        } else if (status == statusSilent) {
            shown = QStringLiteral("SILENT");
            ++silent;
        } else {
            shown = QStringLiteral("ok");
            ++ok;
        }
        const bool seen = kiosk.lastContact.isValid();
        rows.append({TerminalText::printable(kiosk.name), shown,
                     seen ? TerminalText::printable(kiosk.version) : QStringLiteral("-"),
                     ago(kiosk.lastContact, now), orDash(kiosk.cursorLag, plain),
                     orDash(kiosk.outboxPending, plain),
                     orDash(kiosk.oldestPendingSeconds, duration),
                     orDash(kiosk.freeDiskBytes, bytes),
                     seen ? ago(kiosk.lastSyncAt, now) : QStringLiteral("-"),
                     TerminalText::printable(kiosk.lastError)});
    }

    QList<qsizetype> widths(titles.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            if (column > 0)
                line += QStringLiteral("  ");
            if (rightAligned.at(column))
                line += row.at(column).rightJustified(widths.at(column));
            else
                line += last ? row.at(column) : row.at(column).leftJustified(widths.at(column));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    text += QStringLiteral("\n%1 kiosks: %2 ok, %3 silent (no heartbeat for %4), %5 never seen, "
                           "%6 revoked\n")
                .arg(kiosks.size())
                .arg(ok)
                .arg(silent)
                .arg(duration(silentAfter.count()))
                .arg(neverSeen)
                .arg(revoked);
    return text;
}

QByteArray FleetRegistry::toJson(const QList<Kiosk> &kiosks, const QDateTime &now,
                                 std::chrono::seconds silentAfter)
{
    QJsonArray list;
    QJsonObject counts{{statusOk, 0}, {statusSilent, 0}, {statusNeverSeen, 0}, {statusRevoked, 0}};
    for (const Kiosk &kiosk : kiosks) {
        const QString status = kiosk.status();
        counts[status] = counts.value(status).toInt() + 1;
        const bool seen = kiosk.lastContact.isValid();
        list.append(QJsonObject{
            {QStringLiteral("name"), kiosk.name},
            {QStringLiteral("status"), status},
            {QStringLiteral("revoked"), kiosk.revoked},
            {QStringLiteral("silent"), kiosk.silent},
            {QStringLiteral("last_contact"), jsonOrNull(kiosk.lastContact)},
            {QStringLiteral("last_contact_seconds"),
             jsonOrNull(
                 seen ? std::optional<qint64>(std::max<qint64>(0, kiosk.lastContact.secsTo(now)))
                      : std::nullopt)},
            {QStringLiteral("version"), seen ? QJsonValue(kiosk.version) : QJsonValue()},
            {QStringLiteral("cursor"), jsonOrNull(kiosk.cursor)},
            {QStringLiteral("cursor_lag"), jsonOrNull(kiosk.cursorLag)},
            {QStringLiteral("outbox_pending"), jsonOrNull(kiosk.outboxPending)},
            {QStringLiteral("oldest_pending_seconds"), jsonOrNull(kiosk.oldestPendingSeconds)},
            {QStringLiteral("free_disk_bytes"), jsonOrNull(kiosk.freeDiskBytes)},
            {QStringLiteral("last_error"), seen ? QJsonValue(kiosk.lastError) : QJsonValue()},
            {QStringLiteral("last_sync_at"), jsonOrNull(kiosk.lastSyncAt)},
        });
    }
    const QJsonObject root{{QStringLiteral("generated_at"), toIso(now)},
                           {QStringLiteral("silent_after_seconds"), qint64(silentAfter.count())},
                           {QStringLiteral("counts"), counts},
                           {QStringLiteral("kiosks"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
