#pragma once

#include "contentitem.h"

// One entry of the change feed: an item put (created or replaced whole) or deleted.
// For a delete only item.collection and item.id are set.
struct Change
{
    enum class Op
    {
        Put,
        Delete
    };

    qint64 seq = 0;
    Op op = Op::Put;
    ContentItem item;
};

// A change the kiosk could not accept (unknown shape of an item). Recorded, never applied.
struct RejectedChange
{
    qint64 seq = 0;
    QString collection;
    QString id;
    QString reason;
};
