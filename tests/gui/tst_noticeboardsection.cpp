#include "chipbar.h"
#include "contentstore.h"
#include "democache.h"
#include "eventfiltermodel.h"
#include "eventlistmodel.h"
#include "noticeboardsection.h"
#include "safetextbrowser.h"
#include "takehomelink.h"
#include "takehomepanel.h"
#include "touchlist.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>
#include <memory>

namespace {

const QUrl kPublicBase(QStringLiteral("https://www.riohondo.gob.example/kiosco/"));
// Río Hondo's clock on the demo day; written with the municipality's offset so that the test
// means the same thing on a build machine in any zone.
const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600));

QJsonObject eventData(const QString &title, const QString &kind, const QString &starts,
                      const QJsonValue &ends, const QJsonValue &deadline,
                      const QString &category = QStringLiteral("comunidad"))
{
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("description"), QStringLiteral("Texto de prueba.")},
                       {QStringLiteral("category"), category},
                       {QStringLiteral("organiser"), QStringLiteral("Organizador de prueba")},
                       {QStringLiteral("place"), QStringLiteral("Lugar de prueba")},
                       {QStringLiteral("starts_at"), starts},
                       {QStringLiteral("ends_at"), ends},
                       {QStringLiteral("deadline"), deadline}};
}

QDate dayOf(const QDateTime &when, const QDateTime &frame)
{
    return when.toOffsetFromUtc(frame.offsetFromUtc()).date();
}

} // namespace

// The noticeboard over the demo municipality's real cache, driven by objectNames.
class TestNoticeboardSection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<NoticeboardSection> m_section;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;

    TouchList *list() const
    {
        return m_section->findChild<TouchList *>(QStringLiteral("eventsList"));
    }
    QAbstractItemModel *rows() const { return list()->model(); }

    QStringList ids() const
    {
        QStringList result;
        for (int row = 0; row < rows()->rowCount(); ++row)
            result << rows()->index(row, 0).data(EventListModel::IdRole).toString();
        return result;
    }

    QVariant rowData(const QString &id, int role) const
    {
        for (int row = 0; row < rows()->rowCount(); ++row) {
            const QModelIndex index = rows()->index(row, 0);
            if (index.data(EventListModel::IdRole).toString() == id)
                return index.data(role);
        }
        return {};
    }

    void click(const QString &name)
    {
        auto *button = m_section->findChild<QAbstractButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void tap(TouchList *view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    void chooseOrganiser(const QString &name)
    {
        click(QStringLiteral("eventsOrganiser"));
        auto *organisers = m_section->findChild<TouchList *>(QStringLiteral("eventsOrganiserList"));
        QVERIFY(organisers->isVisible());
        int row = -1;
        for (int i = 0; i < organisers->model()->rowCount(); ++i) {
            if (organisers->model()->index(i, 0).data().toString() == name)
                row = i;
        }
        QVERIFY2(row > 0, qPrintable(name)); // the first row is "All"
        tap(organisers, row);
    }

    void tapEvent(const QString &id)
    {
        const int row = int(ids().indexOf(id));
        QVERIFY2(row >= 0, qPrintable(id));
        tap(list(), row);
    }

    // What the filters must leave: the items of the cache that are not over and are on at
    // some moment of [first day, end day), computed here from the store, not from the view.
    QStringList expectedOn(QDate first, QDate end) const
    {
        QStringList result;
        for (const ContentItem &item : m_demo->store().list(Collection::Events)) {
            const auto time = [&item](const char *key) {
                return QDateTime::fromString(item.data.value(QLatin1StringView(key)).toString(),
                                             Qt::ISODate);
            };
            const QDateTime starts = time("starts_at");
            QDateTime until = time("ends_at").isValid() ? time("ends_at") : starts;
            if (item.data.value(QLatin1StringView("kind")).toString() == QLatin1String("call") &&
                time("deadline").isValid())
                until = time("deadline");
            if (until < m_clock->now())
                continue;
            if (first.isValid() && (dayOf(starts, starts) >= end || dayOf(until, starts) < first))
                continue;
            result << item.id;
        }
        return result;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_GB"))); }

    void init()
    {
        m_demo = std::make_unique<DemoCache>();
        QVERIFY2(m_demo->open(), qPrintable(m_demo->error()));
        m_clock = std::make_unique<FixedClock>(kNow);
        ViewContext context;
        context.store = &m_demo->store();
        context.cacheDb = &m_demo->database();
        context.clock = m_clock.get();
        context.publicBase = kPublicBase;
        m_section = std::make_unique<NoticeboardSection>(context);
        m_section->resize(1280, 800);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
        auto *filter = qobject_cast<EventFilterModel *>(rows());
        QVERIFY(filter);
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            filter->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_filterTester.reset();
        m_listTester.reset();
        m_section.reset();
        m_demo.reset();
    }

    void firstScreenShowsEverythingUpcomingSoonestFirst()
    {
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(m_section->findChild<ChipBar *>(QStringLiteral("eventsWhen"))->current(),
                 QStringLiteral("upcoming"));
        QVERIFY(list()->isVisible());
        QVERIFY(!m_section->findChild<QLabel *>(QStringLiteral("eventsEmpty"))->isVisible());
        QStringList shown = ids();
        QStringList expected = expectedOn({}, {});
        QVERIFY(shown.size() > 20);
        QCOMPARE(shown.size(), expected.size());
        std::sort(shown.begin(), shown.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);
        for (int row = 1; row < rows()->rowCount(); ++row)
            QVERIFY(rows()->index(row - 1, 0).data(EventListModel::StartsRole).toDateTime() <=
                    rows()->index(row, 0).data(EventListModel::StartsRole).toDateTime());
    }

    void rowsSayWhenAndWhere()
    {
        QCOMPARE(rowData(QStringLiteral("evt-2026-0002"), EventListModel::WhenTextRole).toString(),
                 QStringLiteral("Sat 28 Nov · 10:00–11:30"));
        QCOMPARE(rowData(QStringLiteral("evt-2026-0002"), EventListModel::PlaceRole).toString(),
                 QStringLiteral("Patio de la Casa de Cultura «Candelaria Soto», Calle Martí "
                                "No. 35, Centro"));
        // A call not open yet says from when; an open one only until when.
        QCOMPARE(rowData(QStringLiteral("evt-2026-0006"), EventListModel::WhenTextRole).toString(),
                 QStringLiteral("Call · apply from Mon 30 Nov until Fri 18 Dec"));
        m_clock->set(QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone(-5 * 3600)));
        m_section->refresh();
        QCOMPARE(rowData(QStringLiteral("evt-2026-0006"), EventListModel::WhenTextRole).toString(),
                 QStringLiteral("Call · apply until Fri 18 Dec"));

        // Spanish writes the day in lower case; the line starts with a capital all the same.
        QLocale::setDefault(QLocale(QStringLiteral("es_ES")));
        const QString spanish =
            rowData(QStringLiteral("evt-2026-0010"), EventListModel::WhenTextRole).toString();
        const QString spanishCall =
            rowData(QStringLiteral("evt-2026-0006"), EventListModel::WhenTextRole).toString();
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        QCOMPARE(spanish, QStringLiteral("Jue 3 dic · 15:00–16:30"));
        QCOMPARE(spanishCall, QStringLiteral("Call · apply until vie 18 dic"));
    }

    void todayShowsOnlyWhatIsOnToday()
    {
        click(QStringLiteral("eventsWhen_today"));
        const QStringList today = ids();
        QCOMPARE(today,
                 (QStringList{QStringLiteral("evt-2026-0001"), QStringLiteral("evt-2026-0002"),
                              QStringLiteral("evt-2026-0003"), QStringLiteral("evt-2026-0004")}));
        QCOMPARE(today, expectedOn(kNow.date(), kNow.date().addDays(1)));
        for (int row = 0; row < rows()->rowCount(); ++row) {
            const QModelIndex index = rows()->index(row, 0);
            const QDateTime starts = index.data(EventListModel::StartsRole).toDateTime();
            QCOMPARE(dayOf(starts, starts), dayOf(m_clock->now(), starts));
        }
    }

    void todayIsTheMunicipalityDayWhateverTheKioskZone()
    {
        // 21:00 on Saturday in Río Hondo is already Sunday in UTC, the zone a kiosk's system
        // clock is often left on. "Today" is still Saturday: the trova (20:30 to 23:00) is
        // on, Sunday's clean-up is not.
        const QDateTime evening(QDate(2026, 11, 28), QTime(21, 0), QTimeZone(-5 * 3600));
        m_clock->set(evening.toUTC());
        QCOMPARE(m_clock->now().date(), QDate(2026, 11, 29));
        m_section->refresh();
        click(QStringLiteral("eventsWhen_today"));
        QCOMPARE(ids(), QStringList{QStringLiteral("evt-2026-0004")});
        QCOMPARE(ids(), expectedOn(evening.date(), evening.date().addDays(1)));
    }

    void weekAndMonthHoldToday()
    {
        click(QStringLiteral("eventsWhen_today"));
        const QStringList today = ids();
        click(QStringLiteral("eventsWhen_week"));
        const QStringList week = ids();
        // Monday 23 to Sunday 29 November.
        QCOMPARE(week, expectedOn(QDate(2026, 11, 23), QDate(2026, 11, 30)));
        QVERIFY(week.contains(QStringLiteral("evt-2026-0005")));  // Sunday 29
        QVERIFY(!week.contains(QStringLiteral("evt-2026-0006"))); // opens Monday 30
        click(QStringLiteral("eventsWhen_month"));
        const QStringList month = ids();
        QCOMPARE(month, expectedOn(QDate(2026, 11, 1), QDate(2026, 12, 1)));
        QVERIFY(month.contains(QStringLiteral("evt-2026-0006")));
        QVERIFY(!month.contains(QStringLiteral("evt-2026-0008"))); // 1 December
        for (const QString &id : today)
            QVERIFY2(week.contains(id) && month.contains(id), qPrintable(id));
        QVERIFY(week.size() > today.size());
        QVERIFY(month.size() > week.size());
        click(QStringLiteral("eventsWhen_upcoming"));
        QVERIFY(rows()->rowCount() > month.size());
    }

    void pastEventsNeverShow()
    {
        QVERIFY2(m_demo->put(Collection::Events, QStringLiteral("evt-test-yesterday"),
                             eventData(QStringLiteral("Ayer"), QStringLiteral("event"),
                                       QStringLiteral("2026-11-27T18:00:00-05:00"),
                                       QStringLiteral("2026-11-27T20:00:00-05:00"), QJsonValue())),
                 qPrintable(m_demo->error()));
        QVERIFY(m_demo->put(Collection::Events, QStringLiteral("evt-test-this-morning"),
                            eventData(QStringLiteral("Esta mañana"), QStringLiteral("event"),
                                      QStringLiteral("2026-11-28T07:00:00-05:00"),
                                      QStringLiteral("2026-11-28T09:00:00-05:00"), QJsonValue())));
        QVERIFY(m_demo->put(Collection::Events, QStringLiteral("evt-test-no-end"),
                            eventData(QStringLiteral("Sin fin"), QStringLiteral("event"),
                                      QStringLiteral("2026-11-28T09:30:00-05:00"), QJsonValue(),
                                      QJsonValue())));
        m_section->refresh();
        for (const QString &when : {QStringLiteral("today"), QStringLiteral("week"),
                                    QStringLiteral("month"), QStringLiteral("upcoming")}) {
            click(QStringLiteral("eventsWhen_") + when);
            QVERIFY2(!ids().contains(QStringLiteral("evt-test-yesterday")), qPrintable(when));
            QVERIFY2(!ids().contains(QStringLiteral("evt-test-this-morning")), qPrintable(when));
            QVERIFY2(!ids().contains(QStringLiteral("evt-test-no-end")), qPrintable(when));
        }
        // The feria (8:00 to 13:00) is under way, so it still shows.
        QVERIFY(ids().contains(QStringLiteral("evt-2026-0001")));
        // Once the clock passes its end, a later refresh drops it.
        m_clock->set(kNow.addSecs(4 * 3600));
        m_section->refresh();
        QVERIFY(!ids().contains(QStringLiteral("evt-2026-0001")));
        QVERIFY(ids().contains(QStringLiteral("evt-2026-0003")));
    }

    void showingAgainMovesTheTimeOnWithoutReadingTheCache()
    {
        QVERIFY(ids().contains(QStringLiteral("evt-2026-0001"))); // under way
        m_section->hide();
        m_clock->set(kNow.addSecs(4 * 3600));
        QVERIFY(m_demo->put(Collection::Events, QStringLiteral("evt-test-unannounced"),
                            eventData(QStringLiteral("Sin aviso"), QStringLiteral("event"),
                                      QStringLiteral("2026-11-29T10:00:00-05:00"), QJsonValue(),
                                      QJsonValue())));
        m_section->show();
        // The feria ended while the section was out of sight: gone when it is shown again ...
        QVERIFY(!ids().contains(QStringLiteral("evt-2026-0001")));
        QVERIFY(ids().contains(QStringLiteral("evt-2026-0003")));
        // ... while the cache, which nobody said had changed, was not read again.
        QVERIFY(!ids().contains(QStringLiteral("evt-test-unannounced")));
        m_section->hide();
        m_section->markStale(); // what a sync does
        m_section->show();
        QVERIFY(ids().contains(QStringLiteral("evt-test-unannounced")));
    }

    void callsStayUntilTheirDeadline()
    {
        QVERIFY(m_demo->put(Collection::Events, QStringLiteral("evt-test-closed-call"),
                            eventData(QStringLiteral("Cerrada"), QStringLiteral("call"),
                                      QStringLiteral("2026-11-01T08:00:00-05:00"), QJsonValue(),
                                      QStringLiteral("2026-11-28T09:00:00-05:00"))));
        QVERIFY(m_demo->put(Collection::Events, QStringLiteral("evt-test-open-call"),
                            eventData(QStringLiteral("Abierta"), QStringLiteral("call"),
                                      QStringLiteral("2026-11-01T08:00:00-05:00"), QJsonValue(),
                                      QStringLiteral("2026-11-29T16:00:00-05:00"))));
        m_section->refresh();
        QVERIFY(!ids().contains(QStringLiteral("evt-test-closed-call")));
        // One can apply today, so it is on today although it opened weeks ago.
        click(QStringLiteral("eventsWhen_today"));
        QVERIFY(ids().contains(QStringLiteral("evt-test-open-call")));
        QVERIFY(!ids().contains(QStringLiteral("evt-test-closed-call")));

        // A demo call: there until its deadline, gone after it.
        click(QStringLiteral("eventsWhen_upcoming"));
        m_clock->set(QDateTime(QDate(2026, 12, 18), QTime(16, 59), QTimeZone(-5 * 3600)));
        m_section->refresh();
        QVERIFY(ids().contains(QStringLiteral("evt-2026-0006")));
        m_clock->set(QDateTime(QDate(2026, 12, 18), QTime(17, 1), QTimeZone(-5 * 3600)));
        m_section->refresh();
        QVERIFY(!ids().contains(QStringLiteral("evt-2026-0006")));
        QVERIFY(ids().contains(QStringLiteral("evt-2026-0013"))); // until 23 December
    }

    void categoryFilterNarrows()
    {
        const int all = rows()->rowCount();
        for (const QString &category :
             {QStringLiteral("all"), QStringLiteral("cultura"), QStringLiteral("deportes"),
              QStringLiteral("educacion"), QStringLiteral("organizaciones"),
              QStringLiteral("salud"), QStringLiteral("comunidad")})
            QVERIFY2(m_section->findChild<QAbstractButton *>(QStringLiteral("eventsCategory_") +
                                                             category),
                     qPrintable(category));
        click(QStringLiteral("eventsCategory_cultura"));
        QVERIFY(rows()->rowCount() > 0);
        QVERIFY(rows()->rowCount() < all);
        int expected = 0;
        for (const QString &id : expectedOn({}, {}))
            expected +=
                m_demo->store().item(Collection::Events, id)->category == QLatin1String("cultura");
        QCOMPARE(rows()->rowCount(), expected);
        for (int row = 0; row < rows()->rowCount(); ++row)
            QCOMPARE(rows()->index(row, 0).data(EventListModel::CategoryRole).toString(),
                     QStringLiteral("cultura"));
        // Category and time together.
        click(QStringLiteral("eventsWhen_today"));
        QCOMPARE(ids(),
                 (QStringList{QStringLiteral("evt-2026-0002"), QStringLiteral("evt-2026-0004")}));
        click(QStringLiteral("eventsCategory_all"));
        QCOMPARE(rows()->rowCount(), 4);
    }

    void organiserFilterNarrows()
    {
        const int all = rows()->rowCount();
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        const QString casa = QStringLiteral("Casa de Cultura «Candelaria Soto»");
        chooseOrganiser(casa);
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(depth.count(), 2);
        QVERIFY(list()->isVisible());
        QVERIFY(rows()->rowCount() > 0);
        QVERIFY(rows()->rowCount() < all);
        for (int i = 0; i < rows()->rowCount(); ++i)
            QCOMPARE(rows()->index(i, 0).data(EventListModel::OrganiserRole).toString(), casa);
        int expected = 0;
        for (const QString &id : expectedOn({}, {}))
            expected += m_demo->store()
                            .item(Collection::Events, id)
                            ->data.value(QLatin1StringView("organiser"))
                            .toString() == casa;
        QCOMPARE(rows()->rowCount(), expected);
        auto *button = m_section->findChild<QPushButton *>(QStringLiteral("eventsOrganiser"));
        QVERIFY(button->property("filtering").toBool());

        // Back without choosing keeps the choice; "All" takes it away.
        click(QStringLiteral("eventsOrganiser"));
        QVERIFY(m_section->goBack());
        QVERIFY(rows()->rowCount() < all);
        click(QStringLiteral("eventsOrganiser"));
        QCOMPARE(m_section->depth(), 1);
        tap(m_section->findChild<TouchList *>(QStringLiteral("eventsOrganiserList")), 0);
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(rows()->rowCount(), all);
        QVERIFY(!button->property("filtering").toBool());
    }

    void anEmptyChoiceSaysSoInWords()
    {
        click(QStringLiteral("eventsCategory_salud"));
        click(QStringLiteral("eventsWhen_today"));
        QCOMPARE(rows()->rowCount(), 0);
        auto *empty = m_section->findChild<QLabel *>(QStringLiteral("eventsEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(!list()->isVisible());
        QVERIFY(!empty->text().isEmpty());
        const QString todayText = empty->text();
        click(QStringLiteral("eventsWhen_week"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text() != todayText); // the hint names the next step
        // World AIDS Day is on 1 December: not this month either, but coming up.
        click(QStringLiteral("eventsWhen_month"));
        QVERIFY(empty->isVisible());
        click(QStringLiteral("eventsWhen_upcoming"));
        QVERIFY(!empty->isVisible());
        QVERIFY(list()->isVisible());
        QVERIFY(ids().contains(QStringLiteral("evt-2026-0008")));
    }

    void tappingAnEventOpensItsDetail()
    {
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        tapEvent(QStringLiteral("evt-2026-0002"));
        QCOMPARE(m_section->depth(), 1);
        QCOMPARE(depth.count(), 1);
        QCOMPARE(m_section->openEventId(), QStringLiteral("evt-2026-0002"));
        auto *detail = m_section->findChild<SafeTextBrowser *>(QStringLiteral("eventsDetail"));
        QVERIFY(detail->isVisible());
        const QString text = detail->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Peña infantil «La Cometa»")));
        QVERIFY(text.contains(QStringLiteral("Patio de la Casa de Cultura «Candelaria Soto»")));
        QVERIFY(text.contains(QStringLiteral("Casa de Cultura «Candelaria Soto»")));
        QVERIFY(text.contains(QStringLiteral("10:00")) && text.contains(QStringLiteral("11:30")));
        QVERIFY(text.contains(QStringLiteral("títeres")));
        QCOMPARE(detail->resourceRequests(), 0);
        auto *takeHome = m_section->findChild<TakeHomePanel *>(QStringLiteral("eventsTakeHome"));
        QVERIFY(takeHome->isVisible());
        const QUrl link =
            TakeHomeLink::forItem(kPublicBase, Collection::Events, QStringLiteral("evt-2026-0002"));
        QVERIFY(link.isValid());
        QCOMPARE(takeHome->payload(), QString::fromUtf8(link.toEncoded()));

        QVERIFY(m_section->goBack());
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(depth.count(), 2);
        QVERIFY(m_section->openEventId().isEmpty());
        QVERIFY(!m_section->goBack());
    }

    void aCallShowsItsDeadline()
    {
        QVERIFY(m_section->openItem(Collection::Events, QStringLiteral("evt-2026-0006")));
        QCOMPARE(m_section->depth(), 1);
        const QString text =
            m_section->findChild<SafeTextBrowser *>(QStringLiteral("eventsDetail"))->toPlainText();
        const QDateTime deadline =
            QDateTime::fromString(QStringLiteral("2026-12-18T17:00:00-05:00"), Qt::ISODate);
        QVERIFY2(text.contains(EventListModel::fullDateTimeText(deadline)), qPrintable(text));
        QVERIFY(
            text.contains(QStringLiteral("Joven Club de Computación y Electrónica Río Hondo I")));
        QVERIFY(!m_section->openItem(Collection::News, QStringLiteral("evt-2026-0006")));
        QVERIFY(!m_section->openItem(Collection::Events, QStringLiteral("evt-none")));
        QCOMPARE(m_section->openEventId(), QStringLiteral("evt-2026-0006"));
    }

    void serverTextStaysText()
    {
        QJsonObject data =
            eventData(QStringLiteral("<b>Negrita</b>"), QStringLiteral("event"),
                      QStringLiteral("2026-11-28T18:00:00-05:00"), QJsonValue(), QJsonValue());
        data.insert(QStringLiteral("description"),
                    QStringLiteral("<img src=\"file:///etc/passwd\"> & <a href=\"x\">y</a>"));
        data.insert(QStringLiteral("organiser"), QStringLiteral("Tom & Jerry"));
        QVERIFY(m_demo->put(Collection::Events, QStringLiteral("evt-test-markup"), data));
        m_section->refresh();
        QVERIFY(m_section->openItem(Collection::Events, QStringLiteral("evt-test-markup")));
        auto *detail = m_section->findChild<SafeTextBrowser *>(QStringLiteral("eventsDetail"));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("<b>Negrita</b>")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("<img src=\"file:///etc/passwd\">")));
        QCOMPARE(detail->resourceRequests(), 0);
        m_section->goBack();
        chooseOrganiser(QStringLiteral("Tom & Jerry"));
        auto *button = m_section->findChild<QPushButton *>(QStringLiteral("eventsOrganiser"));
        QVERIFY2(button->text().contains(QStringLiteral("Tom && Jerry")),
                 qPrintable(button->text()));
        QCOMPARE(ids(), QStringList{QStringLiteral("evt-test-markup")});
    }

    void refreshKeepsTheOpenEventAndTheFilters()
    {
        click(QStringLiteral("eventsWhen_today"));
        click(QStringLiteral("eventsCategory_cultura"));
        tapEvent(QStringLiteral("evt-2026-0002"));
        QCOMPARE(m_section->depth(), 1);
        QSignalSpy depth(m_section.get(), &Section::depthChanged);

        QJsonObject changed =
            m_demo->store().item(Collection::Events, QStringLiteral("evt-2026-0002"))->data;
        changed.insert(QStringLiteral("title"), QStringLiteral("Peña infantil con nuevo título"));
        QVERIFY(m_demo->put(Collection::Events, QStringLiteral("evt-2026-0002"), changed));
        m_section->refresh();
        QCOMPARE(m_section->depth(), 1);
        QCOMPARE(depth.count(), 0);
        QVERIFY(m_section->findChild<SafeTextBrowser *>(QStringLiteral("eventsDetail"))
                    ->toPlainText()
                    .contains(QStringLiteral("Peña infantil con nuevo título")));
        QCOMPARE(m_section->findChild<ChipBar *>(QStringLiteral("eventsWhen"))->current(),
                 QStringLiteral("today"));
        QCOMPARE(m_section->findChild<ChipBar *>(QStringLiteral("eventsCategory"))->current(),
                 QStringLiteral("cultura"));
        QCOMPARE(rowData(QStringLiteral("evt-2026-0002"), Qt::DisplayRole).toString(),
                 QStringLiteral("Peña infantil con nuevo título"));

        QVERIFY(m_demo->remove(Collection::Events, QStringLiteral("evt-2026-0002")));
        m_section->refresh();
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(depth.count(), 1);
        QVERIFY(m_section->openEventId().isEmpty());
        QCOMPARE(ids(), QStringList{QStringLiteral("evt-2026-0004")});
        QCOMPARE(m_section->findChild<ChipBar *>(QStringLiteral("eventsCategory"))->current(),
                 QStringLiteral("cultura"));
    }

    void refreshKeepsTheScrollPosition()
    {
        m_section->resize(900, 600);
        QTRY_VERIFY(list()->verticalScrollBar()->maximum() > 400);
        list()->verticalScrollBar()->setValue(300);
        QVERIFY(m_demo->put(Collection::Events, QStringLiteral("evt-test-later"),
                            eventData(QStringLiteral("Más adelante"), QStringLiteral("event"),
                                      QStringLiteral("2027-02-01T10:00:00-05:00"), QJsonValue(),
                                      QJsonValue())));
        m_section->refresh();
        QCOMPARE(list()->verticalScrollBar()->value(), 300);
        QVERIFY(ids().contains(QStringLiteral("evt-test-later")));
    }

    void resetRestoresTheFirstScreen()
    {
        click(QStringLiteral("eventsWhen_week"));
        click(QStringLiteral("eventsCategory_cultura"));
        chooseOrganiser(QStringLiteral("Casa de Cultura «Candelaria Soto»"));
        const int narrowed = rows()->rowCount();
        tap(list(), 0);
        QCOMPARE(m_section->depth(), 1);
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        m_section->reset();
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(depth.count(), 1);
        QCOMPARE(m_section->findChild<ChipBar *>(QStringLiteral("eventsWhen"))->current(),
                 QStringLiteral("upcoming"));
        QCOMPARE(m_section->findChild<ChipBar *>(QStringLiteral("eventsCategory"))->current(),
                 QStringLiteral("all"));
        QVERIFY(!m_section->findChild<QPushButton *>(QStringLiteral("eventsOrganiser"))
                     ->property("filtering")
                     .toBool());
        QVERIFY(rows()->rowCount() > narrowed);
        QCOMPARE(rows()->rowCount(), int(expectedOn({}, {}).size()));
        QCOMPARE(list()->verticalScrollBar()->value(), 0);
        QVERIFY(!list()->currentIndex().isValid());
        QVERIFY(m_section->openEventId().isEmpty());
        QVERIFY(
            !m_section->findChild<TakeHomePanel *>(QStringLiteral("eventsTakeHome"))->isVisible());
    }

    void aLanguageSwitchKeepsThePlace()
    {
        click(QStringLiteral("eventsWhen_week"));
        click(QStringLiteral("eventsCategory_cultura"));
        tapEvent(QStringLiteral("evt-2026-0004"));
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        QLocale::setDefault(QLocale(QStringLiteral("es_ES")));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_section.get(), &change);
        const QString text =
            m_section->findChild<SafeTextBrowser *>(QStringLiteral("eventsDetail"))->toPlainText();
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        QCOMPARE(depth.count(), 0);
        QCOMPARE(m_section->openEventId(), QStringLiteral("evt-2026-0004"));
        QVERIFY2(text.contains(QStringLiteral("sábado, 28 de noviembre de 2026")),
                 qPrintable(text));
        QCOMPARE(m_section->findChild<ChipBar *>(QStringLiteral("eventsWhen"))->current(),
                 QStringLiteral("week"));
        QCOMPARE(m_section->findChild<ChipBar *>(QStringLiteral("eventsCategory"))->current(),
                 QStringLiteral("cultura"));
        QVERIFY(m_section->goBack());
        QCOMPARE(ids(),
                 (QStringList{QStringLiteral("evt-2026-0002"), QStringLiteral("evt-2026-0004")}));
    }

    void worksWithoutACache()
    {
        NoticeboardSection bare{ViewContext{}};
        bare.resize(800, 600);
        bare.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bare));
        auto *empty = bare.findChild<QLabel *>(QStringLiteral("eventsEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->text().isEmpty());
        QVERIFY(!bare.openItem(Collection::Events, QStringLiteral("evt-2026-0001")));
        bare.refresh();
        bare.reset();
        QCOMPARE(bare.depth(), 0);
    }
};

QTEST_MAIN(TestNoticeboardSection)
#include "tst_noticeboardsection.moc"
