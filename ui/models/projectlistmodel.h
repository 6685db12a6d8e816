#pragma once

#include "contentlistmodel.h"

#include <QAbstractListModel>

class ContentStore;

// The municipality's local projects: those under way first, then the planned ones, then the
// finished ones (what people ask about is what is being built now), each group by title.
class ProjectListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = ContentListModel::IdRole,
        SubtitleRole = ContentListModel::SubtitleRole, // "Under way · <responsible>"
        StatusRole = ContentListModel::CategoryRole,   // "planificado", "en-ejecucion", ...
        ProgressRole = Qt::UserRole + 100,             // 0-100
        StatusTextRole,
        ResponsibleRole,
    };

    explicit ProjectListModel(const ContentStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int rowOf(const QString &id) const;

    // Planned, Under way, Finished; empty for a status this kiosk does not know.
    static QString statusText(const QString &status);
    // "58%" in the default language's way of writing it.
    static QString percentText(int progress);

public slots:
    void refresh();

private:
    struct Entry
    {
        QString id;
        QString title;
        QString status;
        QString responsible;
        int progress = 0;
    };

    QString subtitle(const Entry &entry) const;

    const ContentStore *m_store;
    QList<Entry> m_entries;
};
