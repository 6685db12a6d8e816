#include "submissionstore.h"

#include "serverstore.h"
#include "sqltransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

SubmissionStore::SubmissionStore(ServerStore &store)
    : m_store(store)
{}

const QStringList &SubmissionStore::statuses()
{
    static const QStringList all{QStringLiteral("received"), QStringLiteral("in-progress"),
                                 QStringLiteral("answered"), QStringLiteral("closed"),
                                 QStringLiteral("rejected")};
    return all;
}

SubmissionStore::Outcome SubmissionStore::receive(const Incoming &incoming, const Check &check)
{
    using Kind = Outcome::Kind;
    QSqlDatabase db = m_store.database().connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return {Kind::Failed, {}, transaction.lastError()};

    QSqlQuery existing(db);
    existing.prepare(
        QStringLiteral("SELECT body_hash, answer FROM submissions WHERE idempotency_key = ?"));
    existing.addBindValue(QString::fromLatin1(incoming.key));
    if (!existing.exec())
        return {Kind::Failed, {}, existing.lastError().text()};
    if (existing.next()) {
        if (existing.value(0).toString().toLatin1() != incoming.bodyHash)
            return {Kind::KeyReused,
                    {},
                    QStringLiteral("this idempotency key was used for "
                                   "another submission")};
        return {Kind::Replayed, existing.value(1).toString().toUtf8(), {}};
    }
    existing.finish();

    const QString problem = check(incoming);
    if (!problem.isEmpty())
        return {Kind::Invalid, {}, problem};

    const int year = QDate::currentDate().year();
    QSqlQuery counter(db);
    counter.prepare(
        QStringLiteral("INSERT INTO reference_counters (year, last) VALUES (?, 1) "
                       "ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + 1 "
                       "RETURNING last"));
    counter.addBindValue(year);
    if (!counter.exec() || !counter.next())
        return {Kind::Failed, {}, counter.lastError().text()};
    const QString reference = QStringLiteral("MUN-%1-%2")
                                  .arg(year)
                                  .arg(counter.value(0).toLongLong(), 6, 10, QLatin1Char('0'));
    counter.finish(); // a RETURNING statement holds the transaction open until finished
    const QByteArray answer =
        QJsonDocument(QJsonObject{{QStringLiteral("reference"), reference},
                                  {QStringLiteral("status"), QStringLiteral("received")}})
            .toJson(QJsonDocument::Compact);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO submissions (reference, idempotency_key, body_hash, type, device, "
        "created_at, received_at, locale, payload, status, answer) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?)"));
    for (const QVariant &value :
         {QVariant(reference), QVariant(QString::fromLatin1(incoming.key)),
          QVariant(QString::fromLatin1(incoming.bodyHash)), QVariant(incoming.type),
          QVariant(incoming.device), QVariant(incoming.createdAt), QVariant(now()),
          QVariant(incoming.locale),
          QVariant(
              QString::fromUtf8(QJsonDocument(incoming.payload).toJson(QJsonDocument::Compact))),
          QVariant(QString::fromUtf8(answer))})
        insert.addBindValue(value);
    if (!insert.exec())
        return {Kind::Failed, {}, insert.lastError().text()};
    QString error;
    if (!publishStatus(reference, QStringLiteral("received"), QString(), &error))
        return {Kind::Failed, {}, error};
    if (!transaction.commit())
        return {Kind::Failed, {}, transaction.lastError()};
    return {Kind::Created, answer, {}};
}

bool SubmissionStore::publishStatus(const QString &reference, const QString &status,
                                    const QString &note, QString *error)
{
    // Public: what anyone who knows the reference may see; no personal data.
    return m_store.publishInTransaction({Collection::Statuses, reference,
                                         QJsonObject{{QStringLiteral("reference"), reference},
                                                     {QStringLiteral("status"), status},
                                                     {QStringLiteral("note"), note},
                                                     {QStringLiteral("updated_at"), now()}}},
                                        error);
}

bool SubmissionStore::setStatus(const QString &reference, const QString &status,
                                const QString &note, QString *error)
{
    if (!statuses().contains(status)) {
        *error = QStringLiteral("the status must be one of %1").arg(statuses().join(u", "));
        return false;
    }
    QSqlDatabase db = m_store.database().connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.lastError();
        return false;
    }
    if (!setStatusInTransaction(reference, status, note, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.lastError();
        return false;
    }
    return true;
}

bool SubmissionStore::setStatusInTransaction(const QString &reference, const QString &status,
                                             const QString &note, QString *error)
{
    if (!statuses().contains(status)) {
        *error = QStringLiteral("the status must be one of %1").arg(statuses().join(u", "));
        return false;
    }
    QSqlQuery update(m_store.database().connection());
    update.prepare(
        QStringLiteral("UPDATE submissions SET status = ?, status_note = ? WHERE reference = ?"));
    update.addBindValue(status);
    update.addBindValue(note.isNull() ? QStringLiteral("") : note); // a null QString binds NULL
    update.addBindValue(reference);
    if (!update.exec() || update.numRowsAffected() != 1) {
        *error = QStringLiteral("there is no submission %1").arg(reference);
        return false;
    }
    return publishStatus(reference, status, note, error);
}

std::optional<QJsonObject> SubmissionStore::publicStatus(const QString &reference) const
{
    return m_store.item(Collection::Statuses, reference);
}

int SubmissionStore::count() const
{
    QSqlQuery query(m_store.database().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM submissions")) || !query.next())
        return -1;
    return query.value(0).toInt();
}
