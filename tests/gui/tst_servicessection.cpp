#include "contentlistmodel.h"
#include "democache.h"
#include "itempresenter.h"
#include "safetextbrowser.h"
#include "servicessection.h"
#include "touchlist.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

// The Services section: the offer by topic and office, and a live status that sync updates on
// screen without the list or the reader jumping.
class TestServicesSection : public QObject
{
    Q_OBJECT

private:
    DemoCache m_demo;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    std::unique_ptr<ServicesSection> m_section;

    TouchList *list() const
    {
        return m_section->findChild<TouchList *>(QStringLiteral("servicesList"));
    }
    SafeTextBrowser *reader() const
    {
        return m_section->findChild<SafeTextBrowser *>(QStringLiteral("servicesReader"));
    }
    QJsonObject service(const QString &id)
    {
        const auto item = m_demo.store().item(Collection::Services, id);
        return item ? item->data : QJsonObject();
    }
    QModelIndex rowOf(const QString &id) const
    {
        QAbstractItemModel *model = list()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ContentListModel::IdRole).toString() == id)
                return model->index(row, 0);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.open(), qPrintable(m_demo.error()));
        ViewContext context;
        context.store = &m_demo.store();
        context.cacheDb = &m_demo.database();
        context.clock = &m_clock;
        m_section = std::make_unique<ServicesSection>(context);
        m_section->resize(1600, 900);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
    }

    void init() { m_section->reset(); }

    void aStatusChangeUpdatesTheRowInPlace()
    {
        QAbstractItemModelTester tester(m_section->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A person has scrolled down the list when the status of a service changes.
        list()->verticalScrollBar()->setValue(list()->verticalScrollBar()->maximum() / 2);
        const int scrolled = list()->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        const QModelIndex first = m_section->model()->index(0, 0);
        const QString id = first.data(ContentListModel::IdRole).toString();
        QJsonObject data = service(id);
        QVERIFY(data.value(QStringLiteral("status")).toString() != QStringLiteral("unavailable"));

        QSignalSpy reset(m_section->model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_section->model(), &QAbstractItemModel::dataChanged);
        data.insert(QStringLiteral("status"), QStringLiteral("unavailable"));
        data.insert(QStringLiteral("status_note"), QStringLiteral("Sin corriente eléctrica."));
        QVERIFY(m_demo.put(Collection::Services, id, data));
        m_section->refresh();

        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(list()->verticalScrollBar()->value(), scrolled);
        QCOMPARE(
            m_section->model()->index(0, 0).data(ContentListModel::StatusColorRole).value<QColor>(),
            ItemPresenter::statusColor(QStringLiteral("unavailable")));
        QVERIFY(m_section->model()
                    ->index(0, 0)
                    .data(ContentListModel::SubtitleRole)
                    .toString()
                    .startsWith(ItemPresenter::serviceStatusText(QStringLiteral("unavailable"))));
    }

    void theOpenServiceShowsItsNewStatusWhereThePersonIsReading()
    {
        const QModelIndex row = m_section->model()->index(1, 0);
        const QString id = row.data(ContentListModel::IdRole).toString();
        QVERIFY(m_section->openItem(Collection::Services, id));
        m_section->resize(700, 240); // a short reader, so that it scrolls
        qDebug() << m_section->size() << reader()->size() << reader()->document()->size()
                 << reader()->isVisible();
        QTRY_VERIFY(reader()->verticalScrollBar()->maximum() > 0);
        reader()->verticalScrollBar()->setValue(reader()->verticalScrollBar()->maximum());
        const int scrolled = reader()->verticalScrollBar()->value();

        QJsonObject data = service(id);
        data.insert(QStringLiteral("status"), QStringLiteral("limited"));
        data.insert(QStringLiteral("waiting_minutes"), 45);
        data.insert(QStringLiteral("status_note"), QStringLiteral("Un solo especialista hoy."));
        QVERIFY(m_demo.put(Collection::Services, id, data));
        m_section->refresh();

        QCOMPARE(m_section->currentId(), id);
        QVERIFY(reader()->toPlainText().contains(QStringLiteral("Un solo especialista hoy.")));
        QVERIFY(reader()->toPlainText().contains(
            ItemPresenter::serviceStatusText(QStringLiteral("limited"))));
        QCOMPARE(reader()->verticalScrollBar()->value(), scrolled);
        m_section->resize(1600, 900);
    }

    void aTopicButtonNarrowsTheList()
    {
        QString topic =
            service(m_section->model()->index(0, 0).data(ContentListModel::IdRole).toString())
                .value(QStringLiteral("topic"))
                .toString();
        auto *button =
            m_section->findChild<QPushButton *>(QStringLiteral("servicesTopic_") + topic);
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QAbstractItemModel *model = list()->model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < m_demo.store().count(Collection::Services));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0)
                         .data(ContentListModel::DataRole)
                         .toJsonObject()
                         .value(QStringLiteral("topic")),
                     topic);
    }

    void manyOfficesAreChosenFromAListNotAWallOfButtons()
    {
        // The demo has more offices than fit as buttons.
        auto *picker = m_section->findChild<QPushButton *>(QStringLiteral("servicesOfficeButton"));
        QVERIFY(picker && picker->isVisible());
        QVERIFY(!m_section->findChild<QWidget *>(QStringLiteral("servicesOffice"))->isVisible());
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        QTest::mouseClick(picker, Qt::LeftButton);
        QCOMPARE(m_section->depth(), 1);
        auto *choices = m_section->findChild<TouchList *>(QStringLiteral("servicesOfficeChoices"));
        QVERIFY(choices && choices->isVisible());
        QAbstractItemModelTester tester(choices->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // "All" first, then each office once, named without its address.
        const QModelIndex office = choices->model()->index(1, 0);
        const QString value = office.data(Qt::UserRole).toString();
        QVERIFY(value.contains(QLatin1Char(',')));
        QVERIFY(!office.data().toString().contains(QLatin1Char(',')));
        QTest::mouseClick(choices->viewport(), Qt::LeftButton, {},
                          choices->visualRect(office).center());
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(depth.count(), 2);
        QAbstractItemModel *model = list()->model();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0)
                         .data(ContentListModel::DataRole)
                         .toJsonObject()
                         .value(QStringLiteral("office")),
                     value);
        QVERIFY(picker->text().contains(office.data().toString()));
        m_section->reset();
        QCOMPARE(model->rowCount(), m_demo.store().count(Collection::Services));
    }
};

QTEST_MAIN(TestServicesSection)
#include "tst_servicessection.moc"
