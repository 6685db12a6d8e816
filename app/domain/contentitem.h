#pragma once

#include "collection.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A validated item with the few fields every list needs pulled out of its JSON, so that the
// cache can sort and filter without parsing every document.
struct ContentItem
{
    Collection collection = Collection::News;
    QString id;
    QString title;
    QString category;   // news category, service topic, event category, legal type...
    QString sortKey;    // orders the collection's list (ISO dates sort as text)
    QString endKey;     // when an event is over (its end, else its start), sortable UTC; or empty
    QString searchText; // body text for full-text search; empty where none applies
    QStringList blobs;  // SHA-256 (hex) of the images and PDFs the item shows
    QJsonObject data;
};
