#pragma once

#include "change.h"

#include <QByteArray>
#include <QList>
#include <optional>

// One page of GET /api/v1/changes, parsed and checked. A page that breaks the contract
// (not JSON, seq out of order, cursor going backwards) is refused whole; a single item of
// the wrong shape is set aside in `rejected` so it cannot block the rest of the feed.
struct ChangePage
{
    qint64 since = 0;
    qint64 next = 0;
    bool more = false;
    QList<Change> changes;
    QList<RejectedChange> rejected;
    int ignored = 0; // changes of collections this kiosk does not know (a newer server)

    static std::optional<ChangePage> parse(const QByteArray &json, qint64 expectedSince,
                                           QString *error);
};
