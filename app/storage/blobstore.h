#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// Images and PDFs, each in a file named by the SHA-256 of its bytes. A download goes to
// <hash>.part (so that it can resume where it stopped) and becomes <hash> only after its
// hash checks out, by an atomic rename: a file under its final name is always whole and right.
class BlobStore final
{
public:
    explicit BlobStore(QString directory);

    bool ensureDirectory(QString *error) const;
    QString directory() const { return m_directory; }
    bool has(const QString &sha256) const;
    QString path(const QString &sha256) const;        // where the verified file is
    QString partialPath(const QString &sha256) const; // where a download in progress goes
    qint64 partialSize(const QString &sha256) const;

    // Verifies <hash>.part and moves it into place; a wrong hash deletes it.
    bool commit(const QString &sha256, QString *error) const;
    void discardPartial(const QString &sha256) const;

    qint64 totalBytes() const; // verified files and partial downloads
    // Deletes every file (verified or partial) whose hash is not in `keep`; returns how many.
    int removeAllExcept(const QSet<QString> &keep) const;

private:
    QString m_directory;
};
