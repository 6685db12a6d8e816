#pragma once

#include "contentitem.h"

#include <optional>

// Checks that an item of a collection has the fields the kiosk relies on, and pulls out the
// list fields (title, category, sort key, searchable text). Unknown extra fields are kept:
// a newer server may send more than this kiosk understands.
class ItemValidator final
{
public:
    static std::optional<ContentItem> validate(Collection collection, const QString &id,
                                               const QJsonObject &data, QString *error);
    static bool isValidId(const QString &id);
    // The field of an item's JSON that its `category` holds (a news item's "category", a
    // service's "topic", a law's "type"...); empty where none does.
    static QLatin1StringView categoryField(Collection collection);
    static bool isSha256(const QString &text);
};
