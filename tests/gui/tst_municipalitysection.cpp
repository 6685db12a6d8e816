#include "chipbar.h"
#include "contentstore.h"
#include "democache.h"
#include "municipalitysection.h"
#include "pagelistmodel.h"
#include "projectlistmodel.h"
#include "safetextbrowser.h"
#include "takehomelink.h"
#include "takehomepanel.h"
#include "touchlist.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>
#include <memory>

namespace {

const QUrl kPublicBase(QStringLiteral("https://www.riohondo.gob.example/kiosco/"));
const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600));

QString payloadFor(Collection collection, const QString &id)
{
    return QString::fromUtf8(TakeHomeLink::forItem(kPublicBase, collection, id).toEncoded());
}

} // namespace

// The municipality's pages and projects over the demo municipality's real cache.
class TestMunicipalitySection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<MunicipalitySection> m_section;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    TouchList *pages() const
    {
        return m_section->findChild<TouchList *>(QStringLiteral("municipalityPages"));
    }
    TouchList *projects() const
    {
        return m_section->findChild<TouchList *>(QStringLiteral("projectsList"));
    }

    static QStringList ids(const QAbstractItemView *view)
    {
        QStringList result;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            result << view->model()->index(row, 0).data(ContentListModel::IdRole).toString();
        return result;
    }

    // The pages of these sections as the editors ordered them, read from the store.
    QStringList expectedPages(const QStringList &sections) const
    {
        QList<ContentItem> items;
        for (const ContentItem &item : m_demo->store().list(Collection::Pages)) {
            if (sections.contains(item.category))
                items << item;
        }
        std::stable_sort(
            items.begin(), items.end(), [&sections](const ContentItem &a, const ContentItem &b) {
                const auto key = [&sections](const ContentItem &item) {
                    return std::make_pair(sections.indexOf(item.category),
                                          item.data.value(QLatin1StringView("order")).toInt());
                };
                return key(a) < key(b);
            });
        QStringList result;
        for (const ContentItem &item : std::as_const(items))
            result << item.id;
        return result;
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
        QVERIFY(index.isValid());
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
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
        m_section = std::make_unique<MunicipalitySection>(context);
        m_section->resize(1280, 800);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
        for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(pages()),
                                        static_cast<QAbstractItemView *>(projects())})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanup()
    {
        m_testers.clear();
        m_section.reset();
        m_demo.reset();
    }

    void profileTabListsTheProfileInOrder()
    {
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(m_section->currentTab(), QStringLiteral("profile"));
        QVERIFY(pages()->isVisible());
        QVERIFY(!projects()->isVisible());
        QCOMPARE(ids(pages()), expectedPages({QStringLiteral("perfil")}));
        QCOMPARE(
            ids(pages()),
            (QStringList{QStringLiteral("page-historia"), QStringLiteral("page-geografia-economia"),
                         QStringLiteral("page-simbolos"), QStringLiteral("page-asamblea-municipal"),
                         QStringLiteral("page-consejo-administracion")}));
    }

    void officesTabListsOfficesThenContacts()
    {
        click(QStringLiteral("municipalityTabs_offices"));
        QCOMPARE(m_section->currentTab(), QStringLiteral("offices"));
        QVERIFY(pages()->isVisible());
        QCOMPARE(ids(pages()),
                 expectedPages({QStringLiteral("oficinas"), QStringLiteral("contactos")}));
        QCOMPARE(ids(pages()), (QStringList{QStringLiteral("page-oficinas-tramites"),
                                            QStringLiteral("page-oficinas-atencion"),
                                            QStringLiteral("page-contactos")}));
        // A page put later in a lower order goes before the others of its section.
        QVERIFY(m_demo->put(Collection::Pages, QStringLiteral("page-test-first-office"),
                            QJsonObject{{QStringLiteral("section"), QStringLiteral("oficinas")},
                                        {QStringLiteral("title"), QStringLiteral("Primera")},
                                        {QStringLiteral("body"), QStringLiteral("Texto.")},
                                        {QStringLiteral("order"), 0}}));
        m_section->refresh();
        QCOMPARE(ids(pages()).first(), QStringLiteral("page-test-first-office"));
        QCOMPARE(m_section->currentTab(), QStringLiteral("offices"));
    }

    void projectsTabShowsProgress()
    {
        click(QStringLiteral("municipalityTabs_projects"));
        QCOMPARE(m_section->currentTab(), QStringLiteral("projects"));
        QVERIFY(projects()->isVisible());
        QVERIFY(!pages()->isVisible());
        const QAbstractItemModel *model = projects()->model();
        QCOMPARE(model->rowCount(), m_demo->store().count(Collection::Projects));
        int lastRank = 0;
        const QStringList order{QStringLiteral("en-ejecucion"), QStringLiteral("planificado"),
                                QStringLiteral("terminado")};
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const auto item = m_demo->store().item(Collection::Projects,
                                                   index.data(ProjectListModel::IdRole).toString());
            QVERIFY(item);
            QCOMPARE(index.data(ProjectListModel::ProgressRole).toInt(),
                     item->data.value(QLatin1StringView("progress")).toInt());
            QCOMPARE(index.data(ProjectListModel::ResponsibleRole).toString(),
                     item->data.value(QLatin1StringView("responsible")).toString());
            QVERIFY(!index.data(ProjectListModel::StatusTextRole).toString().isEmpty());
            QVERIFY(index.data(ProjectListModel::SubtitleRole)
                        .toString()
                        .contains(index.data(ProjectListModel::StatusTextRole).toString()));
            // Under way first, then planned, then finished.
            const int rank = int(order.indexOf(item->category));
            QVERIFY(rank >= lastRank);
            lastRank = rank;
        }
        QCOMPARE(ProjectListModel::statusText(QStringLiteral("planificado")),
                 QStringLiteral("Planned"));
        QCOMPARE(ProjectListModel::statusText(QStringLiteral("en-ejecucion")),
                 QStringLiteral("Under way"));
        QCOMPARE(ProjectListModel::statusText(QStringLiteral("terminado")),
                 QStringLiteral("Finished"));
        QVERIFY(!projects()->grab().isNull()); // the delegate paints without failing
    }

    void tappingAPageOpensTheReader()
    {
        click(QStringLiteral("municipalityTabs_offices"));
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        tap(pages(), 2);
        QCOMPARE(m_section->depth(), 1);
        QCOMPARE(depth.count(), 1);
        QCOMPARE(m_section->openPageId(), QStringLiteral("page-contactos"));
        auto *reader = m_section->findChild<SafeTextBrowser *>(QStringLiteral("municipalityPage"));
        QVERIFY(reader->isVisible());
        const auto item = m_demo->store().item(Collection::Pages, QStringLiteral("page-contactos"));
        QVERIFY(reader->toPlainText().contains(item->title));
        const QString body = item->data.value(QLatin1StringView("body")).toString();
        QVERIFY(reader->toPlainText().contains(body.section(QLatin1Char('\n'), 0, 0).trimmed()));
        QCOMPARE(reader->resourceRequests(), 0);
        QCOMPARE(m_section->findChild<TakeHomePanel *>(QStringLiteral("municipalityPageTakeHome"))
                     ->payload(),
                 payloadFor(Collection::Pages, QStringLiteral("page-contactos")));

        QVERIFY(m_section->goBack());
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(depth.count(), 2);
        QCOMPARE(m_section->currentTab(), QStringLiteral("offices"));
        QVERIFY(pages()->isVisible());
        QVERIFY(!m_section->goBack());
    }

    void tappingAProjectOpensItsDetail()
    {
        click(QStringLiteral("municipalityTabs_projects"));
        const int row = int(ids(projects()).indexOf(QStringLiteral("proj-viviendas-la-vigia")));
        QVERIFY(row >= 0);
        tap(projects(), row);
        QCOMPARE(m_section->depth(), 1);
        QCOMPARE(m_section->openProjectId(), QStringLiteral("proj-viviendas-la-vigia"));
        auto *detail = m_section->findChild<QWidget *>(QStringLiteral("projectDetail"));
        QVERIFY(detail->isVisible());
        auto *progress = m_section->findChild<QProgressBar *>(QStringLiteral("projectProgress"));
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), 58);
        QCOMPARE(m_section->findChild<QLabel *>(QStringLiteral("projectTitle"))->text(),
                 QStringLiteral("Conjunto de 24 viviendas en el reparto La Vigía, Loma Azul"));
        QVERIFY(m_section->findChild<QLabel *>(QStringLiteral("projectStatus"))
                    ->text()
                    .contains(ProjectListModel::statusText(QStringLiteral("en-ejecucion"))));
        const QString text =
            m_section->findChild<SafeTextBrowser *>(QStringLiteral("projectText"))->toPlainText();
        QVERIFY(text.contains(
            QStringLiteral("Dirección Municipal de la Vivienda y Brigada Constructora Municipal")));
        QVERIFY(text.contains(QLocale().toString(QDate(2025, 11, 3), QLocale::LongFormat)));
        QVERIFY(text.contains(QLocale().toString(QDate(2027, 6, 30), QLocale::LongFormat)));
        QVERIFY(text.contains(QStringLiteral("madres con tres o más hijos")));
        QCOMPARE(
            m_section->findChild<TakeHomePanel *>(QStringLiteral("projectTakeHome"))->payload(),
            payloadFor(Collection::Projects, QStringLiteral("proj-viviendas-la-vigia")));
        QVERIFY(m_section->goBack());
        QVERIFY(projects()->isVisible());
    }

    void openItemFindsTheRightTab()
    {
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        QVERIFY(
            m_section->openItem(Collection::Projects, QStringLiteral("proj-panaderia-las-palmas")));
        QCOMPARE(m_section->currentTab(), QStringLiteral("projects"));
        QCOMPARE(m_section->depth(), 1);
        QCOMPARE(depth.count(), 1);
        QCOMPARE(m_section->findChild<QProgressBar *>(QStringLiteral("projectProgress"))->value(),
                 100);
        QVERIFY(m_section->goBack());
        QCOMPARE(m_section->depth(), 0);
        QVERIFY(projects()->isVisible());

        QVERIFY(m_section->openItem(Collection::Pages, QStringLiteral("page-oficinas-atencion")));
        QCOMPARE(m_section->currentTab(), QStringLiteral("offices"));
        QCOMPARE(m_section->openPageId(), QStringLiteral("page-oficinas-atencion"));
        QVERIFY(m_section->openProjectId().isEmpty());
        QVERIFY(m_section->openItem(Collection::Pages, QStringLiteral("page-simbolos")));
        QCOMPARE(m_section->currentTab(), QStringLiteral("profile"));
        QCOMPARE(m_section->depth(), 1);

        QVERIFY(!m_section->openItem(Collection::Pages, QStringLiteral("page-none")));
        QVERIFY(!m_section->openItem(Collection::News, QStringLiteral("page-simbolos")));
        QCOMPARE(m_section->openPageId(), QStringLiteral("page-simbolos"));
    }

    void refreshKeepsTheTabAndTheOpenItem()
    {
        QVERIFY(
            m_section->openItem(Collection::Projects, QStringLiteral("proj-viviendas-la-vigia")));
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        QJsonObject data =
            m_demo->store()
                .item(Collection::Projects, QStringLiteral("proj-viviendas-la-vigia"))
                ->data;
        data.insert(QStringLiteral("progress"), 63);
        QVERIFY(m_demo->put(Collection::Projects, QStringLiteral("proj-viviendas-la-vigia"), data));
        m_section->refresh();
        QCOMPARE(m_section->depth(), 1);
        QCOMPARE(depth.count(), 0);
        QCOMPARE(m_section->findChild<QProgressBar *>(QStringLiteral("projectProgress"))->value(),
                 63);
        const int row = int(ids(projects()).indexOf(QStringLiteral("proj-viviendas-la-vigia")));
        QCOMPARE(projects()->model()->index(row, 0).data(ProjectListModel::ProgressRole).toInt(),
                 63);

        QVERIFY(m_demo->remove(Collection::Projects, QStringLiteral("proj-viviendas-la-vigia")));
        m_section->refresh();
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(depth.count(), 1);
        QCOMPARE(m_section->currentTab(), QStringLiteral("projects"));
        QVERIFY(!ids(projects()).contains(QStringLiteral("proj-viviendas-la-vigia")));

        QVERIFY(m_section->openItem(Collection::Pages, QStringLiteral("page-historia")));
        QJsonObject page =
            m_demo->store().item(Collection::Pages, QStringLiteral("page-historia"))->data;
        page.insert(QStringLiteral("title"), QStringLiteral("Historia revisada"));
        QVERIFY(m_demo->put(Collection::Pages, QStringLiteral("page-historia"), page));
        m_section->refresh();
        QCOMPARE(m_section->openPageId(), QStringLiteral("page-historia"));
        QVERIFY(m_section->findChild<SafeTextBrowser *>(QStringLiteral("municipalityPage"))
                    ->toPlainText()
                    .contains(QStringLiteral("Historia revisada")));
        QVERIFY(m_demo->remove(Collection::Pages, QStringLiteral("page-historia")));
        m_section->refresh();
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(m_section->currentTab(), QStringLiteral("profile"));
    }

    void refreshKeepsTheScrollPosition()
    {
        click(QStringLiteral("municipalityTabs_projects"));
        m_section->resize(900, 300);
        QTRY_VERIFY(projects()->verticalScrollBar()->maximum() > 150);
        projects()->verticalScrollBar()->setValue(120);
        m_section->refresh();
        QCOMPARE(projects()->verticalScrollBar()->value(), 120);
    }

    void pageTextStaysText()
    {
        QVERIFY(m_demo->put(
            Collection::Pages, QStringLiteral("page-test-markup"),
            QJsonObject{{QStringLiteral("section"), QStringLiteral("perfil")},
                        {QStringLiteral("title"), QStringLiteral("<i>Título</i>")},
                        {QStringLiteral("body"),
                         QStringLiteral("<img src=\"file:///etc/passwd\">\n\n<b>negrita</b>")},
                        {QStringLiteral("order"), 9}}));
        m_section->refresh();
        QVERIFY(m_section->openItem(Collection::Pages, QStringLiteral("page-test-markup")));
        auto *reader = m_section->findChild<SafeTextBrowser *>(QStringLiteral("municipalityPage"));
        QVERIFY(reader->toPlainText().contains(QStringLiteral("<i>Título</i>")));
        QVERIFY(reader->toPlainText().contains(QStringLiteral("<img src=\"file:///etc/passwd\">")));
        QVERIFY(reader->toPlainText().contains(QStringLiteral("<b>negrita</b>")));
        QCOMPARE(reader->resourceRequests(), 0);
    }

    void resetRestoresTheFirstScreen()
    {
        QVERIFY(
            m_section->openItem(Collection::Projects, QStringLiteral("proj-reforestacion-ribera")));
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        m_section->reset();
        QCOMPARE(depth.count(), 1);
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(m_section->currentTab(), QStringLiteral("profile"));
        QVERIFY(m_section->openProjectId().isEmpty());
        QVERIFY(m_section->openPageId().isEmpty());
        QVERIFY(pages()->isVisible());
        QCOMPARE(pages()->verticalScrollBar()->value(), 0);
        QVERIFY(!pages()->currentIndex().isValid());
        QCOMPARE(ids(pages()), expectedPages({QStringLiteral("perfil")}));
        QVERIFY(
            !m_section->findChild<TakeHomePanel *>(QStringLiteral("projectTakeHome"))->isVisible());
    }

    void aLanguageSwitchKeepsThePlace()
    {
        QVERIFY(m_section->openItem(Collection::Projects,
                                    QStringLiteral("proj-minindustria-el-canaveral")));
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_section.get(), &change);
        QCOMPARE(depth.count(), 0);
        QCOMPARE(m_section->currentTab(), QStringLiteral("projects"));
        QCOMPARE(m_section->openProjectId(), QStringLiteral("proj-minindustria-el-canaveral"));
        QCOMPARE(m_section->findChild<QProgressBar *>(QStringLiteral("projectProgress"))->value(),
                 80);
    }

    void worksWithoutACache()
    {
        MunicipalitySection bare{ViewContext{}};
        bare.resize(800, 600);
        bare.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bare));
        auto *empty = bare.findChild<QLabel *>(QStringLiteral("municipalityEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->text().isEmpty());
        QTest::mouseClick(
            bare.findChild<QAbstractButton *>(QStringLiteral("municipalityTabs_projects")),
            Qt::LeftButton);
        QVERIFY(empty->isVisible());
        QVERIFY(!bare.openItem(Collection::Projects, QStringLiteral("proj-viviendas-la-vigia")));
        bare.refresh();
        bare.reset();
        QCOMPARE(bare.depth(), 0);
    }
};

QTEST_MAIN(TestMunicipalitySection)
#include "tst_municipalitysection.moc"
