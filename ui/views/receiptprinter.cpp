#include "receiptprinter.h"

#include "qrcode.h"

#include <QDir>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace {

constexpr int kQrPixelsPerModule = 8;

} // namespace

ReceiptPrinter::ReceiptPrinter(const QString &printer)
    : m_printer(printer)
{}

bool ReceiptPrinter::print(const Receipt &receipt, QString *problem, QString *written) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    printer.setDocName(
        tr("Receipt %1").arg(receipt.reference.isEmpty() ? receipt.receipt : receipt.reference));
    if (m_printer.startsWith(QLatin1String("pdf:"))) {
        const QDir directory(m_printer.mid(4));
        if (!QDir().mkpath(directory.path())) {
            if (problem)
                *problem = tr("The receipt could not be saved: the folder for receipts cannot "
                              "be created. Please tell IT staff.");
            return false;
        }
        // Named so that two prints of one receipt never overwrite each other.
        const QString name =
            QStringLiteral("%1-%2.pdf")
                .arg(
                    receipt.reference.isEmpty() ? receipt.receipt : receipt.reference,
                    QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz")));
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(directory.filePath(name));
        if (written)
            *written = printer.outputFileName();
    } else {
        const QPrinterInfo info = m_printer.isEmpty() ? QPrinterInfo::defaultPrinter()
                                                      : QPrinterInfo::printerInfo(m_printer);
        if (info.isNull()) {
            if (problem)
                *problem = m_printer.isEmpty()
                               ? tr("No printer is set up on this computer. Please tell IT "
                                    "staff; meanwhile, write the reference number down for "
                                    "the resident.")
                               : tr("The printer \"%1\" cannot be found. Please tell IT staff; "
                                    "meanwhile, write the reference number down for the "
                                    "resident.")
                                     .arg(m_printer);
            return false;
        }
        printer.setPrinterName(info.printerName());
    }
    if (!render(receipt, printer)) {
        if (problem)
            *problem = tr("The printer did not take the receipt. Please check that it is on "
                          "and has paper, then try again.");
        return false;
    }
    return true;
}

bool ReceiptPrinter::render(const Receipt &receipt, QPrinter &printer)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    const int dpi = printer.resolution();
    const auto points = [dpi](double pt) { return int(pt * dpi / 72.0); };
    int y = 0;
    const auto line = [&](const QString &text, double size, bool bold) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(points(size));
        font.setBold(bold);
        painter.setFont(font);
        const QRect box =
            painter.boundingRect(QRect(0, y, page.width(), page.height()), Qt::TextWordWrap, text);
        painter.drawText(QRect(0, y, page.width(), box.height()), Qt::TextWordWrap, text);
        y += box.height() + points(size * 0.4);
    };

    const QString municipality = receipt.municipality.isEmpty()
                                     ? tr("Your municipality")
                                     : tr("Municipality of %1").arg(receipt.municipality);
    line(municipality, 16, true);
    line(tr("Receipt for a complaint"), 13, false);
    y += points(8);
    if (!receipt.reference.isEmpty()) {
        line(tr("Reference number"), 11, false);
        line(receipt.reference, 22, true);
        line(tr("Receipt number: %1").arg(receipt.receipt), 10, false);
    } else {
        line(tr("Receipt number"), 11, false);
        line(receipt.receipt, 22, true);
        line(tr("The municipality's reference number is not known yet: the complaint is saved "
                "and will be sent as soon as the network allows. Ask at this office with the "
                "receipt number."),
             10, false);
    }
    y += points(6);
    const QLocale locale;
    const QDateTime when = receipt.createdAt.toLocalTime();
    line(tr("Date: %1, %2")
             .arg(locale.toString(when.date(), QLocale::LongFormat),
                  locale.toString(when.time(), QLocale::ShortFormat)),
         11, false);
    line(tr("Kind of problem: %1").arg(receipt.category), 11, false);
    if (!receipt.clerk.isEmpty())
        line(tr("Served by: %1").arg(receipt.clerk), 11, false);
    y += points(10);

    if (!receipt.reference.isEmpty() && receipt.trackingLink.isValid()) {
        const auto code = QrCode::encode(receipt.trackingLink.toString().toUtf8());
        if (code) {
            const QImage image = code->toImage(kQrPixelsPerModule);
            const int side = points(110); // about 4 cm: easy for any phone at reading distance
            painter.drawImage(QRect(0, y, side, side), image);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(points(10));
            painter.setFont(font);
            painter.drawText(QRect(side + points(12), y, page.width() - side - points(12), side),
                             Qt::AlignVCenter | Qt::TextWordWrap,
                             tr("Follow your complaint: scan the code, or type the reference "
                                "number in \"My request\" at any municipal kiosk.\n%1")
                                 .arg(receipt.trackingLink.toString()));
            y += side + points(10);
        }
    } else if (!receipt.reference.isEmpty()) {
        line(tr("Follow your complaint: type the reference number in \"My request\" at any "
                "municipal kiosk."),
             10, false);
    }
    return painter.end();
}
