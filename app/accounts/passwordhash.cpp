#include "passwordhash.h"

#include "pbkdf2.h"

#include <QStringList>

QString PasswordHash::create(const QString &password, int iterations)
{
    const QByteArray salt = Pbkdf2::randomSalt(16);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(Pbkdf2::derive(password, salt, iterations).toBase64()));
}

bool PasswordHash::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    return Pbkdf2::sameBytes(Pbkdf2::derive(password, salt, iterations), expected);
}

QString PasswordHash::decoy(int iterations)
{
    // Nothing derives to an all-zero key in practice; building the string costs nothing, so
    // checking against it costs exactly one derivation, as for a real account.
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(QByteArray(16, '\0').toBase64()),
             QString::fromLatin1(QByteArray(Pbkdf2::KeyBytes, '\0').toBase64()));
}
