#pragma once

#include "contentlistmodel.h"

#include <QAbstractListModel>

class ContentStore;

// The municipality's own pages (profile, offices, contacts) of some sections, in the order the
// editors gave them: section by section as asked, then by `order`, then by title.
class PageListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = ContentListModel::IdRole,
        SubtitleRole = ContentListModel::SubtitleRole, // what kind of page, in words
        SectionRole = ContentListModel::CategoryRole,  // "perfil", "oficinas", "contactos"
        OrderRole = Qt::UserRole + 100,
    };

    explicit PageListModel(const ContentStore *store, QObject *parent = nullptr);

    QStringList sections() const { return m_sections; }
    void setSections(const QStringList &sections);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int rowOf(const QString &id) const;

    static QString sectionText(const QString &section);

public slots:
    void refresh();

private:
    struct Entry
    {
        QString id;
        QString title;
        QString section;
        int order = 0;
    };

    const ContentStore *m_store;
    QStringList m_sections;
    QList<Entry> m_entries;
};
