#pragma once

#include <QFile>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;

// GET /api/v1/blobs/<sha256>, streamed into a partial file. If the file already holds the
// start of the blob, only the rest is asked for (Range), so a slow link that drops every few
// megabytes still gets a PDF through. Verifying the hash is the caller's (BlobStore::commit).
class FetchBlobJob final : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Done,
        Failed,
        Unauthorized,
        OverQuota
    };

    struct Result
    {
        Status status = Status::Failed;
        QString error;
        qint64 bytes = 0;     // received in this request
        bool resumed = false; // the server sent only the rest
    };

    // `maxBytes`: the largest whole blob this kiosk may keep now (its remaining quota).
    FetchBlobJob(ApiClient &api, QString sha256, QString partialPath, qint64 maxBytes,
                 QObject *parent = nullptr);
    ~FetchBlobJob() override;

    void start();
    const Result &result() const { return m_result; }

signals:
    void finished();

private:
    bool acceptHeaders();
    void onReadyRead();
    void onFinished();
    void finishFromPartial();
    void fail(Status status, const QString &error);

    ApiClient &m_api;
    QString m_sha256;
    QFile m_file;
    qint64 m_maxBytes;
    qint64 m_offset = 0;
    bool m_headersChecked = false;
    QPointer<QNetworkReply> m_reply; // the network manager may delete it first at shutdown
    Result m_result;
};
