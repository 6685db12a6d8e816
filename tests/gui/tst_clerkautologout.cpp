#include "clerkdesk.h"
#include "clerksession.h"
#include "clerkstore.h"
#include "complaintform.h"
#include "democache.h"
#include "idlemonitor.h"
#include "mainwindow.h"
#include "outboxwriter.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace std::chrono_literals;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(9, 0), QTimeZone(-5 * 3600));
const QString kClerk = QStringLiteral("jose.diaz");
const QString kPassword = QStringLiteral("ventanilla-3");
// Typed into the resident's details; nothing on screen may hold it after the logout.
const QString kCanary = QStringLiteral("zqxresidente");

} // namespace

// A clerk who walks away from the counter is logged out and what was typed for the resident is
// gone, on the clerk's own (shorter or longer) timing, while citizens keep theirs.
class TestClerkAutoLogout : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<FixedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<ClerkStore> m_clerks;
    std::unique_ptr<ClerkSession> m_session;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboxWriter> m_writer;
    std::unique_ptr<MainWindow> m_window;
    ShellOptions m_options;

    // The desk first: the citizens' own complaint form, hidden behind it, has the same names.
    template<class T = QWidget> T *child(const QString &name) const
    {
        if (ClerkDesk *desk = m_window->clerkDesk()) {
            if (T *found = desk->findChild<T *>(name))
                return found;
        }
        return m_window->findChild<T *>(name);
    }

    void logIn()
    {
        auto *name = child<QLineEdit>(QStringLiteral("clerkName"));
        QVERIFY(name && name->isVisible());
        QTest::keyClicks(name, kClerk);
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("clerkPassword")), kPassword);
        QSignalSpy in(m_session.get(), &ClerkSession::loggedIn);
        QTest::mouseClick(child<QAbstractButton>(QStringLiteral("clerkLoginButton")),
                          Qt::LeftButton);
        QVERIFY(in.wait(30000));
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<DemoCache>();
        QVERIFY2(m_demo->open(), qPrintable(m_demo->error()));
        m_clock = std::make_unique<FixedClock>(kNow);
        m_clerks = std::make_unique<ClerkStore>();
        QString error;
        QVERIFY2(m_clerks->open(m_dir.filePath(QStringLiteral("clerks.sqlite")), &error),
                 qPrintable(error));
        QVERIFY2(m_clerks->accounts(1000).add(kClerk, kPassword, &error), qPrintable(error));
        m_session = std::make_unique<ClerkSession>(*m_clerks, *m_clock);
        m_outbox = std::make_unique<OutboxStore>();
        QVERIFY(m_outbox->open(m_dir.filePath(QStringLiteral("outbox.sqlite")), &error));
        m_writer = std::make_unique<OutboxWriter>(*m_outbox, *m_clock);

        ViewContext context;
        context.store = &m_demo->store();
        context.cacheDb = &m_demo->database();
        context.clock = m_clock.get();
        context.outbox = m_writer.get();
        context.clerks = m_session.get();
        m_options.idleReset = true;
        // Citizens' timing long enough never to fire here: only the clerk's may.
        m_options.idle.countdownAfter = 3600s;
        m_options.idle.countdownSteps = 3;
        m_options.idle.step = 30ms;
        m_options.idle.attractAfter = 7200s;
        m_options.clerks.mode = QStringLiteral("desk");
        // Long enough for each step of the test to count as the clerk still being there; the
        // waits below are for the logout's signal, not for time.
        m_options.clerks.logoutAfter = 2500ms;
        m_options.clerks.residentRequired = {QStringLiteral("address")};
        m_window =
            std::make_unique<MainWindow>(context, QStringLiteral("Río Hondo"), nullptr, m_options);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void aClerkLeftAloneIsLoggedOutAndTheResidentsDetailsAreGone()
    {
        IdleMonitor *idle = m_window->idleMonitor();
        QCOMPARE(idle->timing().countdownAfter, 3600000ms);

        logIn();
        // While a clerk works, the clerk's timing applies and no attract screen comes.
        QCOMPARE(idle->timing().countdownAfter, 2500ms);
        QCOMPARE(idle->timing().attractAfter, 0ms);

        QVERIFY(m_window->clerkDesk()->form()->startWith(QStringLiteral("alumbrado-publico")));
        auto *description = child<QPlainTextEdit>(QStringLiteral("complaintDescription"));
        QVERIFY(description && description->isVisible());
        description->setFocus();
        QTest::keyClicks(description, kCanary);
        QVERIFY(description->toPlainText().contains(kCanary));
        auto *resident = child<QLineEdit>(QStringLiteral("residentName"));
        QVERIFY(resident);
        resident->setText(kCanary);

        QSignalSpy out(m_session.get(), &ClerkSession::loggedOut);
        QVERIFY(out.wait(30000));
        QCOMPARE(out.at(0).at(0).toString(), QStringLiteral("idle"));
        QVERIFY(!m_session->isLoggedIn());
        QVERIFY(m_window->clerkDeskShown());
        QCOMPARE(m_window->clerkDesk()->page(), ClerkDesk::Page::Login);
        QTRY_VERIFY(child(QStringLiteral("clerkName"))->isVisible());

        QStringList holding;
        for (QLineEdit *edit : m_window->findChildren<QLineEdit *>()) {
            if (edit->text().contains(kCanary) || edit->text().contains(kPassword))
                holding << edit->objectName();
        }
        for (QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>()) {
            if (edit->toPlainText().contains(kCanary))
                holding << edit->objectName();
        }
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->text().contains(kCanary))
                holding << label->objectName();
        }
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u',')));
        QVERIFY(!child<QLabel>(QStringLiteral("clerkWho"))->text().contains(kClerk));

        // The citizens' timing is back, and the audit log says why the clerk left.
        QCOMPARE(idle->timing().countdownAfter, 3600000ms);
        const auto entries = m_clerks->audit().recent(1);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).actor, kClerk);
        QCOMPARE(entries.at(0).action, QStringLiteral("logout"));
        QCOMPARE(entries.at(0).detail, QStringLiteral("idle"));
    }

    void workingKeepsTheClerkLoggedIn()
    {
        logIn();
        QSignalSpy out(m_session.get(), &ClerkSession::loggedOut);
        // Typing every so often, for longer than the logout time: each key counts as the
        // clerk being there. The timer below paces the keys, it is not what is waited for.
        QVERIFY(m_window->clerkDesk()->form()->startWith(QStringLiteral("alumbrado-publico")));
        QElapsedTimer working;
        working.start();
        while (working.elapsed() < 4000) {
            QTest::keyClick(child(QStringLiteral("complaintDescription")), Qt::Key_A);
            QTest::qWait(200);
        }
        QVERIFY(out.isEmpty());
        QVERIFY(m_session->isLoggedIn());
        m_session->logOut(QStringLiteral("clerk"));
    }
};

QTEST_MAIN(TestClerkAutoLogout)
#include "tst_clerkautologout.moc"
