#include "clerkdesk.h"
#include "clerksession.h"
#include "complaintform.h"
#include "counterrig.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "serverstore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QtTest>

// A clerk serves a resident from login to printed receipt, against the real server: the
// complaint entered on the resident's behalf, sent, given its reference, and printed with it.
class TestClerkComplaint : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<CounterRig> m_rig;

    template<class T = QWidget> T *child(const QString &name) const
    {
        return m_rig->child<T>(name);
    }

    void click(const QString &name) { QVERIFY2(m_rig->click(name), qPrintable(name)); }

    void type(const QString &name, const QString &text)
    {
        QVERIFY2(m_rig->type(name, text), qPrintable(name));
    }

    QJsonObject storedPayload(const QString &reference)
    {
        ServerStore store;
        QString error;
        if (!store.open(m_server.databasePath(), &error))
            qFatal("%s", qPrintable(error));
        QSqlQuery query(store.database().connection());
        query.prepare(QStringLiteral("SELECT payload FROM submissions WHERE reference = ?"));
        query.addBindValue(reference);
        if (!query.exec() || !query.next())
            return {};
        return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    }

    static QString pdfText(const QString &path)
    {
        QPdfDocument document;
        if (document.load(path) != QPdfDocument::Error::None || document.pageCount() < 1)
            return {};
        QString text;
        for (int page = 0; page < document.pageCount(); ++page)
            text += document.getAllText(page).text() + u'\n';
        return text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
        m_rig = std::make_unique<CounterRig>(m_server);
        QString error;
        QVERIFY2(m_rig->open(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_rig.reset(); }

    void aClerkServesAResidentFromLoginToPrintedReceipt()
    {
        QVERIFY(m_rig->logIn());
        QCOMPARE(m_rig->desk().page(), ClerkDesk::Page::Complaint);

        // The kind of problem, its questions, and the place.
        click(QStringLiteral("complaintCategory_alumbrado-publico"));
        click(QStringLiteral("attribute_tipo_averia_apagada"));
        type(QStringLiteral("complaintDescription"),
             QStringLiteral("Dos luminarias apagadas frente al policlínico."));
        click(QStringLiteral("complaintNext"));

        // Who the resident is: the municipality requires the address and the ID number here.
        QVERIFY(child(QStringLiteral("residentName"))->isVisible());
        QVERIFY2(!child(QStringLiteral("contactName")) ||
                     !child(QStringLiteral("contactName"))->isVisible(),
                 "a clerk's form asks for the resident, not for an optional contact");
        type(QStringLiteral("residentName"), QStringLiteral("Zoila Quintana Ávila"));
        click(QStringLiteral("complaintNext"));
        QCOMPARE(m_rig->desk().form()->step(), int(ComplaintForm::Contact));
        QVERIFY2(!child<QLabel>(QStringLiteral("residentAddress_problem"))->text().isEmpty(),
                 "the address is required here");
        type(QStringLiteral("residentAddress"), QStringLiteral("Calle Martí 14, Río Hondo"));
        type(QStringLiteral("residentIdNumber"), QStringLiteral("58021412345"));
        click(QStringLiteral("residentChannel_in_person"));
        click(QStringLiteral("complaintNext"));
        // Without the resident's consent nothing is entered on their behalf.
        QCOMPARE(m_rig->desk().form()->step(), int(ComplaintForm::Contact));
        click(QStringLiteral("residentConsent"));
        QVERIFY(child<QCheckBox>(QStringLiteral("residentConsent"))->isChecked());
        // The consent's long sentence wraps within the page instead of widening it.
        auto *consent = child(QStringLiteral("residentConsent"));
        QVERIFY2(consent->mapTo(&m_rig->window(), QPoint(consent->width(), 0)).x() <=
                     m_rig->window().width(),
                 "the resident's page is wider than the window");
        click(QStringLiteral("complaintNext"));
        QCOMPARE(m_rig->desk().form()->step(), int(ComplaintForm::Review));
        const QString review = child<QLabel>(QStringLiteral("complaintReview"))->text();
        QVERIFY2(review.contains(QStringLiteral("Zoila Quintana Ávila")), qPrintable(review));

        click(QStringLiteral("complaintSend"));
        QCOMPARE(m_rig->desk().page(), ClerkDesk::Page::Receipt);
        const auto pending = m_rig->outbox().items(OutboxStore::State::Pending);
        QCOMPARE(pending.size(), 1);
        const OutboxStore::Item queued = pending.first();
        QCOMPARE(queued.clerk, CounterRig::clerkName());
        const QJsonObject payload = OutboxStore::payloadOf(queued);
        QVERIFY(!payload.contains(QStringLiteral("contact")));

        // Sent: the server gives its reference, and the receipt on screen shows it.
        QCOMPARE(m_rig->upload().sent, 1);
        const auto sent = m_rig->outbox().item(queued.localId);
        QCOMPARE(sent->state, OutboxStore::State::Sent);
        const QString reference = sent->reference;
        QVERIFY2(reference.startsWith(QStringLiteral("MUN-")), qPrintable(reference));
        QTRY_VERIFY2(
            child<QLabel>(QStringLiteral("receiptReference"))->isVisible() &&
                child<QLabel>(QStringLiteral("receiptReference"))->text().contains(reference),
            qPrintable(child<QLabel>(QStringLiteral("receiptReference"))->text()));

        // The server stored who the resident is and which clerk entered it.
        const QJsonObject stored = storedPayload(reference);
        const QJsonObject resident = stored.value(QStringLiteral("on_behalf_of")).toObject();
        QCOMPARE(resident.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Zoila Quintana Ávila"));
        QCOMPARE(resident.value(QStringLiteral("address")).toString(),
                 QStringLiteral("Calle Martí 14, Río Hondo"));
        QCOMPARE(resident.value(QStringLiteral("id_number")).toString(),
                 QStringLiteral("58021412345"));
        QCOMPARE(resident.value(QStringLiteral("channel")).toString(), QStringLiteral("in_person"));
        QCOMPARE(resident.value(QStringLiteral("consent")), QJsonValue(true));
        const QJsonObject clerk = stored.value(QStringLiteral("clerk")).toObject();
        QCOMPARE(clerk.value(QStringLiteral("account")).toString(), CounterRig::clerkName());
        QCOMPARE(clerk.value(QStringLiteral("name")).toString(), CounterRig::clerkFullName());

        // Printed: the PDF says the municipality, the reference, the date, the kind of
        // complaint and who served the resident, and it does not carry the resident's details.
        click(QStringLiteral("clerkPrint"));
        const QString file = m_rig->desk().lastPrintedFile();
        QVERIFY2(file.startsWith(m_rig->printDir()), qPrintable(file));
        QVERIFY(QFileInfo::exists(file));
        const QString text = pdfText(file);
        QVERIFY2(!text.isEmpty(), "the receipt's PDF has no text");
        const QString flat = text.simplified();
        for (const QString &expected :
             {QStringLiteral("Río Hondo"), reference, QStringLiteral("Alumbrado público"),
              CounterRig::clerkFullName(),
              QLocale().toString(sent->createdAt.toLocalTime().date(), QLocale::LongFormat)})
            QVERIFY2(flat.contains(expected),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(expected, flat)));
        QVERIFY2(!flat.contains(QStringLiteral("Zoila")) &&
                     !flat.contains(QStringLiteral("58021412345")),
                 qPrintable(flat));
        QVERIFY(!m_rig->desk().printMessage().isEmpty());

        // Each step is in the audit log, in the clerk's name; the resident's details are not.
        const QStringList audit = m_rig->audit();
        QVERIFY2(
            audit.contains(QStringLiteral("maria.perez complaint-on-behalf ") + queued.receipt),
            qPrintable(audit.join(u'\n')));
        QVERIFY2(audit.contains(QStringLiteral("maria.perez print-receipt ") + reference),
                 qPrintable(audit.join(u'\n')));
        QVERIFY(!audit.join(u'\n').contains(QStringLiteral("Zoila")));

        // The next resident: a fresh form, nothing of the last one left.
        click(QStringLiteral("receiptDone"));
        QCOMPARE(m_rig->desk().page(), ClerkDesk::Page::Complaint);
        QCOMPARE(m_rig->desk().form()->step(), int(ComplaintForm::ChooseCategory));
        QVERIFY(child<QLineEdit>(QStringLiteral("residentName"))->text().isEmpty());
        QVERIFY(!child<QCheckBox>(QStringLiteral("residentConsent"))->isChecked());
    }

    void aReceiptPrintedBeforeTheUploadCarriesTheReceiptNumber()
    {
        QVERIFY(m_rig->session().isLoggedIn());
        QCOMPARE(m_rig->desk().page(), ClerkDesk::Page::Complaint);
        click(QStringLiteral("complaintCategory_alumbrado-publico"));
        click(QStringLiteral("attribute_tipo_averia_intermitente"));
        type(QStringLiteral("complaintDescription"), QStringLiteral("Parpadea toda la noche."));
        click(QStringLiteral("complaintNext"));
        type(QStringLiteral("residentName"), QStringLiteral("Rosa Fernández"));
        type(QStringLiteral("residentAddress"), QStringLiteral("Calle 3 #5"));
        type(QStringLiteral("residentIdNumber"), QStringLiteral("70010112345"));
        click(QStringLiteral("residentChannel_phone"));
        click(QStringLiteral("residentConsent"));
        click(QStringLiteral("complaintNext"));
        click(QStringLiteral("complaintSend"));
        QCOMPARE(m_rig->desk().page(), ClerkDesk::Page::Receipt);
        const auto pending = m_rig->outbox().items(OutboxStore::State::Pending);
        QCOMPARE(pending.size(), 1);

        // The network is down: the resident still leaves with a paper to follow it up.
        click(QStringLiteral("clerkPrint"));
        const QString flat = pdfText(m_rig->desk().lastPrintedFile()).simplified();
        QVERIFY2(flat.contains(pending.first().receipt), qPrintable(flat));
        QVERIFY(!flat.contains(QStringLiteral("MUN-")));
        QVERIFY2(m_rig->desk().printMessage().contains(QStringLiteral("receipt number")),
                 qPrintable(m_rig->desk().printMessage()));
        QCOMPARE(m_rig->upload().sent, 1);
    }
};

QTEST_MAIN(TestClerkComplaint)
#include "tst_clerkcomplaint.moc"
