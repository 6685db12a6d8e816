#pragma once

#include <QJsonObject>
#include <QSortFilterProxyModel>

// The legal texts of a ContentListModel narrowed to one type and one year of publication; an
// empty type or year lets every text through.
class LegalFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LegalFilterModel(QObject *parent = nullptr);

    void setFilter(const QString &type, const QString &year);
    QString type() const { return m_type; }
    QString year() const { return m_year; }

    // The year a text was published, as the municipality dated it ("2026"); empty if undated.
    static QString yearOf(const QJsonObject &data);
    bool accepts(const QString &type, const QString &year) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
    QString m_year;
};
