#pragma once

#include "contentitem.h"

#include <QAbstractListModel>

// Items of the cache as a list, with the roles every kiosk list of items has, so that the
// shared ItemDelegate draws any of them. A subclass chooses the items and what the second line
// says.
class ItemListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SubtitleRole,
        CategoryRole,
        DataRole,
        StatusColorRole, // services: the colour of their live status; invalid elsewhere
        ImageRole,       // the SHA-256 of the item's image; empty when it has none
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int rowOf(const QString &id) const;

protected:
    using QAbstractListModel::QAbstractListModel;

    virtual QString subtitle(const ContentItem &item) const = 0;
    const ContentItem &itemAt(int row) const { return m_items.at(row); }
    // A sync that changed only what rows say (a service's status, a corrected title) must not
    // reset the list under a person's finger: same rows in the same order are updated in place.
    void setItems(QList<ContentItem> items);
    // More rows at the end (the next page of a long list).
    void appendItems(const QList<ContentItem> &items);

private:
    QList<ContentItem> m_items;
};
