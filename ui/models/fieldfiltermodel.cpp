#include "fieldfiltermodel.h"

#include "contentlistmodel.h"

#include <QJsonObject>

void FieldFilterModel::setRequirement(const QString &field, const QString &value)
{
    if (m_required.value(field) == value)
        return;
    if (value.isEmpty())
        m_required.remove(field);
    else
        m_required.insert(field, value);
    invalidateFilter();
}

void FieldFilterModel::clearRequirements()
{
    if (m_required.isEmpty())
        return;
    m_required.clear();
    invalidateFilter();
}

bool FieldFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_required.isEmpty())
        return true;
    const QJsonObject data = sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(ContentListModel::DataRole)
                                 .toJsonObject();
    for (auto it = m_required.cbegin(); it != m_required.cend(); ++it) {
        if (data.value(it.key()).toString() != it.value())
            return false;
    }
    return true;
}
