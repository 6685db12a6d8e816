#pragma once

#include "kiosksettings.h"

#include <QString>
#include <QStringList>
#include <QUrl>

// First run on a new kiosk: `municipal-kiosk --enroll URL TOKEN` writes the server's address
// into the configuration (made from the documented template when there is none yet) and the
// device token into its file, both readable only by their owner and the kiosk's group, then
// checks that the server answers and accepts the token. Run again to change server or token.
class EnrollCommand final
{
public:
    struct Request
    {
        QString configPath;
        QStringList words;      // URL and TOKEN ("-": read it from standard input)
        QString caFile;         // optional: server/ca_file
        QStringList pinnedKeys; // optional: server/pin_sha256
    };

    explicit EnrollCommand(Request request);

    int run() const;

private:
    // Whom the kiosk will trust: what the command line says, else what the configuration
    // already says for the same server; a new server starts from the system's authorities.
    struct Trust
    {
        QString caFile; // where the authority's certificate is now
        QStringList pinnedKeys;
        bool clearCaFile = false; // the configuration names one that no longer applies
        bool clearPins = false;
    };

    Trust trustFor(const QUrl &url, const KioskSettings &existing) const;
    bool writeConfig(const QUrl &url, const Trust &trust, QString *error) const;
    bool writeFile(const QString &path, const QByteArray &content, QString *error) const;
    int checkConnection(const QUrl &url, const QByteArray &token, const Trust &trust,
                        const KioskSettings &existing) const;

    Request m_request;
};
