#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

class ServerStore;

// Closes a survey and publishes its aggregated results on the survey itself, so kiosks get
// them through the change feed like any other edit. Only totals leave the server: counts per
// option or scale value, means, and for free-text questions only how many answered (the texts
// may name people). The results shape is in docs/protocol.md ("Survey results").
class SurveyResults final
{
public:
    explicit SurveyResults(ServerStore &store);

    // The results as closing would publish them now, without closing: for a preview.
    std::optional<QJsonObject> aggregate(const QString &surveyId, QString *error) const;

    // Republishes the survey with status "closed", closed_at and results, all counted and
    // written in one transaction so that no response slips in between. Returns the results.
    // Refused for an unknown survey and for one that is not open (closing twice included).
    // Runs inside the closing transaction just before it commits (the audit entry); false
    // rolls the closing back.
    using BeforeCommit = std::function<bool(const QJsonObject &results, QString *error)>;
    std::optional<QJsonObject> close(const QString &surveyId, QString *error,
                                     const BeforeCommit &beforeCommit = {});

private:
    std::optional<QJsonObject> tally(const QString &surveyId, const QJsonObject &survey,
                                     QString *error) const;

    ServerStore &m_store;
};
