#include "formdecoder.h"

#include <QStringDecoder>

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

using Error = FormDecoder::Error;

// One name or value: '+' is a space (the form encoding, not RFC 3986) and %XX a byte.
Error unescape(QByteArrayView raw, qsizetype maxBytes, QString *text)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '+') {
            bytes += ' ';
        } else if (c == '%') {
            const int high = i + 2 < raw.size() ? hexDigit(raw.at(i + 1)) : -1;
            const int low = i + 2 < raw.size() ? hexDigit(raw.at(i + 2)) : -1;
            if (high < 0 || low < 0)
                return Error::BadEscape;
            bytes += char(high * 16 + low);
            i += 2;
        } else {
            bytes += c;
        }
        if (bytes.size() > maxBytes)
            return Error::FieldTooLong;
    }
    if (bytes.contains('\0'))
        return Error::NulCharacter;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = utf8(bytes);
    if (utf8.hasError())
        return Error::NotUtf8;
    return Error::None;
}

FormDecoder::Result failure(Error error, const QString &message)
{
    FormDecoder::Result result;
    result.error = error;
    result.message = message;
    return result;
}

QString problemWith(Error error, qsizetype index, const FormDecoder::Limits &limits)
{
    const QString field = QStringLiteral("form field %1").arg(index + 1);
    switch (error) {
    case Error::FieldTooLong:
        return QStringLiteral("%1 is too long (names up to %2 bytes, values up to %3)")
            .arg(field)
            .arg(limits.maxNameBytes)
            .arg(limits.maxValueBytes);
    case Error::BadEscape:
        return QStringLiteral("%1 has a '%' that is not followed by two hexadecimal digits")
            .arg(field);
    case Error::NotUtf8:
        return QStringLiteral("%1 is not UTF-8 text").arg(field);
    case Error::NulCharacter:
        return QStringLiteral("%1 contains a NUL character").arg(field);
    case Error::EmptyName:
        return QStringLiteral("%1 has no name").arg(field);
    case Error::None:
    case Error::TooLarge:
    case Error::TooManyFields:
        break;
    }
    return field;
}

} // namespace

bool FormDecoder::Result::contains(QStringView name) const
{
    for (const Field &field : fields) {
        if (field.name == name)
            return true;
    }
    return false;
}

QString FormDecoder::Result::value(QStringView name) const
{
    for (const Field &field : fields) {
        if (field.name == name)
            return field.value;
    }
    return {};
}

QStringList FormDecoder::Result::values(QStringView name) const
{
    QStringList found;
    for (const Field &field : fields) {
        if (field.name == name)
            found.append(field.value);
    }
    return found;
}

FormDecoder::Result FormDecoder::decode(QByteArrayView body, const Limits &limits)
{
    if (body.size() > limits.maxBodyBytes)
        return failure(Error::TooLarge,
                       QStringLiteral("the form may be at most %1 bytes").arg(limits.maxBodyBytes));
    Result result;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair = body.sliced(start, end - start);
        start = end + 1;
        // "a=1&&b=2" and a trailing '&' carry nothing; browsers never send them, tolerating
        // them costs nothing.
        if (pair.isEmpty())
            continue;
        if (result.fields.size() == limits.maxFields)
            return failure(
                Error::TooManyFields,
                QStringLiteral("the form may have at most %1 fields").arg(limits.maxFields));
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView rawName = equals < 0 ? pair : pair.first(equals);
        const QByteArrayView rawValue = equals < 0 ? QByteArrayView() : pair.sliced(equals + 1);
        Field field;
        Error error = unescape(rawName, limits.maxNameBytes, &field.name);
        if (error == Error::None && field.name.isEmpty())
            error = Error::EmptyName;
        if (error == Error::None)
            error = unescape(rawValue, limits.maxValueBytes, &field.value);
        if (error != Error::None)
            return failure(error, problemWith(error, result.fields.size(), limits));
        result.fields.append(field);
    }
    return result;
}
