#include "contentstore.h"
#include "democache.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "section.h"
#include "testpaths.h"

#include <QAbstractItemView>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// Tells whether anyone opened or read one file since the last look: a picture that a hostile
// text names, by absolute path, file: URL or a path relative to the working directory.
class CanaryFile
{
public:
    explicit CanaryFile(const QString &path)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd >= 0)
            m_watch =
                inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_ACCESS);
    }
    ~CanaryFile()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    CanaryFile(const CanaryFile &) = delete;
    CanaryFile &operator=(const CanaryFile &) = delete;

    bool isWatching() const { return m_fd >= 0 && m_watch >= 0; }
    int touches()
    {
        int count = 0;
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t got = read(m_fd, buffer, sizeof buffer);
            if (got <= 0)
                return count;
            for (ssize_t at = 0; at < got;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                ++count;
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
    }

private:
    int m_fd = -1;
    int m_watch = -1;
};

struct Target
{
    Collection collection;
    QStringList titleFields; // at most 500 characters
    QStringList textFields;
};

} // namespace

// At least fifty hostile snippets (tests/fixtures/hostile-html/: script, event handlers,
// file:, data: and relative URLs, huge pictures, deep nesting, long lines) put in every text
// field of an item of every collection the kiosk shows, then shown by the kiosk's own views:
// every item opened, every list painted, the legal search's snippets painted. Nothing may
// read a local file or open a connection. Time and memory stay bounded: the process may not
// use more than 4 GiB of address space, and the suite's timeout bounds the time.
class TestHostileRichText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_canaryDir;
    QString m_canaryPath;
    std::unique_ptr<CanaryFile> m_canary;
    QTcpServer m_listener; // where the snippets' network URLs point
    QString m_workingDir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600))};
    LanguageSwitcher m_language;
    qint64 m_slowestMs = 0;
    QString m_slowest;

    static const QList<Target> &targets()
    {
        static const QList<Target> all{
            {Collection::News,
             {QStringLiteral("title")},
             {QStringLiteral("summary"), QStringLiteral("body"), QStringLiteral("author")}},
            {Collection::Services,
             {QStringLiteral("name"), QStringLiteral("office")},
             {QStringLiteral("description"), QStringLiteral("status_note"), QStringLiteral("hours"),
              QStringLiteral("fee")}},
            {Collection::Events,
             {QStringLiteral("title")},
             {QStringLiteral("description"), QStringLiteral("place"), QStringLiteral("organiser")}},
            {Collection::Legal,
             {QStringLiteral("title")},
             {QStringLiteral("summary"), QStringLiteral("issuer"), QStringLiteral("gazette")}},
            {Collection::Pages, {QStringLiteral("title")}, {QStringLiteral("body")}},
            {Collection::Projects,
             {QStringLiteral("title")},
             {QStringLiteral("description"), QStringLiteral("responsible")}},
            {Collection::Surveys, {QStringLiteral("title")}, {QStringLiteral("description")}},
            {Collection::ForumTopics, {QStringLiteral("title")}, {QStringLiteral("description")}},
            {Collection::Categories, {QStringLiteral("name")}, {QStringLiteral("description")}},
        };
        return all;
    }

    QString snippet(const QString &file) const
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QStringLiteral("@CANARY@"), m_canaryDir.path());
        text.replace(QStringLiteral("@HOST@"),
                     QStringLiteral("127.0.0.1:%1").arg(m_listener.serverPort()));
        return text;
    }

    // Every target item of the demo, its text fields replaced by the snippet.
    void plant(DemoCache &demo, const QString &text)
    {
        // A title is a title: a snippet longer than the limit is cut, as an editor would.
        const QString title =
            text.left(500).trimmed().isEmpty() ? QStringLiteral("Vacío") : text.left(500);
        for (const Target &target : targets()) {
            const QList<ContentItem> items = demo.store().list(target.collection);
            QVERIFY2(!items.isEmpty(), qPrintable(collectionName(target.collection)));
            const auto item = demo.store().item(target.collection, items.first().id);
            QVERIFY(item);
            QJsonObject data = item->data;
            for (const QString &field : target.titleFields)
                data.insert(field, title);
            for (const QString &field : target.textFields)
                data.insert(field, text);
            if (target.collection == Collection::Legal)
                data.insert(QStringLiteral("text"),
                            QString(QStringLiteral("Artículo 1.- Palabraclave ") + text +
                                    QStringLiteral("\n\nArtículo 2.- Palabraclave final.")));
            if (target.collection == Collection::Surveys) {
                QJsonArray questions = data.value(QStringLiteral("questions")).toArray();
                QJsonObject first = questions.at(0).toObject();
                first.insert(QStringLiteral("text"), text.left(1000));
                questions.replace(0, first);
                data.insert(QStringLiteral("questions"), questions);
            }
            QVERIFY2(demo.put(target.collection, items.first().id, data), qPrintable(demo.error()));
        }
        const QList<ContentItem> topics = demo.store().list(Collection::ForumTopics);
        QVERIFY(demo.put(
            Collection::ForumPosts, QStringLiteral("post-hostil"),
            {{QStringLiteral("topic_id"), topics.first().id},
             {QStringLiteral("author"), title.left(200)},
             {QStringLiteral("body"), text.left(60000)},
             {QStringLiteral("created_at"), QStringLiteral("2026-11-27T10:00:00-05:00")}}));
    }

    // What a person can reach: every section's first screen, every planted item opened, the
    // legal search's hits; each painted.
    void showEverything(DemoCache &demo)
    {
        ViewContext context;
        context.store = &demo.store();
        context.cacheDb = &demo.database();
        context.clock = &m_clock;
        MainWindow window(context, QStringLiteral("Río Hondo"), &m_language);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &key : MainWindow::sectionKeys()) {
            window.showSection(key);
            (void)window.grab();
        }
        for (const Target &target : targets()) {
            const QString id = demo.store().list(target.collection).first().id;
            QVERIFY2(window.openItem(target.collection, id),
                     qPrintable(collectionName(target.collection)));
            (void)window.grab();
        }
        QVERIFY(window.openItem(Collection::ForumTopics,
                                demo.store().list(Collection::ForumTopics).first().id));
        (void)window.grab();
        window.showSection(QStringLiteral("legal"));
        window.section(QStringLiteral("legal"))->reset();
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("legalSearchField"));
        QVERIFY(search);
        search->setText(QStringLiteral("palabraclave"));
        auto *results = window.findChild<QAbstractItemView *>(QStringLiteral("legalResults"));
        QVERIFY(results);
        QTRY_VERIFY(results->isVisible() && results->model()->rowCount() > 0);
        (void)window.grab();
    }

private slots:
    void initTestCase()
    {
        // A snippet that made the views allocate without end would stop here, not swap.
        rlimit limit{4ull << 30, 4ull << 30};
        QCOMPARE(setrlimit(RLIMIT_AS, &limit), 0);
        QVERIFY(m_canaryDir.isValid());
        m_canaryPath = m_canaryDir.filePath(QStringLiteral("canary.png"));
        QImage picture(64, 64, QImage::Format_RGB32);
        picture.fill(Qt::red);
        QVERIFY(picture.save(m_canaryPath));
        m_canary = std::make_unique<CanaryFile>(m_canaryPath);
        QVERIFY(m_canary->isWatching());
        // "canary.png" alone, a path relative to the working directory, finds it too.
        m_workingDir = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_canaryDir.path()));
        QVERIFY(m_listener.listen(QHostAddress::LocalHost));
        QVERIFY(m_language.setLanguage(QStringLiteral("es")));
    }

    void cleanupTestCase()
    {
        QDir::setCurrent(m_workingDir);
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        qInfo("peak resident memory %ld MiB; slowest snippet %lld ms (%s)", usage.ru_maxrss / 1024,
              m_slowestMs, qPrintable(m_slowest));
    }

    void showsHostileTextAsText_data()
    {
        QTest::addColumn<QString>("file");
        const QDir corpus(TestPaths::fixture(QStringLiteral("hostile-html")));
        const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 50, qPrintable(QString::number(files.size())));
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << corpus.filePath(name);
    }

    void showsHostileTextAsText()
    {
        QFETCH(QString, file);
        const QString text = snippet(file);
        QVERIFY(!text.isEmpty());
        QElapsedTimer timer;
        timer.start();
        DemoCache demo;
        QVERIFY2(demo.open(), qPrintable(demo.error()));
        m_canary->touches(); // the demo's own loading is not the views'
        plant(demo, text);
        if (QTest::currentTestFailed())
            return;
        showEverything(demo);
        if (QTest::currentTestFailed())
            return;
        QCoreApplication::processEvents();
        QCOMPARE(m_canary->touches(), 0);
        QVERIFY2(!m_listener.hasPendingConnections(), "a view opened a connection");
        if (timer.elapsed() > m_slowestMs) {
            m_slowestMs = timer.elapsed();
            m_slowest = QFileInfo(file).fileName();
        }
    }
};

QTEST_MAIN(TestHostileRichText)
#include "tst_hostilerichtext.moc"
