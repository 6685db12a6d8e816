#include "blobdirectory.h"

#include "itemvalidator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

BlobDirectory::BlobDirectory(QString directory)
    : m_directory(std::move(directory))
{}

QString BlobDirectory::path(const QString &sha256) const
{
    return QDir(m_directory).filePath(sha256);
}

bool BlobDirectory::has(const QString &sha256) const
{
    return ItemValidator::isSha256(sha256) && QFileInfo::exists(path(sha256));
}

std::optional<QString> BlobDirectory::add(const QString &sourceFile, QString *error) const
{
    QFile source(sourceFile);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(sourceFile, source.errorString());
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&source);
    const QString sha256 = QString::fromLatin1(hash.result().toHex());
    if (has(sha256))
        return sha256;
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("cannot create %1").arg(m_directory);
        return std::nullopt;
    }
    source.seek(0);
    QSaveFile target(path(sha256));
    if (!target.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(target.fileName(), target.errorString());
        return std::nullopt;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (target.write(chunk) != chunk.size()) {
            *error =
                QStringLiteral("cannot write %1: %2").arg(target.fileName(), target.errorString());
            return std::nullopt;
        }
    }
    if (!target.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(target.fileName(), target.errorString());
        return std::nullopt;
    }
    return sha256;
}
