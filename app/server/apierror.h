#pragma once

#include <QHttpServerResponse>
#include <QString>

// Every error the server gives is JSON: {"error": "<machine code>", "message": "<human text>"}.
// Messages say what was wrong with the request; they never carry SQL, paths or stack traces.
QHttpServerResponse apiError(QHttpServerResponse::StatusCode status, const QString &code,
                             const QString &message);
