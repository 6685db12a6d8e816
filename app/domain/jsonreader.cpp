#include "jsonreader.h"

#include <cmath>

JsonReader::JsonReader(const QJsonObject &object)
    : m_object(object)
{}

void JsonReader::fail(const QString &problem)
{
    if (m_error.isEmpty())
        m_error = problem;
}

bool JsonReader::present(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString JsonReader::string(QLatin1StringView key, int maxLength)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(QStringLiteral("'%1' must be a non-empty text").arg(key));
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(QStringLiteral("'%1' is longer than %2 characters").arg(key).arg(maxLength));
        return {};
    }
    return text;
}

QString JsonReader::optionalString(QLatin1StringView key, int maxLength)
{
    if (!present(key))
        return {};
    if (!m_object.value(key).isString()) {
        fail(QStringLiteral("'%1' must be a text").arg(key));
        return {};
    }
    QString text = m_object.value(key).toString();
    if (text.size() > maxLength) {
        fail(QStringLiteral("'%1' is longer than %2 characters").arg(key).arg(maxLength));
        return {};
    }
    return text;
}

QString JsonReader::oneOf(QLatin1StringView key, const QStringList &allowed)
{
    const QString value = string(key, 100);
    if (!value.isEmpty() && !allowed.contains(value)) {
        fail(QStringLiteral("'%1' must be one of %2, not '%3'")
                 .arg(key, allowed.join(QStringLiteral(", ")), value));
        return {};
    }
    return value;
}

qint64 JsonReader::integer(QLatin1StringView key, qint64 min, qint64 max)
{
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::trunc(number)) {
        fail(QStringLiteral("'%1' must be a whole number").arg(key));
        return min;
    }
    // Outside a qint64's range the cast below would be undefined: such a number is out of any
    // range a field allows.
    constexpr double kLimit = 9223372036854775808.0; // 2^63
    if (number < -kLimit || number >= kLimit || static_cast<qint64>(number) < min ||
        static_cast<qint64>(number) > max) {
        fail(QStringLiteral("'%1' must be between %2 and %3").arg(key).arg(min).arg(max));
        return min;
    }
    return static_cast<qint64>(number);
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1StringView key, qint64 min, qint64 max)
{
    if (!present(key))
        return std::nullopt;
    return integer(key, min, max);
}

bool JsonReader::boolean(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(QStringLiteral("'%1' must be true or false").arg(key));
        return false;
    }
    return value.toBool();
}

QDateTime JsonReader::dateTime(QLatin1StringView key)
{
    const QString text = string(key, 64);
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid()) {
        fail(QStringLiteral("'%1' is not an ISO 8601 date and time: '%2'").arg(key, text));
        return {};
    }
    return parsed;
}

std::optional<QDateTime> JsonReader::optionalDateTime(QLatin1StringView key)
{
    if (!present(key))
        return std::nullopt;
    return dateTime(key);
}

QJsonArray JsonReader::array(QLatin1StringView key)
{
    if (!present(key))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(QStringLiteral("'%1' must be a list").arg(key));
        return {};
    }
    return value.toArray();
}

QStringList JsonReader::stringList(QLatin1StringView key)
{
    QStringList result;
    const QJsonArray values = array(key);
    for (const QJsonValue &value : values) {
        if (!value.isString()) {
            fail(QStringLiteral("'%1' must be a list of texts").arg(key));
            return {};
        }
        result.append(value.toString());
    }
    return result;
}

QString sortableUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}
