#pragma once

#include <QList>
#include <QString>
#include <optional>

// The collections of the change feed (docs/protocol.md). The wire name is the contract.
enum class Collection
{
    News,
    Services,
    Events,
    Legal,
    Projects,
    Pages,
    Surveys,
    Categories,
    ForumTopics,
    ForumPosts,
    Statuses,
};

QString collectionName(Collection collection);
std::optional<Collection> collectionFromName(const QString &name);
const QList<Collection> &allCollections();
