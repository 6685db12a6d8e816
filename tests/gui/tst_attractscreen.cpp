#include "attractscreen.h"
#include "blobstore.h"
#include "contentstore.h"
#include "democache.h"
#include "storedblob.h"

#include <QAbstractAnimation>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

using namespace std::chrono_literals;

// The attract screen over a real cache of the demo municipality, on top of a button that
// stands for the page underneath, driven by its objectNames.
class TestAttractScreen : public QObject
{
    Q_OBJECT

private:
    DemoCache m_demo;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    QTemporaryDir m_blobDir;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<QWidget> m_window;
    QPushButton *m_underneath = nullptr;
    AttractScreen *m_screen = nullptr;

    template<typename T> T *child(AttractScreen *screen, const char *name) const
    {
        return screen->findChild<T *>(QLatin1StringView(name));
    }
    QWidget *content() const { return child<QWidget>(m_screen, "attractContent"); }
    QLabel *callToAction() const { return child<QLabel>(m_screen, "attractCallToAction"); }
    QLabel *picture() const { return child<QLabel>(m_screen, "attractPicture"); }

    ViewContext context()
    {
        ViewContext context;
        context.store = &m_demo.store();
        context.cacheDb = &m_demo.database();
        context.clock = &m_clock;
        context.blobs = m_blobs.get();
        return context;
    }

    QSet<QString> titles(const ContentStore &store) const
    {
        QSet<QString> titles;
        for (Collection collection : {Collection::News, Collection::Services, Collection::Events}) {
            for (const ContentItem &item : store.list(collection))
                titles.insert(item.title);
        }
        return titles;
    }

    // Every title of one full round of slides, from the first.
    QStringList cycle(AttractScreen *screen) const
    {
        screen->start();
        QStringList shown;
        for (int i = 0; i < screen->slideCount(); ++i) {
            shown.append(screen->currentTitle());
            screen->showNext();
        }
        screen->stop();
        return shown;
    }

    // A picture as the sync would have stored it: a file named by its SHA-256.
    QString storeImage(const QColor &color)
    {
        QImage image(800, 450, QImage::Format_RGB32);
        image.fill(color);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return storeBlob(*m_blobs, bytes);
    }

    QJsonObject newsItem(const QString &title, const QString &image) const
    {
        return {{QStringLiteral("title"), title},
                {QStringLiteral("summary"), QStringLiteral("Mil árboles.")},
                {QStringLiteral("body"), QStringLiteral("Texto.")},
                {QStringLiteral("category"), QStringLiteral("medio-ambiente")},
                {QStringLiteral("published_at"), QStringLiteral("2026-11-28T09:00:00-05:00")},
                {QStringLiteral("image"), image}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.open(), qPrintable(m_demo.error()));
        m_blobs = std::make_unique<BlobStore>(m_blobDir.path());
        m_window = std::make_unique<QWidget>();
        m_window->resize(1920, 1080);
        m_underneath = new QPushButton(QStringLiteral("Inicio"), m_window.get());
        m_underneath->setGeometry(0, 0, 1920, 1080);
        m_screen = new AttractScreen(context(), QStringLiteral("Río Hondo"), m_window.get());
        m_screen->setGeometry(0, 0, 1920, 1080);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
        m_screen->setInterval(9s);
    }

    void cleanup() { m_screen->stop(); }

    void startShowsTheNewestNewsFirst()
    {
        m_screen->start();
        QVERIFY(m_screen->isCycling());
        QCOMPARE(m_screen->currentIndex(), 0);
        const QList<ContentItem> news = m_demo.store().list(Collection::News);
        QVERIFY(!news.isEmpty());
        QCOMPARE(m_screen->currentTitle(), news.constLast().title);
        QVERIFY(titles(m_demo.store()).contains(m_screen->currentTitle()));
        QCOMPARE(child<QLabel>(m_screen, "attractTitle")->text(), m_screen->currentTitle());
        QVERIFY(!child<QLabel>(m_screen, "attractDetail")->text().isEmpty());
        QVERIFY(child<QLabel>(m_screen, "attractMunicipality")
                    ->text()
                    .contains(QStringLiteral("Río Hondo")));
        QVERIFY(callToAction()->isVisible());
        QVERIFY(!callToAction()->text().isEmpty());
        QVERIFY(m_screen->rect().contains(content()->geometry()));
        QVERIFY(m_screen->rect().contains(callToAction()->geometry()));
        QVERIFY(!content()->geometry().intersects(callToAction()->geometry()));
    }

    void everySlideMovesTheBlockAndTheInvitation()
    {
        m_screen->start();
        QVERIFY(m_screen->slideCount() >= 4);
        QSet<QPoint> places;
        QString title = m_screen->currentTitle();
        QRect block = content()->geometry();
        QRect call = callToAction()->geometry();
        places.insert(block.topLeft());
        for (int i = 1; i < m_screen->slideCount(); ++i) {
            m_screen->showNext();
            QCOMPARE(m_screen->currentIndex(), i);
            QVERIFY2(m_screen->currentTitle() != title, qPrintable(m_screen->currentTitle()));
            QVERIFY(content()->geometry().topLeft() != block.topLeft());
            QVERIFY(callToAction()->geometry().topLeft() != call.topLeft());
            QVERIFY(m_screen->rect().contains(content()->geometry()));
            QVERIFY(m_screen->rect().contains(callToAction()->geometry()));
            QVERIFY(!content()->geometry().intersects(callToAction()->geometry()));
            title = m_screen->currentTitle();
            block = content()->geometry();
            call = callToAction()->geometry();
            places.insert(block.topLeft());
        }
        QVERIFY2(places.size() >= 4, qPrintable(QString::number(places.size())));
        // Spread over the room there is, not a jitter around one spot.
        int left = INT_MAX, right = 0, top = INT_MAX, bottom = 0;
        for (const QPoint &place : std::as_const(places)) {
            left = std::min(left, place.x());
            right = std::max(right, place.x());
            top = std::min(top, place.y());
            bottom = std::max(bottom, place.y());
        }
        QVERIFY2(right - left > 200, qPrintable(QString::number(right - left)));
        QVERIFY2(bottom - top > 100, qPrintable(QString::number(bottom - top)));
    }

    void thePlacementsCoverTheAreaEvenly()
    {
        // Every quarter of the room around the block gets visited within the first 12 steps.
        QSet<int> quarters;
        QList<QPointF> distinct;
        for (int step = 0; step < 12; ++step) {
            const QPointF at = AttractScreen::placement(step);
            QVERIFY(at.x() > 0.0 && at.x() < 1.0 && at.y() > 0.0 && at.y() < 1.0);
            QVERIFY(at != AttractScreen::placement(step + 1));
            quarters.insert((at.x() < 0.5 ? 0 : 1) + (at.y() < 0.5 ? 0 : 2));
            if (!distinct.contains(at))
                distinct.append(at);
        }
        QCOMPARE(quarters.size(), 4);
        QCOMPARE(distinct.size(), 12);
    }

    void theSlidesComeRoundAgain()
    {
        m_screen->start();
        m_screen->showNext();
        const QString second = m_screen->currentTitle();
        for (int i = 0; i < m_screen->slideCount(); ++i)
            m_screen->showNext();
        QCOMPARE(m_screen->currentIndex(), 1);
        QCOMPARE(m_screen->currentTitle(), second);
    }

    void aRoundHasNewsServicesWithAProblemAndWhatIsStillToCome()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 28), QTime(15, 0), QTimeZone(-5 * 3600)));
        const QStringList shown = cycle(m_screen);
        QCOMPARE(shown.size(), m_screen->slideCount());
        QCOMPARE(shown.constLast(), QStringLiteral("Río Hondo")); // the welcome closes a round
        QSet<QString> troubled, fine;
        for (const ContentItem &service : m_demo.store().list(Collection::Services)) {
            const QString status = service.data.value(QStringLiteral("status")).toString();
            (status == QLatin1String("available") ? fine : troubled).insert(service.title);
        }
        bool anyService = false;
        for (const QString &title : shown) {
            QVERIFY2(!fine.contains(title), qPrintable(title));
            anyService = anyService || troubled.contains(title);
        }
        QVERIFY(anyService);
        // Over at 13:00: gone by 15:00. Starting at 20:30: still to come.
        QVERIFY(!shown.contains(QStringLiteral("Feria agropecuaria de fin de mes")));
        QVERIFY(shown.contains(QStringLiteral("Noche de trova junto al río")));
    }

    void itAdvancesOnItsOwnUntilStopped()
    {
        QSignalSpy slides(m_screen, &AttractScreen::slideChanged);
        m_screen->setInterval(5ms);
        m_screen->start();
        QCOMPARE(slides.count(), 1);
        QTRY_VERIFY(slides.count() >= 4);
        QVERIFY(m_screen->isCycling());
        m_screen->stop();
        QVERIFY(!m_screen->isCycling());
        for (const QTimer *timer : m_screen->findChildren<QTimer *>())
            QVERIFY(!timer->isActive());
        for (const QAbstractAnimation *animation : m_screen->findChildren<QAbstractAnimation *>())
            QCOMPARE(animation->state(), QAbstractAnimation::Stopped);
    }

    void hidingItStopsIt()
    {
        m_screen->start();
        QVERIFY(m_screen->isCycling());
        m_screen->hide();
        QVERIFY(!m_screen->isCycling());
        m_screen->show();
        QVERIFY(!m_screen->isCycling());
    }

    void aTouchAClickOrAKeyWakesTheKioskAndGoesNoFurther()
    {
        QSignalSpy dismissed(m_screen, &AttractScreen::dismissed);
        QSignalSpy pressed(m_underneath, &QPushButton::pressed);
        QSignalSpy clicked(m_underneath, &QPushButton::clicked);
        m_screen->start();

        QTest::mouseClick(m_screen, Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(dismissed.count(), 1);
        // On the title too: the labels let the press through to the screen.
        QLabel *title = child<QLabel>(m_screen, "attractTitle");
        QTest::mouseClick(title, Qt::LeftButton, {}, title->rect().center());
        QCOMPARE(dismissed.count(), 2);

        QTest::keyClick(m_screen, Qt::Key_A);
        QCOMPARE(dismissed.count(), 3);
        QTest::keyClick(m_screen, Qt::Key_Tab);
        QCOMPARE(dismissed.count(), 4);

        QPointingDevice *device = QTest::createTouchDevice();
        QTest::touchEvent(m_screen, device).press(0, QPoint(300, 300));
        QTest::touchEvent(m_screen, device).move(0, QPoint(320, 310));
        QTest::touchEvent(m_screen, device).release(0, QPoint(320, 310));
        QCOMPARE(dismissed.count(), 5);

        QCOMPARE(pressed.count(), 0);
        QCOMPARE(clicked.count(), 0);
    }

    void itTakesTheKeyboardFocusWhenShown()
    {
        m_underneath->setFocus();
        m_screen->hide();
        m_screen->show();
        QTRY_VERIFY(m_screen->hasFocus());
    }

    void aNewsPictureIsShown()
    {
        const QString sha = storeImage(Qt::darkGreen);
        QVERIFY(!sha.isEmpty());
        QVERIFY2(m_demo.put(Collection::News, QStringLiteral("news-picture"),
                            newsItem(QStringLiteral("Nueva siembra en la ribera"), sha)),
                 qPrintable(m_demo.error()));
        m_screen->start();
        QCOMPARE(m_screen->currentTitle(), QStringLiteral("Nueva siembra en la ribera"));
        QVERIFY(picture()->isVisible());
        QVERIFY(!picture()->pixmap().isNull());
        const QImage shown = picture()->pixmap().toImage();
        QCOMPARE(shown.pixelColor(shown.rect().center()), QColor(Qt::darkGreen));
        QVERIFY(content()->geometry().contains(picture()->geometry().translated(content()->pos())));

        // Not downloaded yet: the same slide without a picture.
        QVERIFY(m_demo.put(
            Collection::News, QStringLiteral("news-picture"),
            newsItem(QStringLiteral("Nueva siembra en la ribera"), QString(64, QLatin1Char('a')))));
        m_screen->start();
        QCOMPARE(m_screen->currentTitle(), QStringLiteral("Nueva siembra en la ribera"));
        QVERIFY(!picture()->isVisible());
        QVERIFY(m_demo.remove(Collection::News, QStringLiteral("news-picture")));
    }

    void anEventOrAServiceShowsABadgeInsteadOfAPicture()
    {
        m_screen->start();
        m_screen->showNext(); // the next event comes second
        QLabel *badge = child<QLabel>(m_screen, "attractBadge");
        QVERIFY(badge->isVisible());
        QVERIFY(!badge->pixmap().isNull());
        QVERIFY(!picture()->isVisible());
    }

    void aLanguageChangeKeepsTheSlideWhereItIs()
    {
        m_screen->start();
        m_screen->showNext();
        const QString title = m_screen->currentTitle();
        const QRect block = content()->geometry();
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_screen, &change);
        QCOMPARE(m_screen->currentTitle(), title);
        QCOMPARE(m_screen->currentIndex(), 1);
        QCOMPARE(content()->geometry().topLeft(), block.topLeft());
        QVERIFY(!callToAction()->text().isEmpty());
    }

    void withNoStoreItWelcomesAndStillDrifts()
    {
        AttractScreen screen(ViewContext{}, QStringLiteral("Río Hondo"));
        screen.resize(1280, 800);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.start();
        QCOMPARE(screen.slideCount(), 1);
        QCOMPARE(screen.currentTitle(), QStringLiteral("Río Hondo"));
        auto *call = child<QLabel>(&screen, "attractCallToAction");
        QVERIFY(call->isVisible());
        QVERIFY(!call->text().isEmpty());
        QVERIFY(!child<QLabel>(&screen, "attractPicture")->isVisible());

        auto *block = child<QWidget>(&screen, "attractContent");
        const QRect before = block->geometry();
        const QRect callBefore = call->geometry();
        screen.stop(); // ends the fade-in: the colour holds still
        const QColor background = screen.grab().toImage().pixelColor(1, 1);
        screen.showNext();
        QCOMPARE(screen.currentTitle(), QStringLiteral("Río Hondo"));
        QVERIFY(block->geometry().topLeft() != before.topLeft());
        QVERIFY(call->geometry().topLeft() != callBefore.topLeft());
        QTRY_VERIFY(screen.grab().toImage().pixelColor(1, 1) != background);
        screen.stop();
    }

    void withAnEmptyCacheItWelcomes()
    {
        DemoCache empty;
        QVERIFY2(empty.open(), qPrintable(empty.error()));
        for (Collection collection : allCollections()) {
            for (const ContentItem &item : empty.store().list(collection))
                QVERIFY2(empty.remove(collection, item.id), qPrintable(empty.error()));
        }
        ViewContext context;
        context.store = &empty.store();
        context.clock = &m_clock;
        AttractScreen screen(context, QString());
        screen.resize(1920, 1080);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.start();
        QCOMPARE(screen.slideCount(), 1);
        QVERIFY(!screen.currentTitle().isEmpty()); // "Welcome", with no name to show
        QVERIFY(child<QLabel>(&screen, "attractCallToAction")->isVisible());
        screen.stop();
    }
};

QTEST_MAIN(TestAttractScreen)
#include "tst_attractscreen.moc"
