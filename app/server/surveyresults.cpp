#include "surveyresults.h"

#include "serverstore.h"
#include "sqltransaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <cmath>

namespace {

// Beyond this many values a scale is no longer something a kiosk can draw as bars, and an
// unbounded range would let one survey make its own results arbitrarily large.
constexpr qint64 kWidestScale = 101;

std::nullopt_t failed(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// One question's running totals. Responses are counted against the survey as it is published
// now: an answer that no longer fits it (the survey was edited after the answer arrived) is
// left out rather than counted under a label it was not given for.
class QuestionTally
{
public:
    explicit QuestionTally(const QJsonObject &question)
        : m_type(question.value(QLatin1StringView("type")).toString())
    {
        if (m_type == QLatin1String("scale")) {
            m_min = question.value(QLatin1StringView("min")).toInt(1);
            m_max = question.value(QLatin1StringView("max")).toInt(5);
            if (m_max < m_min || m_max - m_min + 1 > kWidestScale)
                return;
            for (qint64 value = m_min; value <= m_max; ++value)
                m_keys.append(QString::number(value));
        } else if (m_type == QLatin1String("single") || m_type == QLatin1String("multiple")) {
            const QJsonArray options = question.value(QLatin1StringView("options")).toArray();
            for (const QJsonValue &option : options) {
                const QString id = option.toObject().value(QLatin1StringView("id")).toString();
                if (!id.isEmpty() && !m_keys.contains(id))
                    m_keys.append(id);
            }
        }
        for (const QString &key : std::as_const(m_keys))
            m_counts.insert(key, 0);
    }

    bool isChartable() const { return m_type != QLatin1String("scale") || !m_keys.isEmpty(); }

    void add(const QJsonValue &answer)
    {
        if (m_type == QLatin1String("single")) {
            const QString option = answer.toString();
            if (answer.isString() && m_counts.contains(option)) {
                ++m_counts[option];
                ++m_answered;
            }
        } else if (m_type == QLatin1String("multiple")) {
            // A list naming an option twice is still one person choosing it once.
            QSet<QString> chosen;
            const QJsonArray list = answer.toArray();
            for (const QJsonValue &option : list) {
                if (m_counts.contains(option.toString()))
                    chosen.insert(option.toString());
            }
            for (const QString &option : std::as_const(chosen))
                ++m_counts[option];
            if (!chosen.isEmpty())
                ++m_answered;
        } else if (m_type == QLatin1String("scale")) {
            const double value = answer.toDouble(-1);
            if (!answer.isDouble() || value != std::floor(value) || value < double(m_min) ||
                value > double(m_max))
                return;
            ++m_counts[QString::number(qint64(value))];
            m_sum += qint64(value);
            ++m_answered;
        } else if (m_type == QLatin1String("text")) {
            // Only that someone wrote something is counted: the text itself never leaves.
            if (answer.isString() && !answer.toString().trimmed().isEmpty())
                ++m_answered;
        }
    }

    QJsonObject toJson() const
    {
        QJsonObject result{{QStringLiteral("type"), m_type},
                           {QStringLiteral("answered"), m_answered}};
        if (m_type == QLatin1String("text"))
            return result;
        QJsonObject counts;
        for (const QString &key : m_keys)
            counts.insert(key, m_counts.value(key));
        result.insert(QStringLiteral("counts"), counts);
        if (m_type == QLatin1String("scale")) {
            result.insert(QStringLiteral("mean"),
                          m_answered == 0
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(std::round(double(m_sum) * 100.0 / m_answered) / 100.0));
        }
        return result;
    }

private:
    QString m_type;
    QStringList m_keys; // in the survey's order
    QHash<QString, int> m_counts;
    int m_answered = 0;
    qint64 m_sum = 0;
    qint64 m_min = 1;
    qint64 m_max = 5;
};

} // namespace

SurveyResults::SurveyResults(ServerStore &store)
    : m_store(store)
{}

std::optional<QJsonObject> SurveyResults::aggregate(const QString &surveyId, QString *error) const
{
    const auto survey = m_store.item(Collection::Surveys, surveyId);
    if (!survey)
        return failed(error, QStringLiteral("there is no published survey '%1'").arg(surveyId));
    return tally(surveyId, *survey, error);
}

std::optional<QJsonObject> SurveyResults::close(const QString &surveyId, QString *error,
                                                const BeforeCommit &beforeCommit)
{
    // The transaction holds SQLite's write lock from the start, so no response can be stored
    // between counting and closing: every response either counts or is refused as too late.
    QSqlDatabase db = m_store.database().connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return failed(error, transaction.lastError());
    const auto survey = m_store.item(Collection::Surveys, surveyId);
    if (!survey)
        return failed(error, QStringLiteral("there is no published survey '%1'").arg(surveyId));
    const QString status = survey->value(QLatin1StringView("status")).toString();
    if (status == QLatin1String("closed")) {
        // New responses are refused once closed, so closing again could only move the date
        // (or silently change figures people have already read): the published results stand.
        return failed(error,
                      QStringLiteral("the survey '%1' was already closed at %2; its results are "
                                     "published")
                          .arg(surveyId, survey->value(QLatin1StringView("closed_at")).toString()));
    }
    if (!status.isEmpty() && status != QLatin1String("open"))
        return failed(error, QStringLiteral("the survey '%1' is '%2', not open; only an open "
                                            "survey can be closed")
                                 .arg(surveyId, status));
    const auto results = tally(surveyId, *survey, error);
    if (!results)
        return std::nullopt;
    QJsonObject closed = *survey;
    closed.insert(QStringLiteral("status"), QStringLiteral("closed"));
    closed.insert(QStringLiteral("closed_at"), nowText());
    closed.insert(QStringLiteral("results"), *results);
    if (!m_store.publishInTransaction({Collection::Surveys, surveyId, closed}, error))
        return std::nullopt;
    if (beforeCommit && !beforeCommit(*results, error))
        return std::nullopt;
    if (!transaction.commit())
        return failed(error, transaction.lastError());
    return results;
}

std::optional<QJsonObject> SurveyResults::tally(const QString &surveyId, const QJsonObject &survey,
                                                QString *error) const
{
    QList<std::pair<QString, QuestionTally>> questions;
    QSet<QString> seen;
    const QJsonArray list = survey.value(QLatin1StringView("questions")).toArray();
    for (const QJsonValue &entry : list) {
        const QJsonObject question = entry.toObject();
        const QString id = question.value(QLatin1StringView("id")).toString();
        if (seen.contains(id))
            continue; // the validator answers the first question of an id; so do the results
        seen.insert(id);
        QuestionTally counter(question);
        if (!counter.isChartable())
            return failed(error, QStringLiteral("question '%1' has a scale that is empty or wider "
                                                "than %2 values")
                                     .arg(id)
                                     .arg(kWidestScale));
        questions.append({id, std::move(counter)});
    }

    // A response a clerk rejected (spam, a test) is not an opinion to count.
    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT payload FROM submissions WHERE type = 'survey_response' "
                                 "AND status <> 'rejected' AND json_extract(payload, '$.survey') = "
                                 "? ORDER BY reference"));
    query.addBindValue(surveyId);
    if (!query.exec())
        return failed(error, query.lastError().text());
    int responses = 0;
    while (query.next()) {
        const QJsonObject answers = QJsonDocument::fromJson(query.value(0).toString().toUtf8())
                                        .object()
                                        .value(QLatin1StringView("answers"))
                                        .toObject();
        ++responses;
        for (auto &[id, counter] : questions)
            counter.add(answers.value(id));
    }

    QJsonObject byId;
    for (const auto &[id, counter] : std::as_const(questions))
        byId.insert(id, counter.toJson());
    return QJsonObject{{QStringLiteral("responses"), responses},
                       {QStringLiteral("questions"), byId}};
}
