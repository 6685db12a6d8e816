#pragma once

#include "itemlistmodel.h"

class Clock;
class ContentStore;

// The surveys a person can act on: those open for answers now (by the kiosk's clock), or
// those the municipality has closed and published results for.
class SurveyListModel final : public ItemListModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Open,
        Closed,
    };

    SurveyListModel(const ContentStore *store, const Clock *clock, Kind kind,
                    QObject *parent = nullptr);

    // Whether a survey (its whole JSON) belongs in a list of this kind at `now`.
    static bool isOpen(const QJsonObject &survey, const QDateTime &now);
    static bool hasResults(const QJsonObject &survey);

public slots:
    void refresh();

private:
    QString subtitle(const ContentItem &item) const override;

    const ContentStore *m_store;
    const Clock *m_clock;
    Kind m_kind;
};
