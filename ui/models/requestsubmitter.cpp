#include "requestsubmitter.h"

#include "contentstore.h"
#include "outboxwriter.h"
#include "submissionvalidator.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcForms, "ui.forms")

RequestSubmitter::RequestSubmitter(const ContentStore *store, OutboxWriter *outbox)
    : m_store(store)
    , m_outbox(outbox)
{}

QString RequestSubmitter::problem(const QString &type, const QJsonObject &payload) const
{
    const ContentStore *store = m_store;
    const SubmissionValidator validator(
        [store](Collection collection, const QString &id) -> std::optional<QJsonObject> {
            if (!store)
                return std::nullopt;
            const auto item = store->item(collection, id);
            if (!item)
                return std::nullopt;
            return item->data;
        });
    return validator.problem(type, payload);
}

QString RequestSubmitter::fieldOf(const QString &problem)
{
    static const QRegularExpression quoted(QStringLiteral("'([^']+)'"));
    return quoted.match(problem).captured(1);
}

std::optional<OutboxStore::Item> RequestSubmitter::submit(const QString &type,
                                                          const QJsonObject &payload,
                                                          const QString &summary, QString *problem,
                                                          const QString &clerk) const
{
    if (problem)
        problem->clear();
    if (!m_outbox)
        return std::nullopt;
    const QString why = this->problem(type, payload);
    if (!why.isEmpty()) {
        // Only the validator's words, which name fields, never what the person wrote.
        qCWarning(lcForms).noquote() << "a" << type << "form built a payload the server would "
                                     << "refuse:" << why;
        if (problem)
            *problem = why;
        return std::nullopt;
    }
    QString error;
    auto item = m_outbox->submit(type, payload, summary, &error, clerk);
    if (!item)
        qCCritical(lcForms).noquote() << "could not queue a" << type << "submission:" << error;
    return item;
}
