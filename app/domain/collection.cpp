#include "collection.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<Collection, const char *>, 11> kNames{{
    {Collection::News, "news"},
    {Collection::Services, "services"},
    {Collection::Events, "events"},
    {Collection::Legal, "legal"},
    {Collection::Projects, "projects"},
    {Collection::Pages, "pages"},
    {Collection::Surveys, "surveys"},
    {Collection::Categories, "categories"},
    {Collection::ForumTopics, "forum_topics"},
    {Collection::ForumPosts, "forum_posts"},
    {Collection::Statuses, "statuses"},
}};

} // namespace

QString collectionName(Collection collection)
{
    for (const auto &[c, name] : kNames) {
        if (c == collection)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Collection> collectionFromName(const QString &name)
{
    for (const auto &[c, n] : kNames) {
        if (name == QLatin1String(n))
            return c;
    }
    return std::nullopt;
}

const QList<Collection> &allCollections()
{
    static const QList<Collection> all = [] {
        QList<Collection> list;
        for (const auto &entry : kNames)
            list.append(entry.first);
        return list;
    }();
    return all;
}
