#include "legalfiltermodel.h"

#include "contentlistmodel.h"

#include <QDateTime>

LegalFilterModel::LegalFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void LegalFilterModel::setFilter(const QString &type, const QString &year)
{
    if (type == m_type && year == m_year)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() re-runs filterAcceptsRow.
    m_type = type;
    m_year = year;
    invalidateFilter();
}

QString LegalFilterModel::yearOf(const QJsonObject &data)
{
    // The date keeps the municipality's own offset, so a text of 31 December stays in its year
    // whatever zone the kiosk runs in.
    const QDateTime published = QDateTime::fromString(
        data.value(QLatin1StringView("published_at")).toString(), Qt::ISODate);
    return published.isValid() ? QString::number(published.date().year()) : QString();
}

bool LegalFilterModel::accepts(const QString &type, const QString &year) const
{
    return (m_type.isEmpty() || type == m_type) && (m_year.isEmpty() || year == m_year);
}

bool LegalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return accepts(index.data(ContentListModel::CategoryRole).toString(),
                   yearOf(index.data(ContentListModel::DataRole).toJsonObject()));
}
