#include "counterrig.h"

#include "clerkdesk.h"
#include "clerksession.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "outboxwriter.h"
#include "serverprocess.h"
#include "syncengine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

CounterRig::CounterRig(ServerProcess &server)
    : m_server(server)
    , m_cache(m_dir.filePath(QStringLiteral("cache")))
{}

CounterRig::~CounterRig()
{
    m_window.reset();
    m_session.reset();
}

bool CounterRig::open(QString *error)
{
    if (!QDir().mkpath(m_dir.filePath(QStringLiteral("cache"))) || !m_cache.open(error) ||
        !m_outbox.open(m_dir.filePath(QStringLiteral("outbox.sqlite")), error) ||
        !m_clerks.open(m_dir.filePath(QStringLiteral("clerks.sqlite")), error))
        return false;
    if (!m_clerks.accounts(1000).add(clerkName(), clerkPassword(), error) ||
        !m_clerks.setFullName(clerkName(), clerkFullName(), error))
        return false;
    m_api = std::make_unique<ApiClient>(
        &m_network, ApiClient::Options{m_server.baseUrl(), m_server.token(), 20s});
    m_uploader = std::make_unique<OutboxUploader>(*m_api, m_outbox, m_clock);
    m_writer = std::make_unique<OutboxWriter>(m_outbox, m_clock);
    m_session = std::make_unique<ClerkSession>(m_clerks, m_clock);
    if (!sync(error))
        return false;

    ViewContext context;
    context.store = &m_cache.store();
    context.cacheDb = &m_cache.database();
    context.clock = &m_clock;
    context.outbox = m_writer.get();
    context.clerks = m_session.get();
    context.publicBase = publicBase();
    ShellOptions options;
    options.clerks.mode = QStringLiteral("desk");
    options.clerks.residentRequired = {QStringLiteral("address"), QStringLiteral("id_number")};
    options.clerks.printer = QStringLiteral("pdf:") + printDir();
    // The kiosk's own look: the theme changes sizes, and so where a touch lands.
    QFile theme(QStringLiteral(":/themes/default.qss"));
    if (theme.open(QIODevice::ReadOnly))
        options.styleSheet = QString::fromUtf8(theme.readAll());
    // English on screen, as a kiosk set to it: the tests read its words, and what is sent
    // carries the language on screen.
    m_language = std::make_unique<LanguageSwitcher>();
    if (!m_language->setLanguage(QStringLiteral("en"))) {
        *error = QStringLiteral("the language could not be set");
        return false;
    }
    m_window = std::make_unique<MainWindow>(context, QStringLiteral("Río Hondo"), m_language.get(),
                                            options);
    m_window->resize(1280, 800);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        *error = QStringLiteral("the window was not shown");
        return false;
    }
    return true;
}

bool CounterRig::sync(QString *error)
{
    SyncEngine engine(*m_api, m_cache, m_clock, 500);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (finished.isEmpty() && !finished.wait(60000)) {
        *error = QStringLiteral("the sync did not finish");
        return false;
    }
    const auto report = finished.at(0).at(0).value<SyncReport>();
    if (!report.ok) {
        *error = report.error;
        return false;
    }
    if (m_window)
        m_window->onContentChanged();
    return true;
}

OutboxUploader::Report CounterRig::upload()
{
    QSignalSpy finished(m_uploader.get(), &OutboxUploader::finished);
    m_uploader->drain();
    if (finished.isEmpty() && !finished.wait(30000))
        qFatal("the upload did not finish");
    if (m_window)
        m_window->onContentChanged();
    return finished.at(0).at(0).value<OutboxUploader::Report>();
}

bool CounterRig::logIn()
{
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("clerkName"));
    auto *password = m_window->findChild<QLineEdit *>(QStringLiteral("clerkPassword"));
    auto *button = m_window->findChild<QAbstractButton *>(QStringLiteral("clerkLoginButton"));
    if (!name || !password || !button || !name->isVisible())
        return false;
    name->clear();
    QTest::keyClicks(name, clerkName());
    password->clear();
    QTest::keyClicks(password, clerkPassword());
    QSignalSpy in(m_session.get(), &ClerkSession::loggedIn);
    QTest::mouseClick(button, Qt::LeftButton);
    return !in.isEmpty() || in.wait(30000);
}

namespace {

void scrollTo(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(parent)) {
            area->ensureWidgetVisible(widget);
            return;
        }
    }
}

} // namespace

bool CounterRig::click(const QString &name)
{
    // Found again on each try: a page that was just replaced may still hold its old (hidden)
    // widgets of the same name until the event loop deletes them. A touch lands on whatever is
    // on screen there, and a page just shown may still be laying out its choices (in columns,
    // once its width is known), which moves what is below: scroll to the button again until
    // it really is there.
    QAbstractButton *button = nullptr;
    const auto onScreen = [&] {
        button = child<QAbstractButton>(name);
        if (!button || !button->isVisible() || !button->isEnabled())
            return false;
        scrollTo(button);
        return QApplication::widgetAt(button->mapToGlobal(button->rect().center())) == button;
    };
    if (!QTest::qWaitFor(onScreen, 5000))
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool CounterRig::type(const QString &name, const QString &text)
{
    QWidget *editor = nullptr;
    const auto shown = [&] {
        editor = child(name);
        return editor && editor->isVisible();
    };
    if (!QTest::qWaitFor(shown, 5000))
        return false;
    scrollTo(editor);
    editor->setFocus();
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(editor, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    return true;
}

ClerkDesk &CounterRig::desk()
{
    return *m_window->clerkDesk();
}

QWidget *CounterRig::deskWidget()
{
    return m_window->clerkDesk();
}

QStringList CounterRig::audit()
{
    QStringList lines;
    const auto entries = m_clerks.audit().recent(1000);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        lines << QStringList{it->actor, it->action, it->target, it->detail}.join(u' ').trimmed();
    return lines;
}
