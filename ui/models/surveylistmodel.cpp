#include "surveylistmodel.h"

#include "clock.h"
#include "contentstore.h"
#include "itempresenter.h"

#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toString();
}

} // namespace

SurveyListModel::SurveyListModel(const ContentStore *store, const Clock *clock, Kind kind,
                                 QObject *parent)
    : ItemListModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_kind(kind)
{
    refresh();
}

bool SurveyListModel::isOpen(const QJsonObject &survey, const QDateTime &now)
{
    const QString status = text(survey, "status");
    if (!status.isEmpty() && status != QLatin1String("open"))
        return false;
    // A survey without dates is open for as long as the municipality leaves it open.
    const QDateTime opens = QDateTime::fromString(text(survey, "opens_at"), Qt::ISODate);
    const QDateTime closes = QDateTime::fromString(text(survey, "closes_at"), Qt::ISODate);
    if (opens.isValid() && now < opens)
        return false;
    return !closes.isValid() || now <= closes;
}

bool SurveyListModel::hasResults(const QJsonObject &survey)
{
    return text(survey, "status") == QLatin1String("closed") &&
           survey.value(QLatin1StringView("results")).isObject();
}

void SurveyListModel::refresh()
{
    QList<ContentItem> items;
    if (m_store) {
        const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTime();
        const QList<ContentItem> all = m_store->list(Collection::Surveys);
        for (const ContentItem &item : all) {
            const bool wanted =
                m_kind == Kind::Open ? isOpen(item.data, now) : hasResults(item.data);
            if (wanted)
                items.append(item);
        }
    }
    // Open: the one closing soonest first (the sort key is closes_at). Closed: newest results
    // first.
    if (m_kind == Kind::Closed) {
        std::stable_sort(items.begin(), items.end(),
                         [](const ContentItem &a, const ContentItem &b) {
                             return QDateTime::fromString(text(a.data, "closed_at"), Qt::ISODate) >
                                    QDateTime::fromString(text(b.data, "closed_at"), Qt::ISODate);
                         });
    }
    setItems(std::move(items));
}

QString SurveyListModel::subtitle(const ContentItem &item) const
{
    if (m_kind == Kind::Open) {
        const QString closes = ItemPresenter::dateText(text(item.data, "closes_at"), false);
        return closes.isEmpty() ? tr("Open now") : tr("Open until %1").arg(closes);
    }
    const int responses = item.data.value(QLatin1StringView("results"))
                              .toObject()
                              .value(QLatin1StringView("responses"))
                              .toInt();
    return tr("Results · answers received: %1").arg(QLocale().toString(responses));
}
