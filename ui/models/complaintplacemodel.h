#pragma once

#include <QAbstractListModel>
#include <QStringList>

class ContentStore;

// Places a complaint can be about, for people who would rather touch than type: every place
// an event is held and every office a service is given at, as the cache has them, once each,
// in alphabetical order.
class ComplaintPlaceModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ComplaintPlaceModel(const ContentStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QStringList places() const { return m_places; }

public slots:
    void refresh();

private:
    const ContentStore *m_store;
    QStringList m_places;
};
