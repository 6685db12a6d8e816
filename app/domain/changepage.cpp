#include "changepage.h"

#include "itemvalidator.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

constexpr qint64 kMaxSeq = qint64(1) << 53; // exact in a JSON number

std::optional<ChangePage> refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

std::optional<ChangePage> ChangePage::parse(const QByteArray &json, qint64 expectedSince,
                                            QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(error, QStringLiteral("the change page is not valid JSON (%1 at byte %2)")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    if (!document.isObject())
        return refuse(error, QStringLiteral("the change page is not a JSON object"));

    const QJsonObject root = document.object();
    JsonReader in(root);
    ChangePage page;
    page.since = in.integer(QLatin1StringView("since"), 0, kMaxSeq);
    page.next = in.integer(QLatin1StringView("next"), 0, kMaxSeq);
    page.more = in.boolean(QLatin1StringView("more"));
    if (!root.value(QLatin1StringView("changes")).isArray())
        in.fail(QStringLiteral("'changes' must be a list"));
    if (!in.ok())
        return refuse(error, QStringLiteral("the change page is malformed: %1").arg(in.error()));
    if (page.since != expectedSince)
        return refuse(error, QStringLiteral("the change page answers since=%1, not the %2 asked")
                                 .arg(page.since)
                                 .arg(expectedSince));
    if (page.next < page.since)
        return refuse(error, QStringLiteral("the cursor goes backwards (next=%1 < since=%2)")
                                 .arg(page.next)
                                 .arg(page.since));

    const QJsonArray changes = root.value(QLatin1StringView("changes")).toArray();
    page.changes.reserve(changes.size());
    qint64 previousSeq = page.since;
    for (const QJsonValue &value : changes) {
        if (!value.isObject())
            return refuse(error, QStringLiteral("a change is not a JSON object"));
        const QJsonObject object = value.toObject();
        JsonReader change(object);
        const qint64 seq = change.integer(QLatin1StringView("seq"), 1, kMaxSeq);
        const QString collectionText = change.string(QLatin1StringView("collection"), 100);
        const QString id = change.string(QLatin1StringView("id"), 200);
        const QString op = change.oneOf(QLatin1StringView("op"),
                                        {QStringLiteral("put"), QStringLiteral("delete")});
        if (!change.ok())
            return refuse(error, QStringLiteral("a change is malformed: %1").arg(change.error()));
        if (seq <= previousSeq || seq > page.next)
            return refuse(error, QStringLiteral("change seq %1 is out of order (after %2, "
                                                "page ends at %3)")
                                     .arg(seq)
                                     .arg(previousSeq)
                                     .arg(page.next));
        previousSeq = seq;

        const auto collection = collectionFromName(collectionText);
        if (!collection) {
            ++page.ignored;
            continue;
        }
        Change entry;
        entry.seq = seq;
        if (op == QLatin1String("delete")) {
            entry.op = Change::Op::Delete;
            entry.item.collection = *collection;
            entry.item.id = id;
            page.changes.append(entry);
            continue;
        }
        const QJsonValue data = object.value(QLatin1StringView("data"));
        QString reason;
        std::optional<ContentItem> item;
        if (data.isObject())
            item = ItemValidator::validate(*collection, id, data.toObject(), &reason);
        else
            reason = QStringLiteral("'data' must be a JSON object");
        if (!item) {
            page.rejected.append({seq, collectionText, id, reason});
            continue;
        }
        entry.op = Change::Op::Put;
        entry.item = std::move(*item);
        page.changes.append(std::move(entry));
    }
    return page;
}
