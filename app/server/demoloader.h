#pragma once

#include "serverstore.h"

#include <QDate>
#include <QList>
#include <QString>

class BlobDirectory;

// Reads the demo municipality (data/demo, described in its FORMAT.md) into publications.
// The files are written as of one day (manifest.json's demo_epoch); every date is moved by
// whole days so that the demo always looks current: today's events are today.
class DemoLoader final
{
public:
    explicit DemoLoader(QString directory, QDate today = QDate::currentDate());

    // A legal text's optional `pdf_file` (under legal/, like `text_file`) becomes its `pdf`
    // field, the SHA-256 of the file; any item's `image_file` (under images/) its `image`. With
    // `blobs`, the file is also stored there for kiosks to download; without, items name a blob
    // that no one serves (a test cache without blobs).
    bool load(QList<ServerStore::Publication> *items, QString *error,
              const BlobDirectory *blobs = nullptr) const;

private:
    QString m_directory;
    QDate m_today;
};
