#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// The server's images and PDFs, each in a file named by the SHA-256 of its bytes, so a blob
// never changes and kiosks (and any cache between) may keep it for ever.
class BlobDirectory final
{
public:
    explicit BlobDirectory(QString directory);

    // Stores a copy of the file and returns its hash (already there: nothing is written).
    std::optional<QString> add(const QString &sourceFile, QString *error) const;
    QString path(const QString &sha256) const;
    bool has(const QString &sha256) const;

private:
    QString m_directory;
};
