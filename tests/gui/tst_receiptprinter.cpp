#include "receiptprinter.h"

#include <QDir>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPrinter>
#include <QTemporaryDir>
#include <QtTest>

// The receipt a resident takes home from the counter, printed to PDF and read back.
class TestReceiptPrinter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ReceiptPrinter::Receipt sample()
    {
        ReceiptPrinter::Receipt receipt;
        receipt.municipality = QStringLiteral("Río Hondo");
        receipt.receipt = QStringLiteral("R-1A2B-3C4D");
        receipt.reference = QStringLiteral("MUN-2026-000123");
        receipt.createdAt = QDateTime(QDate(2026, 11, 28), QTime(10, 15), Qt::UTC);
        receipt.category = QStringLiteral("Alumbrado público");
        receipt.clerk = QStringLiteral("María Pérez");
        receipt.trackingLink = QUrl(
            QStringLiteral("https://www.riohondo.gob.example/kiosco/seguimiento/MUN-2026-000123"));
        return receipt;
    }

    static QString textOf(const QString &path, int *pages = nullptr)
    {
        QPdfDocument document;
        if (document.load(path) != QPdfDocument::Error::None)
            return {};
        if (pages)
            *pages = document.pageCount();
        QString text;
        for (int page = 0; page < document.pageCount(); ++page)
            text += document.getAllText(page).text() + u' ';
        return text.simplified();
    }

private slots:
    void aPrintedReceiptSaysWhatTheResidentNeeds()
    {
        const QString dir = m_dir.filePath(QStringLiteral("receipts"));
        QString problem;
        QString written;
        QVERIFY2(ReceiptPrinter(QStringLiteral("pdf:") + dir).print(sample(), &problem, &written),
                 qPrintable(problem));
        QVERIFY2(written.startsWith(dir) && written.contains(QStringLiteral("MUN-2026-000123")),
                 qPrintable(written));
        int pages = 0;
        const QString text = textOf(written, &pages);
        QCOMPARE(pages, 1);
        const QDateTime local = sample().createdAt.toLocalTime();
        for (const QString &expected :
             {QStringLiteral("Municipality of Río Hondo"), QStringLiteral("MUN-2026-000123"),
              QStringLiteral("R-1A2B-3C4D"), QStringLiteral("Kind of problem: Alumbrado público"),
              QStringLiteral("Served by: María Pérez"),
              QLocale().toString(local.date(), QLocale::LongFormat),
              QStringLiteral("https://www.riohondo.gob.example/kiosco/seguimiento/")})
            QVERIFY2(text.contains(expected),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(expected, text)));
    }

    void twoPrintsOfOneReceiptAreTwoFiles()
    {
        const QString dir = m_dir.filePath(QStringLiteral("twice"));
        const ReceiptPrinter printer(QStringLiteral("pdf:") + dir);
        QString first;
        QString second;
        QString problem;
        QVERIFY(printer.print(sample(), &problem, &first));
        QVERIFY(printer.print(sample(), &problem, &second));
        QVERIFY(first != second);
        QCOMPARE(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 2);
    }

    void withoutAReferenceTheReceiptNumberLeads()
    {
        ReceiptPrinter::Receipt receipt = sample();
        receipt.reference.clear();
        receipt.trackingLink.clear();
        QString problem;
        QString written;
        QVERIFY(ReceiptPrinter(QStringLiteral("pdf:") + m_dir.filePath(QStringLiteral("offline")))
                    .print(receipt, &problem, &written));
        QVERIFY(QFileInfo(written).fileName().startsWith(QStringLiteral("R-1A2B-3C4D")));
        const QString text = textOf(written);
        QVERIFY2(text.contains(QStringLiteral("Receipt number R-1A2B-3C4D")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not known yet")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("MUN-")));
    }

    void aMissingPrinterIsExplainedInWords()
    {
        QString problem;
        QVERIFY(
            !ReceiptPrinter(QStringLiteral("Mostrador-que-no-existe")).print(sample(), &problem));
        QVERIFY2(problem.contains(QStringLiteral("\"Mostrador-que-no-existe\" cannot be found")),
                 qPrintable(problem));

        // A folder that cannot be made: a clear problem, not a crash or a silent success.
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        problem.clear();
        QVERIFY(!ReceiptPrinter(QStringLiteral("pdf:") + blocker.fileName() +
                                QStringLiteral("/receipts"))
                     .print(sample(), &problem));
        QVERIFY2(problem.contains(QStringLiteral("folder")), qPrintable(problem));
    }
};

QTEST_MAIN(TestReceiptPrinter)
#include "tst_receiptprinter.moc"
