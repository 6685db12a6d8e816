#include "jsonmergepatch.h"

QJsonValue JsonMergePatch::apply(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    return apply(target.toObject(), patch.toObject());
}

QJsonObject JsonMergePatch::apply(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), apply(result.value(it.key()), it.value()));
    }
    return result;
}
