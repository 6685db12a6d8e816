#include "clerkdesk.h"
#include "clerksession.h"
#include "complaintform.h"
#include "counterrig.h"
#include "mainwindow.h"
#include "outboxpanel.h"
#include "outboxwriter.h"
#include "serverprocess.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

// The outbox at a glance for a clerk, against the real server: what the server refused, with
// its words; a waiting item sent at once; a refused one corrected and sent again, or put aside
// with a reason for the audit log; and the municipality's answers to what went.
class TestClerkOutbox : public QObject
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

    bool enabled(const QString &name) const
    {
        auto *button = child<QAbstractButton>(name);
        return button && button->isVisible() && button->isEnabled();
    }

    // A complaint a clerk entered for a resident, as the outbox holds it; `fault` is an answer
    // to the category's question that the server does not accept.
    qint64 enqueue(const QString &resident, const QString &fault)
    {
        QString error;
        const QJsonObject payload{
            {QStringLiteral("category"), QStringLiteral("alumbrado-publico")},
            {QStringLiteral("description"), QStringLiteral("Poste sin luz en la esquina")},
            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("tipo_averia"), fault}}},
            {QStringLiteral("on_behalf_of"),
             QJsonObject{{QStringLiteral("name"), resident},
                         {QStringLiteral("address"), QStringLiteral("Calle 8 #21")},
                         {QStringLiteral("id_number"), QStringLiteral("61090912345")},
                         {QStringLiteral("channel"), QStringLiteral("phone")},
                         {QStringLiteral("consent"), true}}},
            {QStringLiteral("clerk"),
             QJsonObject{{QStringLiteral("account"), CounterRig::clerkName()},
                         {QStringLiteral("name"), CounterRig::clerkFullName()}}}};
        const auto item = m_rig->outbox().enqueue(QStringLiteral("complaint"), QStringLiteral("es"),
                                                  payload, QDateTime::currentDateTimeUtc(),
                                                  QStringLiteral("Queja: Alumbrado público"),
                                                  &error, CounterRig::clerkName());
        if (!item)
            qFatal("%s", qPrintable(error));
        return item->localId;
    }

    OutboxPanel *panel() const { return m_rig->desk().outbox(); }

    QString cell(qint64 localId, int column) const
    {
        auto *table = child<QTableWidget>(QStringLiteral("outboxTable"));
        const int row = panel()->rowOf(localId);
        if (!table || row < 0 || !table->item(row, column))
            return QStringLiteral("(no row)");
        return table->item(row, column)->text();
    }

    void openOutbox()
    {
        if (!m_rig->session().isLoggedIn())
            QVERIFY(m_rig->logIn());
        click(QStringLiteral("clerkOutbox"));
        QCOMPARE(m_rig->desk().page(), ClerkDesk::Page::Outbox);
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

    void aRefusedItemShowsTheServersWordsAndIsCorrectedAndSentAgain()
    {
        const qint64 refused = enqueue(QStringLiteral("Zoila Quintana"), QStringLiteral("rota"));
        QCOMPARE(m_rig->upload().rejected, 1);
        const QString oldReceipt = m_rig->outbox().item(refused)->receipt;

        openOutbox();
        QCOMPARE(cell(refused, OutboxPanel::State), QStringLiteral("Refused by the server"));
        QVERIFY2(cell(refused, OutboxPanel::Message).contains(QStringLiteral("listed values")),
                 qPrintable(cell(refused, OutboxPanel::Message)));
        QCOMPARE(cell(refused, OutboxPanel::EnteredBy), CounterRig::clerkName());
        QVERIFY(cell(refused, OutboxPanel::Number).contains(oldReceipt));
        QVERIFY2(child<QLabel>(QStringLiteral("outboxCounts"))
                     ->text()
                     .contains(QStringLiteral("Refused by the server: 1")),
                 qPrintable(child<QLabel>(QStringLiteral("outboxCounts"))->text()));

        panel()->select(refused);
        QVERIFY(!enabled(QStringLiteral("outboxRetry")));
        QVERIFY(enabled(QStringLiteral("outboxDiscard")));
        click(QStringLiteral("outboxEdit"));

        // The form holds what was entered; the answer the server refused is to be chosen again.
        QCOMPARE(m_rig->desk().page(), ClerkDesk::Page::Complaint);
        QCOMPARE(m_rig->desk().form()->step(), int(ComplaintForm::Details));
        QVERIFY(child<QLabel>(QStringLiteral("clerkEditing"))->isVisible());
        click(QStringLiteral("attribute_tipo_averia_apagada"));
        click(QStringLiteral("complaintNext"));
        QCOMPARE(child<QLineEdit>(QStringLiteral("residentName"))->text(),
                 QStringLiteral("Zoila Quintana"));
        QCOMPARE(child<QLineEdit>(QStringLiteral("residentIdNumber"))->text(),
                 QStringLiteral("61090912345"));
        click(QStringLiteral("complaintNext"));
        QCOMPARE(m_rig->desk().form()->step(), int(ComplaintForm::Review));
        click(QStringLiteral("complaintSend"));
        QCOMPARE(m_rig->desk().page(), ClerkDesk::Page::Receipt);

        // A new item with its own key; the refused one is put aside and says where it went.
        const auto pending = m_rig->outbox().items(OutboxStore::State::Pending);
        QCOMPARE(pending.size(), 1);
        const QString newReceipt = pending.first().receipt;
        QVERIFY(newReceipt != oldReceipt);
        const auto old = m_rig->outbox().item(refused);
        QCOMPARE(old->state, OutboxStore::State::Discarded);
        QCOMPARE(old->discardReason, QStringLiteral("corrected and sent again as ") + newReceipt);
        QCOMPARE(m_rig->upload().sent, 1);
        QCOMPARE(m_rig->outbox().item(pending.first().localId)->state, OutboxStore::State::Sent);

        const QStringList audit = m_rig->audit();
        const QString all = audit.join(u'\n');
        QVERIFY2(audit.contains(QStringLiteral("maria.perez edit ") + oldReceipt), qPrintable(all));
        QVERIFY2(audit.contains(QStringLiteral("maria.perez discard %1 corrected and sent again "
                                               "as %2")
                                    .arg(oldReceipt, newReceipt)),
                 qPrintable(all));
        QVERIFY2(
            audit.contains(
                QStringLiteral("maria.perez resend %1 corrects %2").arg(newReceipt, oldReceipt)),
            qPrintable(all));
    }

    void aWaitingItemIsSentAtOnceOnRequest()
    {
        const qint64 waiting = enqueue(QStringLiteral("Rosa Fernández"), QStringLiteral("apagada"));
        // As after a failed try: not due for an hour.
        QVERIFY(m_rig->outbox().markRetry(waiting, QStringLiteral("the network is down"),
                                          QDateTime::currentDateTimeUtc().addSecs(3600)));
        QCOMPARE(m_rig->upload().sent, 0);

        openOutbox();
        QCOMPARE(cell(waiting, OutboxPanel::State), QStringLiteral("Waiting to be sent"));
        QCOMPARE(cell(waiting, OutboxPanel::Tries), QStringLiteral("1"));
        QVERIFY2(cell(waiting, OutboxPanel::Message).contains(QStringLiteral("network is down")),
                 qPrintable(cell(waiting, OutboxPanel::Message)));
        panel()->select(waiting);
        QVERIFY(!enabled(QStringLiteral("outboxEdit")));
        QVERIFY(!enabled(QStringLiteral("outboxDiscard")));
        QSignalSpy queued(&m_rig->writer(), &OutboxWriter::queued);
        click(QStringLiteral("outboxRetry"));
        QCOMPARE(queued.size(), 1); // sync is asked to upload now
        QCOMPARE(m_rig->upload().sent, 1);
        QCOMPARE(m_rig->outbox().item(waiting)->state, OutboxStore::State::Sent);
        QTRY_COMPARE(cell(waiting, OutboxPanel::State), QStringLiteral("Sent"));
        QVERIFY(
            cell(waiting, OutboxPanel::Number).contains(m_rig->outbox().item(waiting)->reference));
        QVERIFY(m_rig->audit().contains(QStringLiteral("maria.perez retry ") +
                                        m_rig->outbox().item(waiting)->receipt));
    }

    void aRefusedItemIsPutAsideOnlyWithAReason()
    {
        const qint64 refused = enqueue(QStringLiteral("Luis Soto"), QStringLiteral("rota"));
        QCOMPARE(m_rig->upload().rejected, 1);
        const QString receipt = m_rig->outbox().item(refused)->receipt;
        openOutbox();
        panel()->select(refused);
        click(QStringLiteral("outboxDiscard"));
        QVERIFY(child(QStringLiteral("outboxDiscardReason"))->isVisible());

        click(QStringLiteral("outboxDiscardConfirm"));
        QCOMPARE(m_rig->outbox().item(refused)->state, OutboxStore::State::Rejected);
        QVERIFY(
            child<QLabel>(QStringLiteral("outboxMessage"))->text().contains(QStringLiteral("why")));

        auto *reason = child<QLineEdit>(QStringLiteral("outboxDiscardReason"));
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("The resident came back and withdrew it"));
        click(QStringLiteral("outboxDiscardConfirm"));
        const auto item = m_rig->outbox().item(refused);
        QCOMPARE(item->state, OutboxStore::State::Discarded);
        QVERIFY(item->body.isEmpty());
        QCOMPARE(cell(refused, OutboxPanel::State), QStringLiteral("Put aside"));
        QVERIFY(cell(refused, OutboxPanel::Message).contains(QStringLiteral("withdrew it")));
        QVERIFY(!child(QStringLiteral("outboxDiscardReason"))->isVisible());
        QVERIFY(m_rig->audit().contains(
            QStringLiteral("maria.perez discard %1 The resident came back and withdrew it")
                .arg(receipt)));
        // Put aside is final: nothing more to do with it.
        panel()->select(refused);
        QVERIFY(!enabled(QStringLiteral("outboxRetry")));
        QVERIFY(!enabled(QStringLiteral("outboxEdit")));
        QVERIFY(!enabled(QStringLiteral("outboxDiscard")));
    }

    void theMunicipalitysAnswerReachesTheOutbox()
    {
        const auto sent = m_rig->outbox().items(OutboxStore::State::Sent);
        QVERIFY(!sent.isEmpty());
        const OutboxStore::Item item = sent.first();
        openOutbox();
        QVERIFY(cell(item.localId, OutboxPanel::Message).startsWith(QStringLiteral("Received")));

        QVERIFY(m_server.runCommand({QStringLiteral("admin"), QStringLiteral("submission"),
                                     item.reference, QStringLiteral("answered"),
                                     QStringLiteral("--note"),
                                     QStringLiteral("Reparado el sábado por la brigada")}));
        QString error;
        QVERIFY2(m_rig->sync(&error), qPrintable(error));
        QTRY_VERIFY2(cell(item.localId, OutboxPanel::Message)
                         .contains(QStringLiteral("Reparado el sábado por la brigada")),
                     qPrintable(cell(item.localId, OutboxPanel::Message)));
    }
};

QTEST_MAIN(TestClerkOutbox)
#include "tst_clerkoutbox.moc"
