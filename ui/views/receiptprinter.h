#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

class QPrinter;

// The paper a resident takes home from the counter: the municipality, the reference number
// (or, while the outbox still waits for the network, the local receipt number), the date, the
// kind of complaint, who served them, and a QR code of the tracking link. Printed through Qt
// Print Support on the printer the kiosk's configuration names ("" for the system's default,
// a CUPS printer's name, or "pdf:<directory>" for PDF files).
class ReceiptPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    struct Receipt
    {
        QString municipality;
        QString receipt;   // R-1A2B-3C4D, always there
        QString reference; // MUN-2026-000123 once the server has it
        QDateTime createdAt;
        QString category;
        QString clerk; // the full name of who served the resident
        QUrl trackingLink;
    };

    explicit ReceiptPrinter(const QString &printer);

    // Prints one receipt; false with why, in words for the clerk. `written` gets the PDF's
    // path when printing to files.
    bool print(const Receipt &receipt, QString *problem, QString *written = nullptr) const;
    // Draws the receipt on any printer already set up (tests print to PDF this way).
    static bool render(const Receipt &receipt, QPrinter &printer);

private:
    QString m_printer;
};
