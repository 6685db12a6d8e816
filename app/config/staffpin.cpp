#include "staffpin.h"

#include "pbkdf2.h"

#include <QStringList>

static_assert(StaffPin::KeyBytes == Pbkdf2::KeyBytes);

namespace {

const QLatin1StringView kPrefix("pbkdf2-sha256$");

bool decode(const QString &text, QByteArray *bytes)
{
    auto result =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || text.isEmpty())
        return false;
    *bytes = *result;
    return true;
}

bool fail(QString *problem, const QString &why)
{
    if (problem)
        *problem = why;
    return false;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Each digit one more (or one less) than the one before, 9 and 0 being neighbours as on a
// keyboard's top row.
bool isStraightRun(const QString &pin, int step)
{
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int previous = pin.at(i - 1).unicode() - u'0';
        const int digit = pin.at(i).unicode() - u'0';
        if (digit != (previous + step + 10) % 10)
            return false;
    }
    return true;
}

} // namespace

QString StaffPin::hash(const QString &pin, int iterations)
{
    iterations = qMax(1, iterations);
    const QByteArray salt = Pbkdf2::randomSalt(SaltBytes);
    return QString(kPrefix + QStringLiteral("%1$%2$%3"))
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(Pbkdf2::derive(pin, salt, iterations).toBase64()));
}

bool StaffPin::parse(const QString &encoded, int *iterations, QByteArray *salt, QByteArray *key,
                     QString *problem)
{
    if (encoded.isEmpty())
        return fail(problem, QStringLiteral("it is empty"));
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (!encoded.startsWith(kPrefix))
        return fail(problem, QStringLiteral("it does not start with pbkdf2-sha256$, so it was not "
                                            "made by `municipal-kiosk --hash-pin`"));
    if (parts.size() != 4)
        return fail(problem, QStringLiteral("it should have four parts separated by $ "
                                            "(pbkdf2-sha256$iterations$salt$key) but has %1; "
                                            "copy the whole line printed by --hash-pin")
                                 .arg(parts.size()));
    bool ok = false;
    const int count = parts.at(1).toInt(&ok);
    if (!ok || count < 1)
        return fail(problem, QStringLiteral("the iteration count (the part after "
                                            "pbkdf2-sha256$) is not a whole number above 0"));
    if (count > MaximumIterations)
        return fail(problem, QStringLiteral("the iteration count is above %1: checking a PIN "
                                            "would take minutes")
                                 .arg(MaximumIterations));
    QByteArray saltBytes;
    if (!decode(parts.at(2), &saltBytes))
        return fail(problem, QStringLiteral("the salt (third part) is not valid base64"));
    if (saltBytes.size() < SaltBytes)
        return fail(problem, QStringLiteral("the salt (third part) is %1 bytes long; it must be "
                                            "at least %2")
                                 .arg(saltBytes.size())
                                 .arg(SaltBytes));
    QByteArray keyBytes;
    if (!decode(parts.at(3), &keyBytes))
        return fail(problem, QStringLiteral("the key (fourth part) is not valid base64"));
    if (keyBytes.size() != KeyBytes)
        return fail(problem, QStringLiteral("the key (fourth part) is %1 bytes long; it must be "
                                            "%2 (the line may have been cut short)")
                                 .arg(keyBytes.size())
                                 .arg(KeyBytes));
    if (iterations)
        *iterations = count;
    if (salt)
        *salt = saltBytes;
    if (key)
        *key = keyBytes;
    if (problem)
        problem->clear();
    return true;
}

bool StaffPin::verify(const QString &pin, const QString &encoded)
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
    if (!parse(encoded, &iterations, &salt, &key, nullptr))
        return false;
    return Pbkdf2::sameBytes(Pbkdf2::derive(pin, salt, iterations), key);
}

QString StaffPin::pinProblem(const QString &pin)
{
    if (pin.isEmpty())
        return QStringLiteral("The PIN is empty.");
    for (const QChar c : pin) {
        if (!isAsciiDigit(c))
            return QStringLiteral("The PIN must be made of the digits 0 to 9 only, with no "
                                  "spaces, letters or signs.");
    }
    if (pin.size() < MinimumDigits || pin.size() > MaximumDigits)
        return QStringLiteral("The PIN must have from %1 to %2 digits; this one has %3.")
            .arg(MinimumDigits)
            .arg(MaximumDigits)
            .arg(pin.size());
    if (pin.count(pin.at(0)) == pin.size())
        return QStringLiteral("The PIN must not be one digit repeated (like 1111): it is the "
                              "first thing anyone would try.");
    if (isStraightRun(pin, 1) || isStraightRun(pin, -1))
        return QStringLiteral("The PIN must not be a straight run of digits (like 1234 or 4321): "
                              "it is among the first things anyone would try.");
    return {};
}
