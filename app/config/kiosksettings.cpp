#include "kiosksettings.h"

#include "loglevels.h"
#include "staffpin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>

namespace {

std::chrono::seconds seconds(const QSettings &ini, const QString &key,
                             std::chrono::seconds fallback)
{
    bool ok = false;
    const qint64 value = ini.value(key).toLongLong(&ok);
    return ok && value > 0 ? std::chrono::seconds(value) : fallback;
}

// 0 is a real value for some keys (off), so a word or an empty value must not read as 0: it
// reads as -1, which problems() then names.
std::chrono::seconds exactSeconds(const QSettings &ini, const QString &key,
                                  std::chrono::seconds fallback)
{
    const QVariant value = ini.value(key);
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    return std::chrono::seconds(ok ? number : -1);
}

bool flag(const QSettings &ini, const QString &key, bool fallback)
{
    const QString value = ini.value(key).toString().trimmed().toLower();
    if (value == QLatin1String("true") || value == QLatin1String("on") ||
        value == QLatin1String("yes") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("off") ||
        value == QLatin1String("no") || value == QLatin1String("0"))
        return false;
    return fallback;
}

// A comma-separated value; QSettings splits unquoted commas itself, a quoted value it does not.
QStringList listValue(const QSettings &ini, const QString &key)
{
    QStringList values;
    const QString joined = ini.value(key).toStringList().join(u',');
    for (const QString &value : joined.split(u',', Qt::SkipEmptyParts))
        if (!value.trimmed().isEmpty())
            values << value.trimmed();
    return values;
}

} // namespace

KioskSettings KioskSettings::load(const QString &path)
{
    KioskSettings settings;
    const QSettings ini(path, QSettings::IniFormat);
    settings.serverUrl = QUrl(ini.value(QStringLiteral("server/url")).toString());
    settings.tokenFile = ini.value(QStringLiteral("server/token_file")).toString();
    settings.caFile = ini.value(QStringLiteral("server/ca_file")).toString().trimmed();
    settings.pinnedKeys = listValue(ini, QStringLiteral("server/pin_sha256"));
    settings.logLevel = ini.value(QStringLiteral("log/level"), settings.logLevel).toString();
    settings.logCategories = listValue(ini, QStringLiteral("log/categories"));
    settings.requestTimeout =
        seconds(ini, QStringLiteral("server/timeout_seconds"), settings.requestTimeout);
    settings.syncInterval =
        seconds(ini, QStringLiteral("sync/interval_seconds"), settings.syncInterval);
    settings.pageLimit = ini.value(QStringLiteral("sync/page_limit"), settings.pageLimit).toInt();
    // 0 is a real value here (off), so a word or an empty value must not read as 0.
    const QVariant heartbeat = ini.value(QStringLiteral("sync/heartbeat_seconds"));
    if (heartbeat.isValid()) {
        bool ok = false;
        const qint64 value = heartbeat.toLongLong(&ok);
        settings.heartbeatInterval = std::chrono::seconds(ok ? value : -1);
    }
    const QVariant longPoll = ini.value(QStringLiteral("sync/long_poll_seconds"));
    if (longPoll.isValid()) {
        bool ok = false;
        const qint64 value = longPoll.toLongLong(&ok);
        settings.longPoll = std::chrono::seconds(ok ? value : -1);
    }
    settings.blobQuotaBytes =
        ini.value(QStringLiteral("storage/blob_quota_mb"), 1024).toLongLong() * 1024 * 1024;
    settings.outboxRetentionDays =
        ini.value(QStringLiteral("outbox/retention_days"), settings.outboxRetentionDays).toInt();
    settings.dataDir = ini.value(QStringLiteral("storage/data_dir"),
                                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                           .toString();
    settings.language = ini.value(QStringLiteral("kiosk/language"), settings.language).toString();
    settings.municipality = ini.value(QStringLiteral("kiosk/municipality")).toString();
    settings.publicUrl = QUrl(ini.value(QStringLiteral("kiosk/public_url")).toString());
    const QString languages =
        ini.value(QStringLiteral("kiosk/languages")).toStringList().join(u',');
    if (!languages.isEmpty()) {
        settings.languages.clear();
        for (const QString &code : languages.split(u',', Qt::SkipEmptyParts))
            settings.languages << code.trimmed();
    }
    settings.countdownAfter =
        exactSeconds(ini, QStringLiteral("idle/countdown_after_seconds"), settings.countdownAfter);
    settings.countdown =
        exactSeconds(ini, QStringLiteral("idle/countdown_seconds"), settings.countdown);
    settings.attractAfter =
        exactSeconds(ini, QStringLiteral("idle/attract_after_seconds"), settings.attractAfter);
    settings.staffPinHash = ini.value(QStringLiteral("staff/pin_hash")).toString().trimmed();
    settings.staffMaxAttempts =
        ini.value(QStringLiteral("staff/max_attempts"), settings.staffMaxAttempts).toInt();
    settings.staffLockout =
        exactSeconds(ini, QStringLiteral("staff/lockout_seconds"), settings.staffLockout);
    settings.clerkMode =
        ini.value(QStringLiteral("clerk/mode"), settings.clerkMode).toString().trimmed();
    settings.clerkLogoutAfter =
        exactSeconds(ini, QStringLiteral("clerk/logout_after_seconds"), settings.clerkLogoutAfter);
    if (ini.contains(QStringLiteral("clerk/resident_required"))) {
        settings.residentRequired.clear();
        const QString required =
            ini.value(QStringLiteral("clerk/resident_required")).toStringList().join(u',');
        for (const QString &field : required.split(u',', Qt::SkipEmptyParts))
            settings.residentRequired << field.trimmed();
    }
    settings.receiptPrinter = ini.value(QStringLiteral("clerk/printer")).toString().trimmed();
    if (settings.receiptPrinter.startsWith(QLatin1String("pdf:")) &&
        settings.receiptPrinter.size() > 4)
        settings.receiptPrinter =
            QStringLiteral("pdf:") +
            QFileInfo(path).absoluteDir().absoluteFilePath(settings.receiptPrinter.mid(4));
    settings.theme = ini.value(QStringLiteral("access/theme"), settings.theme).toString();
    settings.largeText = flag(ini, QStringLiteral("access/large_text"), settings.largeText);
    settings.onScreenKeyboard =
        flag(ini, QStringLiteral("access/on_screen_keyboard"), settings.onScreenKeyboard);
    settings.readAloud = flag(ini, QStringLiteral("access/read_aloud"), settings.readAloud);
    // Relative paths in the file are relative to the file, not to wherever the kiosk started.
    const QDir base = QFileInfo(path).absoluteDir();
    if (!settings.tokenFile.isEmpty())
        settings.tokenFile = base.absoluteFilePath(settings.tokenFile);
    if (!settings.caFile.isEmpty())
        settings.caFile = base.absoluteFilePath(settings.caFile);
    if (!settings.dataDir.isEmpty())
        settings.dataDir = base.absoluteFilePath(settings.dataDir);
    return settings;
}

QStringList KioskSettings::problems() const
{
    QStringList problems;
    if (!serverUrl.isValid() || serverUrl.host().isEmpty())
        problems << QStringLiteral("server/url is missing or is not a web address "
                                   "(example: https://kiosco.municipio.example)");
    else if (serverUrl.scheme() != QLatin1String("https") &&
             serverUrl.scheme() != QLatin1String("http"))
        problems << QStringLiteral("server/url must start with https:// (or http:// for a "
                                   "server on this machine)");
    const bool https = serverUrl.scheme() == QLatin1String("https");
    if (!caFile.isEmpty()) {
        if (!https)
            problems << QStringLiteral("server/ca_file is set but server/url is not https://: "
                                       "certificates are checked only over https");
        QFile pem(caFile);
        if (!pem.open(QIODevice::ReadOnly))
            problems << QStringLiteral("cannot read server/ca_file %1: %2")
                            .arg(caFile, pem.errorString());
        else if (QSslCertificate::fromDevice(&pem, QSsl::Pem).isEmpty())
            problems << QStringLiteral("server/ca_file %1 holds no PEM certificate (it should "
                                       "hold lines like -----BEGIN CERTIFICATE-----)")
                            .arg(caFile);
    }
    if (!pinnedKeys.isEmpty() && !https)
        problems << QStringLiteral("server/pin_sha256 is set but server/url is not https://: "
                                   "keys are pinned only over https");
    for (const QString &pin : pinnedKeys) {
        if (QByteArray::fromBase64(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors)
                .size() != 32)
            problems << QStringLiteral("server/pin_sha256 has '%1', which is not a base64 SHA-256 "
                                       "(44 characters ending in '='; docs/operations.md shows "
                                       "the openssl command that prints it)")
                            .arg(pin);
    }
    problems << LogLevels::parse(logLevel, logCategories).problems();
    if (tokenFile.isEmpty()) {
        problems << QStringLiteral("server/token_file is not set: it names the file holding "
                                   "this kiosk's device token");
    } else {
        QString error;
        readToken(&error);
        if (!error.isEmpty())
            problems << error;
    }
    if (blobQuotaBytes < 0)
        problems << QStringLiteral("storage/blob_quota_mb must be 0 or more");
    if (pageLimit < 1 || pageLimit > 5000)
        problems << QStringLiteral("sync/page_limit must be from 1 to 5000");
    if (longPoll.count() < 0 || longPoll.count() > 60)
        problems << QStringLiteral("sync/long_poll_seconds must be from 0 (off) to 60");
    if (heartbeatInterval.count() != 0 &&
        (heartbeatInterval.count() < 30 || heartbeatInterval.count() > 86400))
        problems << QStringLiteral("sync/heartbeat_seconds must be 0 (off) or from 30 to 86400");
    if (dataDir.isEmpty())
        problems << QStringLiteral("storage/data_dir is not set");
    if (language != QLatin1String("es") && language != QLatin1String("en"))
        problems << QStringLiteral("kiosk/language must be es or en, not '%1'").arg(language);
    for (const QString &code : languages) {
        if (code != QLatin1String("es") && code != QLatin1String("en"))
            problems << QStringLiteral("kiosk/languages lists '%1': the kiosk speaks es and en")
                            .arg(code);
    }
    const bool knownLanguage = language == QLatin1String("es") || language == QLatin1String("en");
    if (knownLanguage && !languages.contains(language))
        problems << QStringLiteral("kiosk/languages must include the default language '%1'")
                        .arg(language);
    if (countdownAfter.count() < 10 || countdownAfter.count() > 3600)
        problems << QStringLiteral("idle/countdown_after_seconds must be from 10 to 3600: the time "
                                   "without a touch before the kiosk asks whether anyone is there");
    if (countdown.count() < 5 || countdown.count() > 120)
        problems << QStringLiteral("idle/countdown_seconds must be from 5 to 120: how long the "
                                   "countdown runs before what was typed is wiped");
    if (attractAfter.count() != 0 && (attractAfter.count() < 10 || attractAfter.count() > 86400))
        problems << QStringLiteral("idle/attract_after_seconds must be 0 (no attract screen) or "
                                   "from 10 to 86400");
    if (!staffPinHash.isEmpty()) {
        int iterations = 0;
        QString problem;
        if (!StaffPin::parse(staffPinHash, &iterations, nullptr, nullptr, &problem))
            problems << QStringLiteral("staff/pin_hash is not a PIN hash made by "
                                       "`municipal-kiosk --hash-pin`: %1. Never write the PIN "
                                       "itself here")
                            .arg(problem);
        else if (iterations < StaffPin::MinimumIterations)
            problems << QStringLiteral("staff/pin_hash has too few iterations (%1, at least %2 "
                                       "are needed): make a new hash with "
                                       "municipal-kiosk --hash-pin")
                            .arg(iterations)
                            .arg(StaffPin::MinimumIterations);
    }
    if (staffMaxAttempts < 1 || staffMaxAttempts > 20)
        problems << QStringLiteral("staff/max_attempts must be from 1 to 20");
    if (staffLockout.count() < 10 || staffLockout.count() > 86400)
        problems << QStringLiteral("staff/lockout_seconds must be from 10 to 86400");
    if (clerkMode != QLatin1String("off") && clerkMode != QLatin1String("kiosk") &&
        clerkMode != QLatin1String("desk"))
        problems << QStringLiteral("clerk/mode must be off, kiosk (clerks log in through the "
                                   "staff gesture) or desk (a counter PC that opens on the "
                                   "clerks' login), not '%1'")
                        .arg(clerkMode);
    if (clerkLogoutAfter.count() < 60 || clerkLogoutAfter.count() > 1800)
        problems << QStringLiteral("clerk/logout_after_seconds must be from 60 to 1800: a clerk "
                                   "who leaves the counter is logged out after this long, so "
                                   "keep it shorter than a break");
    for (const QString &field : residentRequired) {
        if (field != QLatin1String("address") && field != QLatin1String("id_number") &&
            field != QLatin1String("phone"))
            problems << QStringLiteral("clerk/resident_required lists '%1': it may list address, "
                                       "id_number and phone (the name is always required)")
                            .arg(field);
    }
    if (receiptPrinter == QLatin1String("pdf:"))
        problems << QStringLiteral("clerk/printer pdf: needs the directory for the PDF files "
                                   "(example: pdf:/var/lib/municipal-kiosk/receipts)");
    if (theme != QLatin1String("default") && theme != QLatin1String("high-contrast"))
        problems
            << QStringLiteral("access/theme must be default or high-contrast, not '%1'").arg(theme);
    if (!publicUrl.isEmpty() && (!publicUrl.isValid() || publicUrl.host().isEmpty() ||
                                 (publicUrl.scheme() != QLatin1String("https") &&
                                  publicUrl.scheme() != QLatin1String("http"))))
        problems << QStringLiteral("kiosk/public_url must be the municipality's web address "
                                   "(example: https://www.municipio.example/kiosco/), or empty "
                                   "for no take-home codes");
    return problems;
}

QByteArray KioskSettings::readToken(QString *error) const
{
    QFile file(tokenFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read the device token file %1: %2")
                         .arg(tokenFile, file.errorString());
        return {};
    }
    const QByteArray token = file.read(4096).trimmed();
    if (token.isEmpty() && error)
        *error = QStringLiteral("the device token file %1 is empty").arg(tokenFile);
    return token;
}

QString KioskSettings::blobDir() const
{
    return QDir(dataDir).filePath(QStringLiteral("blobs"));
}

QString KioskSettings::clerksPath() const
{
    return QDir(dataDir).filePath(QStringLiteral("clerks.sqlite"));
}

QString KioskSettings::outboxPath() const
{
    return QDir(dataDir).filePath(QStringLiteral("outbox.sqlite"));
}
