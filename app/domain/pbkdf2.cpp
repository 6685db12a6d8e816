#include "pbkdf2.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

QByteArray Pbkdf2::derive(const QString &secret, const QByteArray &salt, int iterations)
{
    QByteArray utf8 = secret.toUtf8();
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, utf8,
                                                              salt, iterations, KeyBytes);
    utf8.fill('\0');
    return key;
}

QByteArray Pbkdf2::randomSalt(int bytes)
{
    QByteArray salt(bytes, '\0');
    for (char &byte : salt)
        byte = char(QRandomGenerator::system()->bounded(256));
    return salt;
}

bool Pbkdf2::sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}
