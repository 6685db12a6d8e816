#pragma once

#include "contentitem.h"

#include <QAbstractListModel>

class Clock;
class ContentStore;

// The surveys a person can act on: those open for answers now (by the kiosk's clock), or
// those the municipality has closed and published results for. Roles are ContentListModel's,
// so the shared ItemDelegate draws them.
class SurveyListModel final : public QAbstractListModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int rowOf(const QString &id) const;

public slots:
    void refresh();

private:
    QString subtitle(const ContentItem &item) const;

    const ContentStore *m_store;
    const Clock *m_clock;
    Kind m_kind;
    QList<ContentItem> m_items;
};
