#include "storemigration.h"

#include "sqldatabase.h"
#include "sqltransaction.h"

#include <QCryptographicHash>
#include <QMap>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// How a table is read and written: its columns as the source's schema has them, so that a later
// migration adding a column is moved without a change here.
struct TableShape
{
    QString name;
    QStringList columns;
    QStringList keys;     // the primary key's columns, in key order
    QStringList textKeys; // those ordered as text
};

struct TableSummary
{
    qint64 rows = 0;
    QByteArray sha256;
};

// The change feed's floor: the one row a new database already holds, at 0.
constexpr auto floorKey = "floor";

QString quoted(QString identifier)
{
    return QLatin1Char('"') + identifier.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString quotedList(const QStringList &identifiers)
{
    QStringList result;
    for (const QString &identifier : identifiers)
        result << quoted(identifier);
    return result.join(QStringLiteral(", "));
}

bool failed(const QSqlQuery &query, const QString &what, QString *error)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    return false;
}

bool fail(const QString &why, QString *error)
{
    if (error)
        *error = why;
    return false;
}

// SQLite's own rule for a declared type (https://sqlite.org/datatype3.html, 3.1).
bool hasTextAffinity(const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    return !type.contains(QLatin1String("INT")) &&
           (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
            type.contains(QLatin1String("TEXT")));
}

std::optional<TableShape> readShape(const SqlDatabase &source, const QString &table, QString *error)
{
    QSqlQuery query(source.connection());
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)))) {
        failed(query, QStringLiteral("cannot read the columns of %1").arg(table), error);
        return std::nullopt;
    }
    TableShape shape{table, {}, {}, {}};
    QMap<int, QString> keyByPosition;
    while (query.next()) {
        const QString column = query.value(1).toString();
        shape.columns << column;
        const int keyPosition = query.value(5).toInt();
        if (keyPosition > 0) {
            keyByPosition.insert(keyPosition, column);
            if (hasTextAffinity(query.value(2).toString()))
                shape.textKeys << column;
        }
    }
    shape.keys = keyByPosition.values();
    if (shape.columns.isEmpty() || shape.keys.isEmpty()) {
        fail(QStringLiteral("the SQLite store has no table %1 with a primary key; it is not a "
                            "municipal-server store, or it is damaged")
                 .arg(table),
             error);
        return std::nullopt;
    }
    return shape;
}

QList<TableShape> readShapes(const SqlDatabase &source, QString *error)
{
    QList<TableShape> shapes;
    for (const QString &table : StoreMigration::tables()) {
        const auto shape = readShape(source, table, error);
        if (!shape)
            return {};
        shapes << *shape;
    }
    return shapes;
}

// A table the list does not know would be left behind without a word: refuse instead.
bool checkNoUnknownTables(const SqlDatabase &source, QString *error)
{
    QSqlQuery query(source.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
        return failed(query, QStringLiteral("cannot list the tables of the SQLite store"), error);
    QStringList unknown;
    while (query.next()) {
        if (!StoreMigration::tables().contains(query.value(0).toString()))
            unknown << query.value(0).toString();
    }
    if (unknown.isEmpty())
        return true;
    return fail(QStringLiteral("the SQLite store has tables this version cannot move (%1); run "
                               "the command of the municipal-server version that wrote the store")
                    .arg(unknown.join(QStringLiteral(", "))),
                error);
}

bool checkTargetColumns(const SqlDatabase &target, const TableShape &shape, QString *error)
{
    QSqlQuery query(target.connection());
    query.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                 "table_schema = current_schema() AND table_name = ?"));
    query.addBindValue(shape.name);
    if (!query.exec())
        return failed(query,
                      QStringLiteral("cannot read the columns of %1 in PostgreSQL").arg(shape.name),
                      error);
    QStringList columns;
    while (query.next())
        columns << query.value(0).toString();
    columns.sort();
    QStringList expected = shape.columns;
    expected.sort();
    if (columns == expected)
        return true;
    return fail(QStringLiteral("the table %1 has other columns in PostgreSQL (%2) than in the "
                               "SQLite store (%3); both must be opened by the same "
                               "municipal-server version")
                    .arg(shape.name, columns.join(u", "), expected.join(u", ")),
                error);
}

bool checkEncoding(const SqlDatabase &target, QString *error)
{
    QSqlQuery query(target.connection());
    if (!query.exec(QStringLiteral("SHOW server_encoding")) || !query.next())
        return failed(query, QStringLiteral("cannot read the PostgreSQL database's encoding"),
                      error);
    if (query.value(0).toString() == QLatin1String("UTF8"))
        return true;
    return fail(QStringLiteral("the PostgreSQL database uses the encoding %1, which cannot hold "
                               "every text citizens send; create it again with createdb -O "
                               "municipal --locale=C.UTF-8 -T template0 municipal")
                    .arg(query.value(0).toString()),
                error);
}

std::optional<qint64> scalar(const SqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        failed(query, QStringLiteral("cannot run %1").arg(sql), error);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

// Text written as the stores read it back, so that both engines give the same bytes: NULL is
// not '' (a length prefix cannot be confused with a NULL marker), integers are decimal.
void addCanonical(QCryptographicHash &hash, const QSqlQuery &query, int column)
{
    if (query.isNull(column)) {
        hash.addData(QByteArrayView("N;"));
        return;
    }
    const QByteArray text = query.value(column).toString().toUtf8();
    hash.addData(QByteArray("V" + QByteArray::number(text.size()) + ':'));
    hash.addData(text);
}

// On PostgreSQL, text keys are ordered byte by byte as SQLite orders them, whatever the
// database's collation.
QString orderBy(const TableShape &shape, SqlDatabase::Engine engine)
{
    QStringList terms;
    for (const QString &key : shape.keys) {
        const bool collate =
            engine == SqlDatabase::Engine::PostgreSQL && shape.textKeys.contains(key);
        terms << quoted(key) + (collate ? QStringLiteral(" COLLATE \"C\"") : QString());
    }
    return terms.join(QStringLiteral(", "));
}

std::optional<TableSummary> summarize(const SqlDatabase &db, const TableShape &shape,
                                      QString *error)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                .arg(quotedList(shape.columns), quoted(shape.name), orderBy(shape, db.engine())))) {
        failed(query, QStringLiteral("cannot read the table %1").arg(shape.name), error);
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    TableSummary summary;
    while (query.next()) {
        for (int column = 0; column < shape.columns.size(); ++column)
            addCanonical(hash, query, column);
        ++summary.rows;
    }
    summary.sha256 = hash.result();
    return summary;
}

bool compareTable(const SqlDatabase &source, const SqlDatabase &target, const TableShape &shape,
                  QString *error)
{
    const auto before = summarize(source, shape, error);
    const auto after = before ? summarize(target, shape, error) : std::nullopt;
    if (!after)
        return false;
    if (before->rows != after->rows)
        return fail(QStringLiteral("table %1 differs: %2 rows in the SQLite store, %3 in "
                                   "PostgreSQL")
                        .arg(shape.name)
                        .arg(before->rows)
                        .arg(after->rows),
                    error);
    if (before->sha256 != after->sha256)
        return fail(QStringLiteral("table %1 differs: the same %2 rows, but not the same values")
                        .arg(shape.name)
                        .arg(before->rows),
                    error);
    return true;
}

// What a kiosk compares its cursor with: the feed's head and floor.
bool compareHead(const SqlDatabase &source, const SqlDatabase &target, QString *error)
{
    const QString latest = QStringLiteral("SELECT coalesce(max(seq), 0) FROM changes");
    const QString floor =
        QStringLiteral("SELECT CAST(value AS BIGINT) FROM server_state WHERE key = '%1'")
            .arg(QLatin1String(floorKey));
    for (const QString &sql : {latest, floor}) {
        const auto before = scalar(source, sql, error);
        const auto after = before ? scalar(target, sql, error) : std::nullopt;
        if (!after)
            return false;
        if (*before != *after)
            return fail(
                QStringLiteral("the change feed's %1 differs: %2 in the SQLite store, %3 "
                               "in PostgreSQL")
                    .arg(sql == latest ? QStringLiteral("latest seq") : QStringLiteral("floor"))
                    .arg(*before)
                    .arg(*after),
                error);
    }
    return true;
}

// The target already holds the floor row its schema script wrote: the source's replaces it.
QString insertStatement(const TableShape &shape)
{
    QStringList placeholders;
    QStringList updates;
    for (const QString &column : shape.columns) {
        placeholders << QStringLiteral("?");
        if (!shape.keys.contains(column))
            updates << QStringLiteral("%1 = excluded.%1").arg(quoted(column));
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(quoted(shape.name), quotedList(shape.columns),
                           placeholders.join(QStringLiteral(", ")));
    if (shape.name == QLatin1String("server_state"))
        sql += QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
                   .arg(quotedList(shape.keys), updates.join(QStringLiteral(", ")));
    return sql;
}

// A null QString binds NULL: an empty text must stay an empty text.
QVariant copiedValue(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return QVariant();
    const QVariant value = query.value(column);
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

std::optional<qint64> copyTable(const SqlDatabase &source, const SqlDatabase &target,
                                const TableShape &shape, QString *error)
{
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2")
                       .arg(quotedList(shape.columns), quoted(shape.name)))) {
        failed(read, QStringLiteral("cannot read the table %1").arg(shape.name), error);
        return std::nullopt;
    }
    QSqlQuery insert(target.connection());
    if (!insert.prepare(insertStatement(shape))) {
        failed(insert, QStringLiteral("cannot write the table %1").arg(shape.name), error);
        return std::nullopt;
    }
    qint64 rows = 0;
    while (read.next()) {
        for (int column = 0; column < shape.columns.size(); ++column)
            insert.bindValue(column, copiedValue(read, column));
        if (!insert.exec()) {
            failed(
                insert,
                QStringLiteral("cannot copy row %1 of the table %2").arg(rows + 1).arg(shape.name),
                error);
            return std::nullopt;
        }
        ++rows;
    }
    if (read.lastError().isValid()) {
        failed(read, QStringLiteral("cannot read the table %1").arg(shape.name), error);
        return std::nullopt;
    }
    return rows;
}

// SQLite's AUTOINCREMENT never gives a seq twice, even once the highest rows are gone
// (compaction drops the newest tombstones): kiosks' cursors may stand above max(seq), and a
// new change must still land above them.
std::optional<qint64> highestEverGiven(const SqlDatabase &source, const QString &table,
                                       const QString &key, QString *error)
{
    const auto highest = scalar(
        source,
        QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2").arg(quoted(key), quoted(table)),
        error);
    const auto hasSequences = highest ? scalar(source,
                                               QStringLiteral("SELECT count(*) FROM sqlite_master "
                                                              "WHERE name = 'sqlite_sequence'"),
                                               error)
                                      : std::nullopt;
    if (!hasSequences)
        return std::nullopt;
    if (*hasSequences == 0)
        return highest;
    QSqlQuery given(source.connection());
    given.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"));
    given.addBindValue(table);
    if (!given.exec()) {
        failed(given, QStringLiteral("cannot read SQLite's sequence of %1").arg(table), error);
        return std::nullopt;
    }
    return given.next() ? std::max(*highest, given.value(0).toLongLong()) : *highest;
}

// Empty when the column takes its values from no sequence (a key given by the program).
std::optional<QString> sequenceOf(const SqlDatabase &target, const TableShape &shape,
                                  QString *error)
{
    QSqlQuery query(target.connection());
    query.prepare(QStringLiteral("SELECT pg_get_serial_sequence(?, ?)"));
    query.addBindValue(shape.name);
    query.addBindValue(shape.keys.first());
    if (!query.exec() || !query.next()) {
        failed(query, QStringLiteral("cannot find the sequence of %1").arg(shape.name), error);
        return std::nullopt;
    }
    return query.isNull(0) ? QString() : query.value(0).toString();
}

bool setSequence(const SqlDatabase &target, const QString &sequence, qint64 highest, QString *error)
{
    // setval cannot take 0; (1, false) makes 1 the next value, as in a new database.
    QSqlQuery query(target.connection());
    query.prepare(QStringLiteral("SELECT setval(CAST(? AS regclass), ?, ?)"));
    query.addBindValue(sequence);
    query.addBindValue(highest > 0 ? highest : qint64(1));
    query.addBindValue(highest > 0);
    if (!query.exec() || !query.next())
        return failed(query, QStringLiteral("cannot move the sequence %1").arg(sequence), error);
    return true;
}

} // namespace

qint64 StoreMigration::Report::totalRows() const
{
    qint64 total = 0;
    for (const TableCount &table : tables)
        total += table.rows;
    return total;
}

StoreMigration::StoreMigration(SqlDatabase &source, SqlDatabase &target)
    : m_source(source)
    , m_target(target)
{}

const QStringList &StoreMigration::tables()
{
    // No table refers to another by a foreign key today; this order would still suit one that
    // did (content, then devices, then what devices and editors leave behind).
    static const QStringList all{
        QStringLiteral("changes"),     QStringLiteral("server_state"),
        QStringLiteral("devices"),     QStringLiteral("reference_counters"),
        QStringLiteral("submissions"), QStringLiteral("heartbeats"),
        QStringLiteral("moderation"),  QStringLiteral("editors"),
        QStringLiteral("audit_log")};
    return all;
}

std::optional<StoreMigration::Report> StoreMigration::run(QString *error)
{
    if (!checkCompatible(error))
        return std::nullopt;
    // One snapshot of the source for the copy and the check alike, even if something (wrongly
    // left running) writes to it meanwhile.
    QSqlDatabase source = m_source.connection();
    if (!source.transaction()) {
        fail(QStringLiteral("cannot read the SQLite store: %1").arg(source.lastError().text()),
             error);
        return std::nullopt;
    }
    const auto endSnapshot = qScopeGuard([&source] { source.rollback(); });
    SqlTransaction transaction(m_target.connection());
    if (!transaction.isActive()) {
        fail(QStringLiteral("cannot write to PostgreSQL: %1").arg(transaction.lastError()), error);
        return std::nullopt;
    }
    // Checked under the writers' lock, so that no server process fills it meanwhile.
    if (!checkTargetEmpty(error))
        return std::nullopt;
    auto report = copyAll(error);
    if (!report || !moveSequences(error))
        return std::nullopt;
    if (m_beforeVerify)
        m_beforeVerify();
    QString difference;
    if (!verify(&difference)) {
        fail(QStringLiteral("the copy does not match the SQLite store, so nothing was kept in "
                            "PostgreSQL: %1")
                 .arg(difference),
             error);
        return std::nullopt;
    }
    if (!transaction.commit()) {
        fail(QStringLiteral("PostgreSQL refused to commit the copy, so nothing was kept: %1")
                 .arg(transaction.lastError()),
             error);
        return std::nullopt;
    }
    return report;
}

bool StoreMigration::checkCompatible(QString *error) const
{
    if (m_source.engine() != SqlDatabase::Engine::SQLite ||
        m_target.engine() != SqlDatabase::Engine::PostgreSQL)
        return fail(QStringLiteral("a store moves from an SQLite file into a PostgreSQL "
                                   "database, not otherwise"),
                    error);
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return fail(QStringLiteral("the SQLite store has schema version %1 and the PostgreSQL "
                                   "database %2; open both with the same municipal-server version")
                        .arg(m_source.schemaVersion())
                        .arg(m_target.schemaVersion()),
                    error);
    if (!checkEncoding(m_target, error) || !checkNoUnknownTables(m_source, error))
        return false;
    const QList<TableShape> shapes = readShapes(m_source, error);
    if (shapes.isEmpty())
        return false;
    for (const TableShape &shape : shapes) {
        if (!checkTargetColumns(m_target, shape, error))
            return false;
    }
    return true;
}

bool StoreMigration::checkTargetEmpty(QString *error) const
{
    QStringList filled;
    for (const QString &table : tables()) {
        // Any floor but the new database's 0 means a store was already there.
        const QString sql = table == QLatin1String("server_state")
                                ? QStringLiteral("SELECT count(*) FROM server_state WHERE NOT "
                                                 "(key = '%1' AND value = '0')")
                                      .arg(QLatin1String(floorKey))
                                : QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table));
        const auto rows = scalar(m_target, sql, error);
        if (!rows)
            return false;
        if (*rows > 0)
            filled << table;
    }
    if (filled.isEmpty())
        return true;
    return fail(QStringLiteral("the PostgreSQL database is not empty (rows in %1); nothing was "
                               "copied. If the store was moved already, use it as it is; if a "
                               "server was started on it, drop it (dropdb municipal), create it "
                               "again and run this command before starting any server on it")
                    .arg(filled.join(QStringLiteral(", "))),
                error);
}

std::optional<StoreMigration::Report> StoreMigration::copyAll(QString *error)
{
    const QList<TableShape> shapes = readShapes(m_source, error);
    if (shapes.isEmpty())
        return std::nullopt;
    Report report;
    for (const TableShape &shape : shapes) {
        const auto rows = copyTable(m_source, m_target, shape, error);
        if (!rows)
            return std::nullopt;
        report.tables << TableCount{shape.name, *rows};
    }
    return report;
}

bool StoreMigration::moveSequences(QString *error)
{
    const QList<TableShape> shapes = readShapes(m_source, error);
    if (shapes.isEmpty())
        return false;
    for (const TableShape &shape : shapes) {
        if (shape.keys.size() != 1 || !shape.textKeys.isEmpty())
            continue;
        const auto sequence = sequenceOf(m_target, shape, error);
        if (!sequence)
            return false;
        if (sequence->isEmpty())
            continue;
        const auto highest = highestEverGiven(m_source, shape.name, shape.keys.first(), error);
        if (!highest || !setSequence(m_target, *sequence, *highest, error))
            return false;
    }
    return true;
}

bool StoreMigration::verify(QString *error) const
{
    const QList<TableShape> shapes = readShapes(m_source, error);
    if (shapes.isEmpty())
        return false;
    for (const TableShape &shape : shapes) {
        if (!compareTable(m_source, m_target, shape, error))
            return false;
    }
    return compareHead(m_source, m_target, error);
}
