#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

// Keeps the rows of a ContentListModel whose item fields equal what the person chose (a news
// category, a service's office and topic). A field with no requirement lets every row through.
class FieldFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setRequirement(const QString &field, const QString &value); // empty value: any
    void clearRequirements();
    QString requirement(const QString &field) const { return m_required.value(field); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<QString, QString> m_required;
};
