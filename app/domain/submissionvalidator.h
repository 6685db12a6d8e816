#pragma once

#include "collection.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

// What citizens send, checked against what the municipality published: a complaint against
// its category's own questions (Open311 attributes), a survey response against the survey.
// Used by the server before it accepts a submission, and by the kiosk's forms before they
// queue one, so that a form never queues what the server would refuse.
class SubmissionValidator final
{
public:
    // Finds a published item (a category, a survey, a forum topic) by collection and id.
    using Lookup = std::function<std::optional<QJsonObject>(Collection, const QString &)>;

    explicit SubmissionValidator(Lookup lookup);

    static bool isKnownType(const QString &type);
    // Empty when the payload is acceptable; otherwise what is wrong, in words for a clerk.
    QString problem(const QString &type, const QJsonObject &payload) const;

private:
    QString complaint(const QJsonObject &payload) const;
    QString suggestion(const QJsonObject &payload) const;
    QString surveyResponse(const QJsonObject &payload) const;
    QString forumPost(const QJsonObject &payload) const;

    Lookup m_lookup;
};
