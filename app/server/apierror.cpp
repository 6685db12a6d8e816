#include "apierror.h"

#include <QJsonObject>

QHttpServerResponse apiError(QHttpServerResponse::StatusCode status, const QString &code,
                             const QString &message)
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, status);
}
