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
    static bool isSha256(const QString &text);
};
