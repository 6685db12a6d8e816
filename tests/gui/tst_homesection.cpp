#include "cardbutton.h"
#include "democache.h"
#include "homesection.h"

#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

// The first screen: highlights, services with a problem first, what comes next; each card
// asks the window to open its item.
class TestHomeSection : public QObject
{
    Q_OBJECT

private:
    DemoCache m_demo;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    std::unique_ptr<HomeSection> m_section;

    QList<CardButton *> cards(const QString &kind) const
    {
        QList<CardButton *> found;
        const QList<CardButton *> all = m_section->findChildren<CardButton *>();
        for (CardButton *card : all) {
            if (card->objectName().startsWith(QStringLiteral("home") + kind + QLatin1Char('_')))
                found.append(card);
        }
        return found;
    }
    static QString idOf(const CardButton *card)
    {
        return card->objectName().section(QLatin1Char('_'), 1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.open(), qPrintable(m_demo.error()));
        ViewContext context;
        context.store = &m_demo.store();
        context.clock = &m_clock;
        m_section = std::make_unique<HomeSection>(context);
        m_section->resize(1600, 900);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
    }

    void highlightsAreTheNewestNews()
    {
        const QList<CardButton *> news = cards(QStringLiteral("News"));
        QCOMPARE(news.size(), 3);
        QList<ContentItem> all = m_demo.store().list(Collection::News);
        std::reverse(all.begin(), all.end());
        for (int i = 0; i < news.size(); ++i) {
            QCOMPARE(idOf(news.at(i)), all.at(i).id);
            QCOMPARE(news.at(i)->title(), all.at(i).title);
        }
    }

    void servicesWithAProblemComeFirst()
    {
        const QList<CardButton *> services = cards(QStringLiteral("Service"));
        QVERIFY(!services.isEmpty());
        int previous = 0;
        for (const CardButton *card : services) {
            const QString status = m_demo.store()
                                       .item(Collection::Services, idOf(card))
                                       ->data.value(QStringLiteral("status"))
                                       .toString();
            const int rank = status == QStringLiteral("unavailable") ? 0
                             : status == QStringLiteral("limited")   ? 1
                                                                     : 2;
            QVERIFY2(rank >= previous, qPrintable(card->objectName()));
            previous = rank;
        }
        QCOMPARE(m_demo.store()
                     .item(Collection::Services, idOf(services.first()))
                     ->data.value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("unavailable"));
    }

    void onlyWhatIsStillToComeIsShown()
    {
        QVERIFY(
            m_demo.put(Collection::Events, QStringLiteral("evt-yesterday"),
                       {{QStringLiteral("kind"), QStringLiteral("event")},
                        {QStringLiteral("title"), QStringLiteral("Ayer")},
                        {QStringLiteral("description"), QStringLiteral("Ya pasó.")},
                        {QStringLiteral("category"), QStringLiteral("cultura")},
                        {QStringLiteral("organiser"), QStringLiteral("Casa de Cultura")},
                        {QStringLiteral("place"), QStringLiteral("Parque")},
                        {QStringLiteral("starts_at"), QStringLiteral("2026-11-27T20:00:00-05:00")},
                        {QStringLiteral("ends_at"), QStringLiteral("2026-11-27T22:00:00-05:00")}}));
        m_section->refresh();
        const QList<CardButton *> events = cards(QStringLiteral("Event"));
        QVERIFY(!events.isEmpty());
        for (const CardButton *card : events) {
            QVERIFY(idOf(card) != QStringLiteral("evt-yesterday"));
            const auto item = m_demo.store().item(Collection::Events, idOf(card));
            const QString end = item->data.value(QStringLiteral("ends_at")).toString();
            const QDateTime until = QDateTime::fromString(
                end.isEmpty() ? item->data.value(QStringLiteral("starts_at")).toString() : end,
                Qt::ISODate);
            QVERIFY(until >= m_clock.now());
        }
        QVERIFY(m_demo.remove(Collection::Events, QStringLiteral("evt-yesterday")));
        m_section->refresh();
    }

    void aSyncedPageRefreshesOnlyTheColumnsItChanged()
    {
        // A new newest news item and a new closed service, both in the cache.
        QJsonObject news =
            m_demo.store()
                .item(Collection::News, m_demo.store().list(Collection::News).last().id)
                ->data;
        news[QStringLiteral("title")] = QStringLiteral("Última hora");
        news[QStringLiteral("published_at")] = QStringLiteral("2026-11-28T09:00:00-05:00");
        QVERIFY(m_demo.put(Collection::News, QStringLiteral("news-ultima"), news));
        QJsonObject service =
            m_demo.store()
                .item(Collection::Services, m_demo.store().list(Collection::Services).first().id)
                ->data;
        service[QStringLiteral("title")] = QStringLiteral("Aaa cerrado");
        service[QStringLiteral("status")] = QStringLiteral("unavailable");
        QVERIFY(m_demo.put(Collection::Services, QStringLiteral("svc-aaa-cerrado"), service));
        const auto shown = [this](const QString &kind, const QString &id) {
            const QList<CardButton *> found = cards(kind);
            return std::any_of(found.cbegin(), found.cend(),
                               [&](const CardButton *card) { return idOf(card) == id; });
        };

        // A page of news: the services are not read again.
        m_section->refreshChanged({Collection::News});
        QVERIFY(shown(QStringLiteral("News"), QStringLiteral("news-ultima")));
        QVERIFY(!shown(QStringLiteral("Service"), QStringLiteral("svc-aaa-cerrado")));
        // A page of services: now they are.
        m_section->refreshChanged({Collection::Services});
        QVERIFY(shown(QStringLiteral("Service"), QStringLiteral("svc-aaa-cerrado")));
        QVERIFY(shown(QStringLiteral("News"), QStringLiteral("news-ultima")));

        QVERIFY(m_demo.remove(Collection::News, QStringLiteral("news-ultima")));
        QVERIFY(m_demo.remove(Collection::Services, QStringLiteral("svc-aaa-cerrado")));
        m_section->refresh();
        QVERIFY(!shown(QStringLiteral("News"), QStringLiteral("news-ultima")));
        QVERIFY(!shown(QStringLiteral("Service"), QStringLiteral("svc-aaa-cerrado")));
    }

    void aCardAsksForItsItem()
    {
        QSignalSpy open(m_section.get(), &Section::openRequested);
        CardButton *news = cards(QStringLiteral("News")).first();
        QTest::mouseClick(news, Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).value<Collection>(), Collection::News);
        QCOMPARE(open.at(0).at(1).toString(), idOf(news));
        CardButton *service = cards(QStringLiteral("Service")).first();
        QTest::mouseClick(service, Qt::LeftButton);
        QCOMPARE(open.at(1).at(0).value<Collection>(), Collection::Services);
        QCOMPARE(open.at(1).at(1).toString(), idOf(service));
    }

    void serverTextOnACardIsNeverMarkup()
    {
        QVERIFY(m_demo.put(
            Collection::News, QStringLiteral("news-markup"),
            {{QStringLiteral("title"), QStringLiteral("<b>negrita</b>")},
             {QStringLiteral("summary"), QStringLiteral("<img src=\"file:///etc/passwd\">")},
             {QStringLiteral("body"), QStringLiteral("x")},
             {QStringLiteral("category"), QStringLiteral("comunidad")},
             {QStringLiteral("published_at"), QStringLiteral("2026-11-28T09:59:00-05:00")}}));
        m_section->refresh();
        auto *card = m_section->findChild<CardButton *>(QStringLiteral("homeNews_news-markup"));
        QVERIFY(card);
        const QList<QLabel *> labels = card->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QVERIFY(label->text().isEmpty() || label->textFormat() == Qt::PlainText);
        QCOMPARE(card->title(), QStringLiteral("<b>negrita</b>"));
        QVERIFY(m_demo.remove(Collection::News, QStringLiteral("news-markup")));
        m_section->refresh();
    }
};

QTEST_MAIN(TestHomeSection)
#include "tst_homesection.moc"
