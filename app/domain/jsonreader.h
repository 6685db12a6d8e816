#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// Reads typed fields out of untrusted JSON. Remembers the first problem in words an IT person
// can act on ("'starts_at' is not a date"), so validators read straight through and check
// ok() once at the end.
class JsonReader final
{
public:
    explicit JsonReader(const QJsonObject &object);

    QString string(QLatin1StringView key, int maxLength = 1 << 20);
    QString optionalString(QLatin1StringView key, int maxLength = 1 << 20);
    QString oneOf(QLatin1StringView key, const QStringList &allowed);
    qint64 integer(QLatin1StringView key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(QLatin1StringView key, qint64 min, qint64 max);
    bool boolean(QLatin1StringView key);
    QDateTime dateTime(QLatin1StringView key);
    std::optional<QDateTime> optionalDateTime(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);
    QStringList stringList(QLatin1StringView key);

    void fail(const QString &problem);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    bool present(QLatin1StringView key) const;

    QJsonObject m_object;
    QString m_error;
};

// Dates travel as ISO 8601 with an offset; the cache sorts them as UTC text.
QString sortableUtc(const QDateTime &dateTime);
