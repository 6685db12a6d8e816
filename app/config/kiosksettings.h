#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>

// The settings IT staff edit (an INI file, see data/config/kiosk.conf.example), typed, with
// defaults for everything but the server and the token.
struct KioskSettings
{
    QUrl serverUrl;
    QString tokenFile;
    // TLS: a PEM file of the authorities that sign the server's certificate when it is not one
    // the system trusts (a municipality's own CA), and optionally the server's public keys
    // (base64 SHA-256 of the SubjectPublicKeyInfo) the kiosk accepts and no other.
    QString caFile;
    QStringList pinnedKeys;
    // [log]: a level for everything and exceptions per category (see LogLevels).
    QString logLevel = QStringLiteral("info");
    QStringList logCategories;
    QString dataDir;
    std::chrono::seconds requestTimeout{30};
    std::chrono::seconds syncInterval{60};
    std::chrono::seconds longPoll{55};                  // 0: no long poll, check every syncInterval
    std::chrono::seconds heartbeatInterval{300};        // 0: no heartbeats to the server
    int pageLimit = 500;                                // changes asked for per request
    qint64 blobQuotaBytes = qint64(1024) * 1024 * 1024; // images and PDFs kept at most
    QString language = QStringLiteral("es");
    QString municipality;
    QUrl publicUrl; // the municipality's website: take-home QR codes point there
    QStringList languages{QStringLiteral("es"), QStringLiteral("en")}; // offered by the button

    // Idle handling: after `countdownAfter` without a touch a countdown of `countdown` runs,
    // then everything typed is wiped; after `attractAfter` more, the attract screen shows.
    std::chrono::seconds countdownAfter{90};
    std::chrono::seconds countdown{20};
    std::chrono::seconds attractAfter{120}; // 0: no attract screen

    // The staff menu: a PBKDF2 hash of the PIN (`municipal-kiosk --hash-pin`), empty for none.
    QString staffPinHash;
    int staffMaxAttempts = 5;
    std::chrono::seconds staffLockout{300}; // doubles with every further lockout

    // Counter clerks (see docs/clerks.md): "off"; "kiosk", where the staff gesture also leads
    // to the clerks' login; or "desk", a PC at the office counter that opens on that login.
    QString clerkMode = QStringLiteral("off");
    std::chrono::seconds clerkLogoutAfter{300}; // without a touch: logged out, form wiped
    // What the municipality requires of a resident besides the name (address, id_number,
    // phone).
    QStringList residentRequired{QStringLiteral("address"), QStringLiteral("id_number")};
    // Where receipts print: empty for the system's default printer, a printer's name, or
    // "pdf:<directory>" for PDF files (an office without a printer, or a test).
    QString receiptPrinter;

    QString theme = QStringLiteral("default"); // or "high-contrast": the starting look
    bool largeText = false;                    // starting text size
    bool onScreenKeyboard = true;
    bool readAloud = true; // offered when a speech engine is installed

    static KioskSettings load(const QString &path);

    // Every problem in words IT staff can act on; empty when the kiosk can start.
    QStringList problems() const;
    QByteArray readToken(QString *error) const;
    QString blobDir() const;
    QString outboxPath() const;
    QString clerksPath() const;
    int outboxRetentionDays = 7; // pending longer than this: reported as overdue
};
