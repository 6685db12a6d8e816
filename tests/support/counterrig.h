#pragma once

#include "apiclient.h"
#include "clerkstore.h"
#include "clock.h"
#include "contentcache.h"
#include "outboxstore.h"
#include "outboxuploader.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

class ClerkDesk;
class ClerkSession;
class LanguageSwitcher;
class MainWindow;
class OutboxWriter;
class ServerProcess;

// A clerk's counter PC wired to the real server on loopback: its cache synced from the server,
// its outbox uploaded to it, a clerk account (few hash iterations, so that logging in does not
// take seconds per test), and the main window in desk mode printing receipts as PDF files.
// Sync and upload run when the test says, so that it can look at each state in between.
class CounterRig final
{
public:
    static QString clerkName() { return QStringLiteral("maria.perez"); }
    static QString clerkFullName() { return QStringLiteral("María Pérez"); }
    static QString clerkPassword() { return QStringLiteral("mostrador-2026"); }

    explicit CounterRig(ServerProcess &server);
    ~CounterRig();

    // False with why if any part could not be set up (QVERIFY2 it).
    bool open(QString *error);

    // One sync from the server, then the window shows what it brought.
    bool sync(QString *error);
    // Uploads what is due, then the window shows the references and answers it brought.
    OutboxUploader::Report upload();
    // Logs the clerk in through the login screen, as typed.
    bool logIn();

    // A widget of the desk by name. The desk first: the citizens' own complaint form, hidden
    // behind it, has the same names.
    template<class T = QWidget> T *child(const QString &name)
    {
        return deskWidget()->findChild<T *>(name);
    }
    // A touch on a button of the desk once it is visible, enabled and really on screen at its
    // place (scrolled to, the page's layout settled); false if it never gets there.
    bool click(const QString &name);
    // Keys typed into a field of the desk, accented letters as a keyboard sends them.
    bool type(const QString &name, const QString &text);

    MainWindow &window() { return *m_window; }
    ClerkDesk &desk();
    QWidget *deskWidget();
    ClerkSession &session() { return *m_session; }
    ClerkStore &clerks() { return m_clerks; }
    OutboxStore &outbox() { return m_outbox; }
    OutboxWriter &writer() { return *m_writer; }
    QString printDir() const { return m_dir.filePath(QStringLiteral("receipts")); }
    QUrl publicBase() const { return QUrl(QStringLiteral("https://www.riohondo.gob.example/")); }

    // The actions in the clerks' audit log, oldest first, as "actor action target detail".
    QStringList audit();

private:
    ServerProcess &m_server;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    ContentCache m_cache;
    OutboxStore m_outbox;
    ClerkStore m_clerks;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<OutboxUploader> m_uploader;
    std::unique_ptr<OutboxWriter> m_writer;
    std::unique_ptr<ClerkSession> m_session;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<MainWindow> m_window;
};
