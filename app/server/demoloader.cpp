#include "demoloader.h"

#include "blobdirectory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <array>
#include <utility>

namespace {

const QStringList kDateFields{
    QStringLiteral("published_at"), QStringLiteral("updated_at"), QStringLiteral("starts_at"),
    QStringLiteral("ends_at"),      QStringLiteral("deadline"),   QStringLiteral("opens_at"),
    QStringLiteral("closes_at"),    QStringLiteral("started_at"), QStringLiteral("expected_end"),
    QStringLiteral("created_at"),   QStringLiteral("closed_at")};

QString shifted(const QString &text, qint64 days)
{
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? date.addDays(days).toString(Qt::ISODate) : text;
    }
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
    return dateTime.isValid() ? dateTime.addDays(days).toString(Qt::ISODate) : text;
}

bool readJson(const QString &path, QJsonDocument *document, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1 is not valid JSON: %2 at byte %3")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    return true;
}

std::optional<QString> blobHash(const QString &path, const BlobDirectory *blobs, QString *error)
{
    if (blobs)
        return blobs->add(path, error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

DemoLoader::DemoLoader(QString directory, QDate today)
    : m_directory(std::move(directory))
    , m_today(today)
{}

bool DemoLoader::load(QList<ServerStore::Publication> *items, QString *error,
                      const BlobDirectory *blobs) const
{
    const QDir dir(m_directory);
    QJsonDocument manifest;
    if (!readJson(dir.filePath(QStringLiteral("manifest.json")), &manifest, error))
        return false;
    const QDate epoch = QDate::fromString(
        manifest.object().value(QLatin1StringView("demo_epoch")).toString(), Qt::ISODate);
    if (!epoch.isValid()) {
        *error = QStringLiteral("manifest.json has no valid demo_epoch date");
        return false;
    }
    const qint64 days = epoch.daysTo(m_today);

    for (const Collection collection : allCollections()) {
        const QString path = dir.filePath(collectionName(collection) + QStringLiteral(".json"));
        if (!QFile::exists(path))
            continue;
        QJsonDocument document;
        if (!readJson(path, &document, error))
            return false;
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array) {
            QJsonObject data = value.toObject();
            const QString id = data.take(QLatin1StringView("id")).toString();
            for (const QString &field : kDateFields) {
                if (data.value(field).isString())
                    data[field] = shifted(data.value(field).toString(), days);
            }
            const QString textFile = data.take(QLatin1StringView("text_file")).toString();
            if (!textFile.isEmpty()) {
                QFile text(dir.filePath(QStringLiteral("legal/") + textFile));
                if (!text.open(QIODevice::ReadOnly)) {
                    *error = QStringLiteral("cannot read %1: %2")
                                 .arg(text.fileName(), text.errorString());
                    return false;
                }
                data[QStringLiteral("text")] = QString::fromUtf8(text.readAll());
            }
            // Files an item shows become blobs: a gazette's PDF, a news item's picture.
            static const QList<std::array<QString, 3>> files{
                {QStringLiteral("pdf_file"), QStringLiteral("legal/"), QStringLiteral("pdf")},
                {QStringLiteral("image_file"), QStringLiteral("images/"), QStringLiteral("image")}};
            for (const auto &[field, folder, hashField] : files) {
                const QString file = data.take(field).toString();
                if (file.isEmpty())
                    continue;
                const auto sha256 = blobHash(dir.filePath(folder + file), blobs, error);
                if (!sha256)
                    return false;
                data[hashField] = *sha256;
            }
            items->append({collection, id, data});
        }
    }
    return true;
}
