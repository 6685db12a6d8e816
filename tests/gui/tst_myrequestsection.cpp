#include "democache.h"
#include "myrequestsection.h"
#include "outboxstore.h"
#include "outboxwriter.h"
#include "takehomelink.h"
#include "takehomepanel.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <memory>

namespace {

const QUrl kPublicBase(QStringLiteral("https://www.riohondo.gob.example/"));
const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600));

} // namespace

// My request over the demo municipality's real cache and a real outbox file: statuses synced
// to the kiosk, and this kiosk's own submissions, found by reference or receipt.
class TestMyRequestSection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboxWriter> m_writer;
    std::unique_ptr<MyRequestSection> m_section;

    template<class T = QWidget> T *child(const QString &name) const
    {
        return m_section->findChild<T *>(name);
    }

    QLineEdit *field() const { return child<QLineEdit>(QStringLiteral("requestNumber")); }
    QWidget *result() const { return child(QStringLiteral("requestResult")); }
    QString state() const { return result()->property("state").toString(); }
    QString headline() const { return child<QLabel>(QStringLiteral("requestHeadline"))->text(); }
    QString details() const { return child<QLabel>(QStringLiteral("requestDetails"))->text(); }
    TakeHomePanel *takeHome() const { return result()->findChild<TakeHomePanel *>(); }

    void lookUp(const QString &typed)
    {
        field()->setText(QString());
        field()->setFocus();
        QTest::keyClicks(field(), typed);
        auto *button = child<QAbstractButton>(QStringLiteral("requestLookup"));
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(result()->isVisible());
    }

    OutboxStore::Item queue()
    {
        QString error;
        const auto item =
            m_writer->submit(QStringLiteral("suggestion"),
                             {{QStringLiteral("text"), QStringLiteral("Más bancos en el parque.")}},
                             QStringLiteral("Suggestion"), &error);
        if (!item)
            qWarning() << error;
        return item.value_or(OutboxStore::Item());
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<DemoCache>();
        QVERIFY2(m_demo->open(), qPrintable(m_demo->error()));
        m_clock = std::make_unique<FixedClock>(kNow);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_outbox = std::make_unique<OutboxStore>();
        QString error;
        QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.sqlite")), &error),
                 qPrintable(error));
        m_writer = std::make_unique<OutboxWriter>(*m_outbox, *m_clock);
        ViewContext context;
        context.store = &m_demo->store();
        context.cacheDb = &m_demo->database();
        context.clock = m_clock.get();
        context.outbox = m_writer.get();
        context.publicBase = kPublicBase;
        m_section = std::make_unique<MyRequestSection>(context);
        m_section->resize(1280, 800);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
    }

    void cleanup()
    {
        m_section.reset();
        m_writer.reset();
        m_outbox.reset();
        m_dir.reset();
    }

    void theFieldTakesNumbersInCapitals()
    {
        QCOMPARE(m_section->objectName(), QStringLiteral("myRequestSection"));
        QVERIFY(field()->inputMethodHints().testFlag(Qt::ImhNoPredictiveText));
        QVERIFY(!result()->isVisible());
        field()->setFocus();
        QTest::keyClicks(field(), QStringLiteral("mun-2026-"));
        QCOMPARE(field()->text(), QStringLiteral("MUN-2026-"));
    }

    void aSyncedStatusIsShownInPlainWordsWithItsNote()
    {
        const QString note =
            QStringLiteral("La brigada de alumbrado visitará la cuadra el martes.");
        QVERIFY2(m_demo->put(
                     Collection::Statuses, QStringLiteral("MUN-2026-000555"),
                     {{QStringLiteral("reference"), QStringLiteral("MUN-2026-000555")},
                      {QStringLiteral("status"), QStringLiteral("in-progress")},
                      {QStringLiteral("note"), note},
                      {QStringLiteral("updated_at"), QStringLiteral("2026-11-27T15:30:00-05:00")}}),
                 qPrintable(m_demo->error()));
        lookUp(QStringLiteral("mun-2026-000555"));
        QCOMPARE(state(), QStringLiteral("status"));
        QCOMPARE(headline(), MyRequestSection::statusText(QStringLiteral("in-progress")));
        QVERIFY2(details().contains(note), qPrintable(details()));
        QVERIFY(takeHome()->isVisible());
        QCOMPARE(takeHome()->payload(),
                 QString::fromUtf8(
                     TakeHomeLink::forReceipt(kPublicBase, QStringLiteral("MUN-2026-000555"))
                         .toEncoded()));

        // A later sync changes the status: the answer on screen follows.
        QVERIFY(m_demo->put(
            Collection::Statuses, QStringLiteral("MUN-2026-000555"),
            {{QStringLiteral("reference"), QStringLiteral("MUN-2026-000555")},
             {QStringLiteral("status"), QStringLiteral("answered")},
             {QStringLiteral("updated_at"), QStringLiteral("2026-11-28T09:00:00-05:00")}}));
        m_section->refresh();
        QCOMPARE(headline(), MyRequestSection::statusText(QStringLiteral("answered")));
        QVERIFY(!details().contains(note));
        QVERIFY(m_demo->remove(Collection::Statuses, QStringLiteral("MUN-2026-000555")));
    }

    void everyPublicStatusHasItsOwnWords()
    {
        QStringList seen;
        for (const QString &status :
             {QStringLiteral("received"), QStringLiteral("in-progress"), QStringLiteral("answered"),
              QStringLiteral("closed"), QStringLiteral("rejected")}) {
            const QString text = MyRequestSection::statusText(status);
            QVERIFY(!text.isEmpty() && !text.contains(status));
            QVERIFY(!seen.contains(text));
            seen << text;
        }
    }

    void aPendingItemIsFoundByItsReceipt()
    {
        const OutboxStore::Item item = queue();
        QVERIFY(!item.receipt.isEmpty());
        lookUp(item.receipt.toLower());
        QCOMPARE(state(), QStringLiteral("pending"));
        QVERIFY(details().contains(item.receipt));
        QVERIFY(!takeHome()->isVisible()); // nothing to track on the website yet
    }

    void aSentItemLeadsToItsReferenceAndItsStatus()
    {
        const OutboxStore::Item item = queue();
        QString error;
        QVERIFY2(m_outbox->markSent(item.localId, QStringLiteral("MUN-2026-000901"),
                                    QStringLiteral("received"), &error),
                 qPrintable(error));
        lookUp(item.receipt);
        QCOMPARE(state(), QStringLiteral("sent"));
        QVERIFY(details().contains(QStringLiteral("MUN-2026-000901")));
        QCOMPARE(takeHome()->payload(),
                 QString::fromUtf8(
                     TakeHomeLink::forReceipt(kPublicBase, QStringLiteral("MUN-2026-000901"))
                         .toEncoded()));

        // Once the status has synced, the receipt leads to it.
        QVERIFY(m_demo->put(
            Collection::Statuses, QStringLiteral("MUN-2026-000901"),
            {{QStringLiteral("reference"), QStringLiteral("MUN-2026-000901")},
             {QStringLiteral("status"), QStringLiteral("closed")},
             {QStringLiteral("note"), QStringLiteral("Se colocaron dos bancos.")},
             {QStringLiteral("updated_at"), QStringLiteral("2026-11-28T08:00:00-05:00")}}));
        lookUp(item.receipt);
        QCOMPARE(state(), QStringLiteral("status"));
        QCOMPARE(headline(), MyRequestSection::statusText(QStringLiteral("closed")));
        QVERIFY(details().contains(QStringLiteral("Se colocaron dos bancos.")));
        QVERIFY(m_demo->remove(Collection::Statuses, QStringLiteral("MUN-2026-000901")));
    }

    void aRefusedItemSaysWhatTheSystemSaidWithoutCodes()
    {
        const OutboxStore::Item item = queue();
        QVERIFY(m_outbox->markRejected(item.localId,
                                       QStringLiteral("HTTP 422 invalid: 'text' is longer than "
                                                      "5000 characters")));
        lookUp(item.receipt);
        QCOMPARE(state(), QStringLiteral("rejected"));
        QVERIFY2(details().contains(QStringLiteral("'text' is longer than 5000 characters")),
                 qPrintable(details()));
        QVERIFY2(!details().contains(QStringLiteral("422")), qPrintable(details()));
        QVERIFY(!details().contains(QStringLiteral("invalid:")));
    }

    void anUnknownNumberIsNotFound()
    {
        lookUp(QStringLiteral("R-0000-0000"));
        QCOMPARE(state(), QStringLiteral("notFound"));
        QVERIFY(details().contains(QStringLiteral("MUN-2026-000123")));
        QVERIFY(!takeHome()->isVisible());
        lookUp(QString());
        QCOMPARE(state(), QStringLiteral("empty"));
    }

    void withNothingToAskItStillAnswers()
    {
        MyRequestSection bare{ViewContext{}};
        auto *number = bare.findChild<QLineEdit *>(QStringLiteral("requestNumber"));
        number->setText(QStringLiteral("MUN-2026-000123"));
        QTest::mouseClick(bare.findChild<QAbstractButton *>(QStringLiteral("requestLookup")),
                          Qt::LeftButton);
        QCOMPARE(bare.findChild<QWidget *>(QStringLiteral("requestResult"))->property("state"),
                 QVariant(QStringLiteral("notFound")));
    }

    void resetForgetsTheNumberAndTheAnswer()
    {
        const OutboxStore::Item item = queue();
        lookUp(item.receipt);
        QVERIFY(result()->isVisible());
        m_section->reset();
        QVERIFY(field()->text().isEmpty());
        QVERIFY(!result()->isVisible());
        for (QLabel *label : m_section->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(item.receipt), qPrintable(label->objectName()));
        QVERIFY(takeHome()->payload().isEmpty());
        m_section->refresh(); // nothing asked: nothing comes back
        QVERIFY(!result()->isVisible());
    }
};

QTEST_MAIN(TestMyRequestSection)
#include "tst_myrequestsection.moc"
