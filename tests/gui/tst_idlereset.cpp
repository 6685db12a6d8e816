#include "democache.h"
#include "idlemonitor.h"
#include "keyboardpanel.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "outboxstore.h"
#include "outboxwriter.h"
#include "section.h"
#include "themecontroller.h"
#include "virtualkeys.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>
#include <memory>

using namespace std::chrono_literals;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600));
// Typed everywhere a person can type; it must be nowhere once the kiosk has wiped itself.
const QString kCanary = QStringLiteral("zqxkanario");

// Where the virtual keyboard and Qt keep per-user files: a scratch home, searched afterwards.
QTemporaryDir &scratchHome()
{
    static QTemporaryDir dir;
    return dir;
}

void prepare()
{
    const QString home = scratchHome().path();
    qputenv("HOME", home.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/cache")).toLocal8Bit());
    KeyboardPanel::prepareEnvironment();
}
Q_CONSTRUCTOR_FUNCTION(prepare)

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void keepLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool holdsCanary(const QString &text)
{
    return text.contains(kCanary, Qt::CaseInsensitive);
}

// The canary in any of the ways a file could hold it.
bool fileHoldsCanary(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll().toLower();
    const QByteArray utf8 = kCanary.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(kCanary.utf16()), kCanary.size() * 2);
    return bytes.contains(utf8) || bytes.contains(utf16);
}

} // namespace

class TestIdleReset : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboxWriter> m_writer;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<MainWindow> m_window;

    ShellOptions options(std::chrono::milliseconds attractAfter = 0ms) const
    {
        ShellOptions options;
        options.idleReset = true;
        // Long enough that no step of a test (a debug build under a sanitizer is slow) is
        // taken for a person walking away; the waits below are for signals, not for time.
        options.idle.countdownAfter = 2000ms;
        options.idle.countdownSteps = 3;
        options.idle.step = 30ms;
        options.idle.attractAfter = attractAfter;
        QFile theme(QStringLiteral(":/themes/default.qss"));
        if (theme.open(QIODevice::ReadOnly))
            options.styleSheet = QString::fromUtf8(theme.readAll());
        options.onScreenKeyboard = true;
        return options;
    }

    void makeWindow(const ShellOptions &shell)
    {
        ViewContext context;
        context.store = &m_demo->store();
        context.cacheDb = &m_demo->database();
        context.clock = m_clock.get();
        context.outbox = m_writer.get();
        context.publicBase = QUrl(QStringLiteral("https://www.riohondo.gob.example/"));
        m_window = std::make_unique<MainWindow>(context, QStringLiteral("Río Hondo"),
                                                m_language.get(), shell);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    template<class T = QWidget> T *child(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }

    void click(const QString &name)
    {
        auto *button = child<QAbstractButton>(name);
        QVERIFY2(button && button->isVisible(), qPrintable(name));
        for (QWidget *parent = button->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(parent)) {
                area->ensureWidgetVisible(button);
                break;
            }
        }
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Types the canary into every text field of the window, shown or not, the way keys do.
    int typeCanaryEverywhere()
    {
        int fields = 0;
        for (QLineEdit *edit : m_window->findChildren<QLineEdit *>()) {
            if (edit->isReadOnly())
                continue;
            edit->setFocus();
            QTest::keyClicks(edit, kCanary);
            fields += holdsCanary(edit->text()) ? 1 : 0;
        }
        for (QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>()) {
            if (edit->isReadOnly())
                continue;
            QTest::keyClicks(edit, kCanary);
            fields += holdsCanary(edit->toPlainText()) ? 1 : 0;
        }
        return fields;
    }

    // Everything a widget of the window shows or holds.
    QStringList placesHoldingCanary() const
    {
        QStringList found;
        const auto note = [&found](const QObject *where, const QString &text) {
            if (holdsCanary(text))
                found << QStringLiteral("%1 (%2)").arg(
                    where->objectName(), QString::fromLatin1(where->metaObject()->className()));
        };
        for (QLineEdit *edit : m_window->findChildren<QLineEdit *>()) {
            note(edit, edit->text());
            // What undo would bring back is still held.
            edit->undo();
            note(edit, edit->text());
        }
        for (QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>()) {
            note(edit, edit->toPlainText());
            edit->undo();
            note(edit, edit->toPlainText());
        }
        for (QTextEdit *edit : m_window->findChildren<QTextEdit *>())
            note(edit, edit->toPlainText());
        for (QLabel *label : m_window->findChildren<QLabel *>())
            note(label, label->text());
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
            note(button, button->text());
        for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
            QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    note(view, model->index(row, 0).data(role).toString());
            }
        }
        return found;
    }

    QStringList filesHoldingCanary() const
    {
        QStringList roots{scratchHome().path(), m_dir->path(), m_demo->directory()};
        QStringList found;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (fileHoldsCanary(path))
                    found << path;
            }
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(keepLog);
        m_demo = std::make_unique<DemoCache>();
        QVERIFY2(m_demo->open(), qPrintable(m_demo->error()));
        m_clock = std::make_unique<FixedClock>(kNow);
        m_language = std::make_unique<LanguageSwitcher>();
        QVERIFY(m_language->setLanguage(QStringLiteral("es")));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_outbox = std::make_unique<OutboxStore>();
        QString error;
        QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.sqlite")), &error),
                 qPrintable(error));
        m_writer = std::make_unique<OutboxWriter>(*m_outbox, *m_clock);
        m_language->setLanguage(QStringLiteral("es"));
        g_log.clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_writer.reset();
        m_outbox.reset();
    }

    void leftAloneTheKioskForgetsEverythingTyped()
    {
        makeWindow(options());
        QTRY_VERIFY2(m_window->keyboard() && m_window->keyboard()->isLoaded(),
                     "the on-screen keyboard must load for this test");

        // Every form that exists only once opened: a complaint with its category's own
        // questions, an open survey, a forum topic's post form.
        auto *participate = m_window->section(QStringLiteral("participate"));
        QVERIFY(m_window->openItem(Collection::Surveys,
                                   QStringLiteral("encuesta-calidad-servicios-2026")));
        QVERIFY(m_window->openItem(Collection::ForumTopics,
                                   QStringLiteral("forum-limpieza-ribera-rio-hondo")));
        QVERIFY(m_window->openItem(Collection::Categories, QStringLiteral("alumbrado-publico")));
        QCOMPARE(m_window->currentSection(), QStringLiteral("participate"));
        QVERIFY(participate->depth() > 0);

        // Every field by key events, and the law search by touch on the on-screen keyboard.
        const int typed = typeCanaryEverywhere();
        QVERIFY2(typed >= 10, qPrintable(QString::number(typed)));
        auto *name = child<QLineEdit>(QStringLiteral("contactName"));
        QVERIFY(name);
        QVERIFY(name->inputMethodHints() & Qt::ImhSensitiveData);
        m_window->showSection(QStringLiteral("legal"));
        auto *search = child<QLineEdit>(QStringLiteral("legalSearchField"));
        search->setText(QString());
        QTest::mouseClick(search, Qt::LeftButton);
        QTRY_VERIFY(m_window->keyboard()->isSettled());
        for (const QChar c : kCanary)
            QVERIFY2(tapVirtualKey(m_window->keyboard(), QString(c)), qPrintable(QString(c)));
        QVERIFY2(holdsCanary(search->text()), qPrintable(search->text()));
        m_window->showSection(QStringLiteral("participate"));
        click(QStringLiteral("attribute_tipo_averia_apagada")); // the one required answer
        click(QStringLiteral("complaintNext"));                 // to the contact step
        // Copied to the clipboard with the keyboard, and selected (X11's middle-click paste).
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(holdsCanary(QGuiApplication::clipboard()->text()));
        // On to the review, which repeats what was typed: a contact that passes the checks.
        child<QLineEdit>(QStringLiteral("contactEmail"))
            ->setText(kCanary + QStringLiteral("@correo.example"));
        child<QLineEdit>(QStringLiteral("contactPhone"))->setText(QString());
        m_window->keyboard()->close(); // the keys would cover the check box
        QTRY_COMPARE(m_window->keyboard()->height(), 0);
        click(QStringLiteral("contactConsent"));
        click(QStringLiteral("complaintNext"));
        QCOMPARE(m_window->section(QStringLiteral("participate"))->depth(), 4);
        QVERIFY(holdsCanary(child<QLabel>(QStringLiteral("complaintReview"))->text()));

        // The person also chose English, larger text and high contrast.
        click(QStringLiteral("languageButton"));
        QCOMPARE(m_language->language(), QStringLiteral("en"));
        click(QStringLiteral("largeTextButton"));
        click(QStringLiteral("contrastButton"));
        QVERIFY(m_window->theme()->largeText());
        QVERIFY(m_window->theme()->highContrast());

        // ...and walked away. The kiosk asks first, then wipes.
        auto *overlay = child(QStringLiteral("countdownOverlay"));
        QTRY_VERIFY(overlay->isVisible());
        QCOMPARE(m_window->idleMonitor()->state(), IdleMonitor::State::Countdown);
        QTRY_COMPARE(m_window->idleMonitor()->state(), IdleMonitor::State::Clean);
        QVERIFY(!overlay->isVisible());

        const QStringList widgets = placesHoldingCanary();
        QVERIFY2(widgets.isEmpty(), qPrintable(widgets.join(u'\n')));
        QVERIFY(!holdsCanary(QGuiApplication::clipboard()->text(QClipboard::Clipboard)));
        QVERIFY(!holdsCanary(QGuiApplication::clipboard()->text(QClipboard::Selection)));
        // Settings: the application's own and every per-user file Qt or the keyboard wrote.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!holdsCanary(settings.value(key).toString()), qPrintable(key));
        const QStringList files = filesHoldingCanary();
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u'\n')));
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!holdsCanary(line), qPrintable(line));
        QVERIFY(m_outbox->items(OutboxStore::State::Pending).isEmpty());

        // The kiosk as the next person should find it.
        QCOMPARE(m_window->currentSection(), QStringLiteral("home"));
        for (const QString &key : MainWindow::sectionKeys())
            QCOMPARE(m_window->section(key)->depth(), 0);
        QVERIFY(!m_window->keyboard()->isOpen());
        QCOMPARE(m_language->language(), QStringLiteral("es"));
        QVERIFY(!m_window->theme()->largeText());
        QVERIFY(!m_window->theme()->highContrast());
        QVERIFY(!child<QAbstractButton>(QStringLiteral("largeTextButton"))->isChecked());
        for (QScrollArea *area : m_window->findChildren<QScrollArea *>())
            QVERIFY2(area->verticalScrollBar()->value() == 0,
                     qPrintable(area->objectName() + QLatin1Char('/') +
                                area->parentWidget()->objectName() + QLatin1Char('/') +
                                QString::fromLatin1(area->metaObject()->className())));
        for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>())
            QVERIFY2(view->verticalScrollBar()->value() == 0, qPrintable(view->objectName()));
        QVERIFY(std::any_of(g_log.cbegin(), g_log.cend(), [](const QString &line) {
            return line.contains(QStringLiteral("cleared for the next person"));
        }));
    }

    void stillHereKeepsWhatWasTyped()
    {
        makeWindow(options());
        QVERIFY(m_window->openItem(Collection::Categories, QStringLiteral("alumbrado-publico")));
        auto *description = child<QPlainTextEdit>(QStringLiteral("complaintDescription"));
        QVERIFY(description);
        QTest::keyClicks(description, kCanary);
        auto *overlay = child(QStringLiteral("countdownOverlay"));
        QTRY_VERIFY(overlay->isVisible());
        QVERIFY(child<QLabel>(QStringLiteral("countdownNumber"))->text().toInt() > 0);
        click(QStringLiteral("stillHereButton"));
        QVERIFY(!overlay->isVisible());
        QCOMPARE(m_window->idleMonitor()->state(), IdleMonitor::State::InUse);
        QVERIFY(holdsCanary(description->toPlainText()));
        QCOMPARE(m_window->currentSection(), QStringLiteral("participate"));
    }

    void longerIdleShowsTheAttractScreenAndATouchOnlyWakesIt()
    {
        makeWindow(options(60ms));
        m_window->idleMonitor()->activity(); // someone came, opened a news item, and left
        QVERIFY(m_window->openItem(Collection::News,
                                   m_demo->store().list(Collection::News).first().id));
        QTRY_COMPARE(m_window->page(), MainWindow::Page::Attract);
        auto *attract = child(QStringLiteral("attractScreen"));
        QVERIFY(attract->isVisible());
        QCOMPARE(m_window->currentSection(), QStringLiteral("home"));
        // The wake-up touch lands where a Home card is, and opens nothing.
        QTest::mouseClick(attract, Qt::LeftButton, {}, attract->rect().center());
        QCOMPARE(m_window->page(), MainWindow::Page::Kiosk);
        QCOMPARE(m_window->currentSection(), QStringLiteral("home"));
        QCOMPARE(m_window->section(QStringLiteral("home"))->depth(), 0);
        QCOMPARE(m_window->idleMonitor()->state(), IdleMonitor::State::InUse);
    }

    void theStaffMenuClosesWhenLeftOpen()
    {
        ShellOptions shell = options();
        makeWindow(shell);
        m_window->showStaffAccess();
        QCOMPARE(m_window->page(), MainWindow::Page::StaffPin);
        m_window->idleMonitor()->activity();
        QTRY_COMPARE(m_window->page(), MainWindow::Page::Kiosk);
    }
};

QTEST_MAIN(TestIdleReset)
#include "tst_idlereset.moc"
