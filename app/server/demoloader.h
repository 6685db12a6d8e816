#pragma once

#include "serverstore.h"

#include <QDate>
#include <QList>
#include <QString>

// Reads the demo municipality (data/demo, described in its FORMAT.md) into publications.
// The files are written as of one day (manifest.json's demo_epoch); every date is moved by
// whole days so that the demo always looks current: today's events are today.
class DemoLoader final
{
public:
    explicit DemoLoader(QString directory, QDate today = QDate::currentDate());

    bool load(QList<ServerStore::Publication> *items, QString *error) const;

private:
    QString m_directory;
    QDate m_today;
};
