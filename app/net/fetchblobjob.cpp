#include "fetchblobjob.h"

#include "apiclient.h"

#include <QNetworkReply>
#include <QRegularExpression>

FetchBlobJob::FetchBlobJob(ApiClient &api, QString sha256, QString partialPath, qint64 maxBytes,
                           QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_sha256(std::move(sha256))
    , m_file(partialPath)
    , m_maxBytes(maxBytes)
{}

FetchBlobJob::~FetchBlobJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FetchBlobJob::start()
{
    if (!m_file.open(QIODevice::ReadWrite)) {
        fail(Status::Failed,
             QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    m_offset = m_file.size();
    // Blobs are images and PDFs, compressed already: ask for the bytes as they are.
    ApiClient::Headers headers{
        {QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity")}};
    if (m_offset > 0)
        headers.append({QByteArrayLiteral("Range"), "bytes=" + QByteArray::number(m_offset) + '-'});
    m_reply = m_api.get(QStringLiteral("/api/v1/blobs/") + m_sha256, {}, m_api.options().timeout,
                        headers);
    connect(m_reply, &QNetworkReply::readyRead, this, &FetchBlobJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FetchBlobJob::onFinished);
}

bool FetchBlobJob::acceptHeaders()
{
    m_headersChecked = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qint64 total = -1;
    if (status == 206) {
        static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
        const auto match = range.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")));
        if (!match.hasMatch() || match.captured(1).toLongLong() != m_offset) {
            m_file.resize(0); // the partial file cannot be trusted against this answer
            fail(Status::Failed,
                 QStringLiteral("blob %1: the server resumed at the wrong place").arg(m_sha256));
            return false;
        }
        total = match.captured(3).toLongLong();
        m_result.resumed = true;
    } else if (status == 200) {
        m_offset = 0; // the server sent it all again
        m_file.resize(0);
        m_file.seek(0);
        total = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    } else {
        return false; // an error status; onFinished says which
    }
    m_file.seek(m_offset);
    if (total > m_maxBytes) {
        m_file.resize(0);
        fail(Status::OverQuota, QStringLiteral("blob %1 (%2 bytes) does not fit in the blob quota")
                                    .arg(m_sha256)
                                    .arg(total));
        return false;
    }
    return true;
}

void FetchBlobJob::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_headersChecked && !acceptHeaders())
        return;
    const QByteArray data = m_reply->readAll();
    m_result.bytes += data.size();
    if (m_offset + m_result.bytes > m_maxBytes) {
        fail(Status::OverQuota, QStringLiteral("blob %1 is larger than announced").arg(m_sha256));
        return;
    }
    if (m_file.write(data) != data.size())
        fail(Status::Failed,
             QStringLiteral("cannot write blob %1: %2").arg(m_sha256, m_file.errorString()));
}

void FetchBlobJob::onFinished()
{
    if (!m_reply)
        return;
    if (!m_headersChecked && m_reply->bytesAvailable() > 0)
        onReadyRead();
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (status == 401 || status == 403) {
        fail(Status::Unauthorized, QStringLiteral("the server refused the device token"));
        return;
    }
    if (status == 416) {
        finishFromPartial();
        return;
    }
    if (error != QNetworkReply::NoError || (status != 200 && status != 206)) {
        // What arrived stays in the partial file; the next attempt resumes from there.
        const QString tlsProblem = m_reply->property(ApiClient::TlsProblemProperty).toString();
        fail(Status::Failed,
             QStringLiteral("blob %1: %2")
                 .arg(m_sha256, tlsProblem.isEmpty() ? m_reply->errorString() : tlsProblem));
        return;
    }
    m_file.close();
    m_result.status = Status::Done;
    m_reply->deleteLater();
    m_reply = nullptr;
    emit finished();
}

void FetchBlobJob::finishFromPartial()
{
    // "Range Not Satisfiable" to bytes=N- says the blob has fewer than N+1 bytes. When it has
    // exactly N, an earlier run received it all and was stopped before checking it; the caller
    // checks the hash as for any download.
    static const QRegularExpression unsatisfied(QStringLiteral("^bytes \\*/(\\d+)$"));
    const auto match = unsatisfied.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")));
    if (m_offset > m_maxBytes) {
        m_file.resize(0);
        fail(Status::OverQuota, QStringLiteral("blob %1 (%2 bytes) does not fit in the blob quota")
                                    .arg(m_sha256)
                                    .arg(m_offset));
        return;
    }
    if (m_offset > 0 && match.hasMatch() && match.captured(1).toLongLong() == m_offset) {
        m_file.close();
        m_result.status = Status::Done;
        m_result.resumed = true;
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
        emit finished();
        return;
    }
    m_file.resize(0); // longer than the blob: nothing in it can be trusted
    fail(Status::Failed,
         QStringLiteral("blob %1: the partial download did not fit the blob; starting over")
             .arg(m_sha256));
}

void FetchBlobJob::fail(Status status, const QString &error)
{
    m_result.status = status;
    m_result.error = error;
    m_file.close();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    emit finished();
}
