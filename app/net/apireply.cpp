#include "apireply.h"

#include "apiclient.h"
#include "gzip.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

ApiReply::ApiReply(QNetworkReply *reply, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
{
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiReply::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ApiReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onFinished);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    return m_reply ? m_reply->rawHeader(name) : QByteArray();
}

std::optional<std::chrono::seconds> ApiReply::retryAfter() const
{
    bool ok = false;
    const qint64 seconds = header("Retry-After").trimmed().toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return std::chrono::seconds(std::min<qint64>(seconds, 24 * 3600));
}

void ApiReply::onMetaData()
{
    // An answer that announces more than we would keep is refused before its body is read.
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_maxBytes && !m_tooLarge) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
    }
}

void ApiReply::onReadyRead()
{
    if (m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
    }
}

void ApiReply::onFinished()
{
    // A reply aborted before it opened (a pinned key that did not match) has nothing to read.
    if (!m_tooLarge && m_reply->isOpen())
        m_body += m_reply->readAll();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_bytesReceived = m_body.size();
    // Qt 6.4 now and then reports an answer shorter than its Content-Length as complete; a
    // cut that happens to end on valid JSON would then pass for a whole page.
    bool lengthKnown = false;
    const qint64 announced =
        m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthKnown);
    if (!m_tooLarge && lengthKnown && m_body.size() != announced &&
        m_reply->error() == QNetworkReply::NoError) {
        m_outcome = Outcome::NetworkError;
        m_errorText = QStringLiteral("the answer was cut short (%1 of %2 bytes)")
                          .arg(m_body.size())
                          .arg(announced);
        emit finished();
        return;
    }
    // A 304 may repeat the representation's Content-Encoding with no body at all.
    if (!m_tooLarge && !m_body.isEmpty() &&
        m_reply->rawHeader("Content-Encoding").trimmed().toLower() == "gzip") {
        InflateError why = InflateError::None;
        m_body = gzipDecompress(m_body, m_maxBytes, &why).value_or(QByteArray());
        m_tooLarge = why == InflateError::TooLarge;
        if (why == InflateError::Damaged) {
            m_outcome = Outcome::NetworkError;
            m_errorText = QStringLiteral("the gzip answer is damaged or cut short");
            emit finished();
            return;
        }
    }
    const QNetworkReply::NetworkError error = m_reply->error();

    if (m_tooLarge) {
        m_outcome = Outcome::TooLarge;
        m_errorText =
            QStringLiteral("the answer was larger than the %1-byte limit").arg(m_maxBytes);
    } else if (m_httpStatus == 0) {
        m_outcome = Outcome::NetworkError;
        // Qt reports its transfer timeout as a cancellation; say what it was.
        const QString tlsProblem = m_reply->property(ApiClient::TlsProblemProperty).toString();
        m_tlsRefused = !tlsProblem.isEmpty() || error == QNetworkReply::SslHandshakeFailedError;
        if (!tlsProblem.isEmpty())
            m_errorText = tlsProblem;
        else if (error == QNetworkReply::OperationCanceledError)
            m_errorText = QStringLiteral("no answer from the server for %1 s (timed out)")
                              .arg(m_reply->request().transferTimeout() / 1000.0);
        else if (error == QNetworkReply::SslHandshakeFailedError)
            m_errorText = QStringLiteral("the server's certificate could not be verified (%1); "
                                         "if the municipality uses its own certificate "
                                         "authority, name it in server/ca_file")
                              .arg(m_reply->errorString());
        else
            m_errorText = m_reply->errorString();
    } else if (m_httpStatus == 304) {
        m_outcome = Outcome::NotModified;
    } else if (m_httpStatus >= 200 && m_httpStatus < 300 && error == QNetworkReply::NoError) {
        m_outcome = Outcome::Ok;
    } else if (m_httpStatus >= 200 && m_httpStatus < 300) {
        // A 2xx that broke off (truncated body, reset connection): treat as no answer.
        m_outcome = Outcome::NetworkError;
        m_errorText = m_reply->errorString();
    } else {
        if (m_httpStatus == 410)
            m_outcome = Outcome::Gone;
        else if (m_httpStatus == 401 || m_httpStatus == 403)
            m_outcome = Outcome::Unauthorized;
        else if (m_httpStatus == 408 || m_httpStatus == 429 || m_httpStatus >= 500)
            m_outcome = Outcome::Unavailable;
        else
            m_outcome = Outcome::Refused;
        const QJsonObject problem = QJsonDocument::fromJson(m_body).object();
        const QString code = problem.value(QLatin1StringView("error")).toString();
        const QString message = problem.value(QLatin1StringView("message")).toString();
        m_errorText = QStringLiteral("HTTP %1 %2: %3")
                          .arg(m_httpStatus)
                          .arg(code.isEmpty() ? QStringLiteral("(no code)") : code,
                               message.isEmpty() ? m_reply->errorString() : message.left(300));
    }
    emit finished();
}

QString ApiReply::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::NotModified:
        return QStringLiteral("not-modified");
    case Outcome::Gone:
        return QStringLiteral("gone");
    case Outcome::Unauthorized:
        return QStringLiteral("unauthorized");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Unavailable:
        return QStringLiteral("unavailable");
    case Outcome::NetworkError:
        return QStringLiteral("network-error");
    case Outcome::TooLarge:
        return QStringLiteral("too-large");
    }
    return {};
}
