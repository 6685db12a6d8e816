#include "kiosksettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

std::chrono::seconds seconds(const QSettings &ini, const QString &key,
                             std::chrono::seconds fallback)
{
    bool ok = false;
    const qint64 value = ini.value(key).toLongLong(&ok);
    return ok && value > 0 ? std::chrono::seconds(value) : fallback;
}

} // namespace

KioskSettings KioskSettings::load(const QString &path)
{
    KioskSettings settings;
    const QSettings ini(path, QSettings::IniFormat);
    settings.serverUrl = QUrl(ini.value(QStringLiteral("server/url")).toString());
    settings.tokenFile = ini.value(QStringLiteral("server/token_file")).toString();
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
    // Relative paths in the file are relative to the file, not to wherever the kiosk started.
    const QDir base = QFileInfo(path).absoluteDir();
    if (!settings.tokenFile.isEmpty())
        settings.tokenFile = base.absoluteFilePath(settings.tokenFile);
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

QString KioskSettings::outboxPath() const
{
    return QDir(dataDir).filePath(QStringLiteral("outbox.sqlite"));
}
