#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// Bodies of type application/x-www-form-urlencoded, as Open311 clients send them. A pure
// function of its input (no Qt event loop, no globals) so that a fuzzer can drive it directly.
// It refuses rather than guesses: a malformed percent escape, bytes that are not UTF-8 or a NUL
// would otherwise reach the store as text nobody typed.
class FormDecoder final
{
public:
    struct Limits
    {
        qsizetype maxBodyBytes = 256 * 1024;
        int maxFields = 200;
        qsizetype maxNameBytes = 256;        // after decoding
        qsizetype maxValueBytes = 64 * 1024; // after decoding
    };

    enum class Error
    {
        None,
        TooLarge, // the body as a whole
        TooManyFields,
        FieldTooLong,
        EmptyName,
        BadEscape,
        NotUtf8,
        NulCharacter,
    };

    struct Field
    {
        QString name;
        QString value;
    };

    struct Result
    {
        Error error = Error::None;
        QString message;     // for the client, empty when there is no error
        QList<Field> fields; // in the order sent, repeated names kept

        bool ok() const { return error == Error::None; }
        bool contains(QStringView name) const;
        // The first value sent under the name, or a null string.
        QString value(QStringView name) const;
        QStringList values(QStringView name) const;
    };

    static Result decode(QByteArrayView body, const Limits &limits);
    static Result decode(QByteArrayView body) { return decode(body, Limits{}); }
};
