#pragma once

#include "contentitem.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Keeps the legal search indexes (legal_fts, schema 003; legal_titles, schema 005) in step
// with the legal items of the cache. ContentStore calls it inside the transaction that writes the
// items, so the index never holds a law the cache does not, nor misses one it does.
class LegalIndex final
{
public:
    explicit LegalIndex(const QSqlDatabase &db);

    // Removes every row of the item; put() expects this first, so a re-put never doubles rows.
    bool remove(const QString &legalId, QString *error);
    // One row for title and summary (part 0), then one for each part ArticleSplitter finds.
    bool put(const ContentItem &item, QString *error);

private:
    bool addRow(const QString &legalId, int part, const QString &label, const QString &title,
                const QString &body, QString *error);

    QSqlQuery m_removeTitle;
    QSqlQuery m_removeFts;
    QSqlQuery m_removeRows;
    QSqlQuery m_addRow;
    QSqlQuery m_addFts;
    QSqlQuery m_addTitle;
};
