#include "legalindex.h"

#include "articlesplitter.h"

#include <QSqlError>
#include <QVariant>

namespace {

bool failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

LegalIndex::LegalIndex(const QSqlDatabase &db)
    : m_removeTitle(db)
    , m_removeFts(db)
    , m_removeRows(db)
    , m_addRow(db)
    , m_addFts(db)
    , m_addTitle(db)
{
    // legal_fts_rows names the FTS rows of each law, so that removing a law is an index
    // lookup rather than a scan of every indexed text for an UNINDEXED column.
    m_removeTitle.prepare(QStringLiteral("DELETE FROM legal_titles WHERE rowid IN "
                                         "(SELECT id FROM legal_fts_rows WHERE legal_id = ?)"));
    m_removeFts.prepare(QStringLiteral(
        "DELETE FROM legal_fts WHERE rowid IN (SELECT id FROM legal_fts_rows WHERE legal_id = ?)"));
    m_removeRows.prepare(QStringLiteral("DELETE FROM legal_fts_rows WHERE legal_id = ?"));
    m_addRow.prepare(QStringLiteral("INSERT INTO legal_fts_rows (legal_id, part) VALUES (?, ?)"));
    m_addFts.prepare(QStringLiteral(
        "INSERT INTO legal_fts (rowid, title, body, legal_id, label) VALUES (?, ?, ?, ?, ?)"));
    m_addTitle.prepare(QStringLiteral("INSERT INTO legal_titles (rowid, title) VALUES (?, ?)"));
}

bool LegalIndex::remove(const QString &legalId, QString *error)
{
    m_removeTitle.addBindValue(legalId);
    if (!m_removeTitle.exec())
        return failed(m_removeTitle, error);
    m_removeFts.addBindValue(legalId);
    if (!m_removeFts.exec())
        return failed(m_removeFts, error);
    m_removeRows.addBindValue(legalId);
    if (!m_removeRows.exec())
        return failed(m_removeRows, error);
    return true;
}

bool LegalIndex::put(const ContentItem &item, QString *error)
{
    const QString summary = item.data.value(QLatin1StringView("summary")).toString();
    if (!addRow(item.id, 0, QString(), item.title, summary, error))
        return false;
    const auto parts =
        ArticleSplitter::split(item.data.value(QLatin1StringView("text")).toString());
    int part = 0;
    for (const ArticleSplitter::Part &article : parts) {
        if (!addRow(item.id, ++part, article.label, QString(), article.text, error))
            return false;
    }
    return true;
}

bool LegalIndex::addRow(const QString &legalId, int part, const QString &label,
                        const QString &title, const QString &body, QString *error)
{
    m_addRow.addBindValue(legalId);
    m_addRow.addBindValue(part);
    if (!m_addRow.exec())
        return failed(m_addRow, error);
    m_addFts.addBindValue(m_addRow.lastInsertId());
    m_addFts.addBindValue(title);
    m_addFts.addBindValue(body);
    m_addFts.addBindValue(legalId);
    m_addFts.addBindValue(label);
    if (!m_addFts.exec())
        return failed(m_addFts, error);
    if (part == 0) {
        m_addTitle.addBindValue(m_addRow.lastInsertId());
        m_addTitle.addBindValue(title);
        if (!m_addTitle.exec())
            return failed(m_addTitle, error);
    }
    return true;
}
