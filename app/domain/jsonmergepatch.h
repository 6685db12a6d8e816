#pragma once

#include <QJsonObject>
#include <QJsonValue>

// JSON Merge Patch (RFC 7386): an editor updates an item by sending only the fields that
// change; null removes a field, objects merge recursively, anything else replaces.
class JsonMergePatch final
{
public:
    static QJsonValue apply(const QJsonValue &target, const QJsonValue &patch);
    static QJsonObject apply(const QJsonObject &target, const QJsonObject &patch);
};
