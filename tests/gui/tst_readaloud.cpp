#include "browsesection.h"
#include "contentstore.h"
#include "democache.h"
#include "homesection.h"
#include "itempresenter.h"
#include "legalsection.h"
#include "municipalitysection.h"
#include "myrequestsection.h"
#include "newssection.h"
#include "noticeboardsection.h"
#include "outboxstore.h"
#include "outboxwriter.h"
#include "participatesection.h"
#include "readabletext.h"
#include "servicessection.h"
#include "touchlist.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <memory>

namespace {

const QString kCanary = QStringLiteral("Zqx7canary");

// Words from the middle of the first long line of a text: a piece of the body that markup,
// headings or a first word's emphasis cannot have changed.
QString pieceOf(const QString &body)
{
    const QStringList lines = body.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        if (words.size() >= 9)
            return words.mid(1, 6).join(QLatin1Char(' '));
    }
    return body.simplified().left(30);
}

QString field(const ContentItem &item, const char *key)
{
    return item.data.value(QLatin1StringView(key)).toString();
}

} // namespace

// What each section gives to be read aloud, over the demo municipality's real cache: an open
// item's title and text, a list's entries, a form's questions, and never what a person typed.
class TestReadAloud : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboxWriter> m_writer;

    ViewContext context() const
    {
        ViewContext context;
        context.store = &m_demo->store();
        context.cacheDb = &m_demo->database();
        context.clock = m_clock.get();
        context.outbox = m_writer.get();
        context.publicBase = QUrl(QStringLiteral("https://www.riohondo.gob.example/"));
        return context;
    }

    static void show(QWidget *section)
    {
        section->resize(1280, 800);
        section->show();
        QVERIFY(QTest::qWaitForWindowExposed(section));
    }

    ContentItem itemOf(Collection collection, int index = 0) const
    {
        const QList<ContentItem> items = m_demo->store().list(collection);
        const ContentItem light = items.value(index);
        return m_demo->store().item(collection, light.id).value_or(ContentItem{});
    }

    // The text of an open item: its title first, then its body, all plain.
    static void checkItem(const QString &text, const QString &title, const QString &body)
    {
        QVERIFY2(!title.isEmpty() && !body.isEmpty(), "the demo item has no title or body");
        QVERIFY2(!text.contains(QLatin1Char('<')), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("http")), qPrintable(text));
        const qsizetype titleAt = text.indexOf(title.simplified());
        const qsizetype bodyAt = text.indexOf(pieceOf(body));
        QVERIFY2(titleAt >= 0, qPrintable(title + QStringLiteral("\n---\n") + text.left(600)));
        QVERIFY2(bodyAt >= 0, qPrintable(pieceOf(body) + QStringLiteral("\n---\n") + text));
        QVERIFY(titleAt < bodyAt);
    }

    // A list's text names its entries, from the top.
    static void checkList(const QString &text, const QAbstractItemView *list)
    {
        QVERIFY(list && list->isVisible());
        const int rows = list->model()->rowCount();
        QVERIFY(rows > 0);
        QVERIFY2(!text.contains(QLatin1Char('<')), qPrintable(text));
        for (int row = 0; row < qMin(rows, 3); ++row) {
            const QString title = list->model()->index(row, 0).data().toString().simplified();
            QVERIFY2(text.contains(title), qPrintable(title + QStringLiteral("\n---\n") + text));
        }
        // No more than the first ten.
        if (rows > ReadableText::kListEntries) {
            const QString eleventh =
                list->model()->index(ReadableText::kListEntries, 0).data().toString();
            bool elsewhere = false;
            for (int row = 0; row < ReadableText::kListEntries; ++row)
                elsewhere |= list->model()->index(row, 0).data().toString().contains(eleventh);
            if (!elsewhere)
                QVERIFY(!text.contains(eleventh));
        }
    }

    static void type(QWidget *editor, const QString &text)
    {
        QVERIFY(editor && editor->isVisible());
        for (QWidget *up = editor->parentWidget(); up; up = up->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(up)) {
                area->ensureWidgetVisible(editor);
                break;
            }
        }
        editor->setFocus();
        QTest::keyClicks(editor, text);
    }

    static void click(QWidget *root, const QString &name)
    {
        auto *button = root->findChild<QAbstractButton *>(name);
        QVERIFY2(button && button->isVisible() && button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<DemoCache>();
        QVERIFY2(m_demo->open(), qPrintable(m_demo->error()));
        m_clock = std::make_unique<FixedClock>(
            QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600)));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_outbox = std::make_unique<OutboxStore>();
        QString error;
        QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.sqlite")), &error),
                 qPrintable(error));
        m_writer = std::make_unique<OutboxWriter>(*m_outbox, *m_clock);
    }

    void theCleaningLeavesPlainWords()
    {
        const QString text = ReadableText::join(
            {QStringLiteral("\u25cf Disponible \u00b7 Oficina de Trámites"),
             QStringLiteral("Más en https://www.riohondo.gob.example/tramites y www.example.org"),
             QString(), QStringLiteral("\u25c0 Volver"), QStringLiteral("¿Dónde está?")});
        QCOMPARE(text, QStringLiteral("Disponible, Oficina de Trámites.\nMás en y.\nVolver.\n"
                                      "¿Dónde está?"));
        QCOMPARE(ReadableText::fromHtml(QStringLiteral("<h1>Título</h1><p>Uno &lt;b&gt; "
                                                       "<b>dos</b></p>")),
                 QStringLiteral("Título.\nUno <b> dos."));
    }

    void homeNamesWhatIsOnIt()
    {
        HomeSection home(context());
        show(&home);
        const QString text = home.readableText();
        QVERIFY2(!text.contains(QLatin1Char('<')), qPrintable(text));
        const QList<ContentItem> news = m_demo->store().list(Collection::News);
        QVERIFY(text.contains(news.constLast().title)); // the newest highlight
        const QList<QAbstractButton *> services = home.findChildren<QAbstractButton *>(
            QRegularExpression(QStringLiteral("^homeService_")));
        QVERIFY(!services.isEmpty());
        const QString serviceId = services.first()->objectName().section(QLatin1Char('_'), 1);
        const auto service = m_demo->store().item(Collection::Services, serviceId);
        QVERIFY(service);
        QVERIFY(text.contains(service->title));
    }

    void newsReadsTheListThenTheItem()
    {
        NewsSection news(context());
        show(&news);
        checkList(news.readableText(), news.findChild<TouchList *>(QStringLiteral("newsList")));
        const ContentItem item = itemOf(Collection::News);
        QVERIFY(news.openItem(Collection::News, item.id));
        checkItem(news.readableText(), item.title, field(item, "body"));
        QVERIFY(news.goBack());
        checkList(news.readableText(), news.findChild<TouchList *>(QStringLiteral("newsList")));
    }

    void webAddressesAreNotRead()
    {
        ContentItem item = itemOf(Collection::News, 1);
        QJsonObject data = item.data;
        data.insert(QStringLiteral("body"),
                    QStringLiteral("Las bases completas están en https://www.riohondo.gob.example/"
                                   "bases?id=3&x=<b> y en la oficina de cultura del municipio."));
        QVERIFY(m_demo->put(Collection::News, item.id, data));
        NewsSection news(context());
        show(&news);
        QVERIFY(news.openItem(Collection::News, item.id));
        const QString text = news.readableText();
        QVERIFY2(!text.contains(QLatin1String("http")) &&
                     !text.contains(QLatin1String("riohondo.gob")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("y en la oficina de cultura")));
    }

    void servicesReadTheItemWithItsStatus()
    {
        ServicesSection services(context());
        show(&services);
        checkList(services.readableText(),
                  services.findChild<TouchList *>(QStringLiteral("servicesList")));
        const ContentItem item = itemOf(Collection::Services);
        QVERIFY(services.openItem(Collection::Services, item.id));
        const QString text = services.readableText();
        checkItem(text, item.title, field(item, "description"));
        QVERIFY(text.contains(ItemPresenter::serviceStatusText(field(item, "status"))));
        QVERIFY(!text.contains(QChar(0x25cf))); // the dot before the status is not spelled out
    }

    void noticeboardReadsAnEvent()
    {
        NoticeboardSection board(context());
        show(&board);
        checkList(board.readableText(), board.findChild<TouchList *>(QStringLiteral("eventsList")));
        const ContentItem item = itemOf(Collection::Events);
        QVERIFY(board.openItem(Collection::Events, item.id));
        checkItem(board.readableText(), item.title, field(item, "description"));
    }

    void legalReadsALawButNotTheSearch()
    {
        LegalSection legal(context());
        show(&legal);
        checkList(legal.readableText(), legal.findChild<TouchList *>(QStringLiteral("legalList")));
        const ContentItem item = itemOf(Collection::Legal);
        QVERIFY(legal.openItem(Collection::Legal, item.id));
        checkItem(legal.readableText(), item.title, field(item, "text"));
        QVERIFY(legal.goBack());

        // What was typed into the search box is not read out, even in "nothing found".
        type(legal.findChild<QLineEdit *>(QStringLiteral("legalSearchField")), kCanary);
        auto *message = legal.findChild<QLabel *>(QStringLiteral("legalMessage"));
        QTRY_VERIFY(message->isVisible() && message->text().contains(kCanary));
        const QString text = legal.readableText();
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(kCanary), qPrintable(text));
    }

    void municipalityReadsAPageAndAProject()
    {
        MunicipalitySection municipality(context());
        show(&municipality);
        checkList(municipality.readableText(),
                  municipality.findChild<TouchList *>(QStringLiteral("municipalityPages")));
        const ContentItem page = itemOf(Collection::Pages);
        QVERIFY(municipality.openItem(Collection::Pages, page.id));
        checkItem(municipality.readableText(), page.title, field(page, "body"));
        const ContentItem project = itemOf(Collection::Projects);
        QVERIFY(municipality.openItem(Collection::Projects, project.id));
        checkItem(municipality.readableText(), project.title, field(project, "description"));
        QVERIFY(municipality.goBack());
        checkList(municipality.readableText(),
                  municipality.findChild<TouchList *>(QStringLiteral("projectsList")));
    }

    void participateReadsASurveyAndATopicButNotTheAnswers()
    {
        ParticipateSection participate(context());
        show(&participate);
        QVERIFY(!participate.readableText().isEmpty()); // the four tiles

        const auto survey = m_demo->store().item(Collection::Surveys,
                                                 QStringLiteral("encuesta-calidad-servicios-2026"));
        QVERIFY(survey);
        QVERIFY(participate.openItem(Collection::Surveys, survey->id));
        type(participate.findChild<QWidget *>(QStringLiteral("question_q7")), kCanary);
        QString text = participate.readableText();
        checkItem(text, survey->title, field(*survey, "description"));
        QVERIFY2(!text.contains(kCanary), qPrintable(text));
        // The questions themselves are read.
        const QJsonObject first =
            survey->data.value(QLatin1StringView("questions")).toArray().first().toObject();
        QVERIFY(text.contains(first.value(QLatin1StringView("text")).toString().simplified()));

        const ContentItem topic = itemOf(Collection::ForumTopics);
        QVERIFY(participate.openItem(Collection::ForumTopics, topic.id));
        type(participate.findChild<QWidget *>(QStringLiteral("forumPostBody")), kCanary);
        text = participate.readableText();
        checkItem(text, topic.title, field(topic, "description"));
        QVERIFY2(!text.contains(kCanary), qPrintable(text));
    }

    void aComplaintIsNeverReadBack()
    {
        ParticipateSection participate(context());
        show(&participate);
        QVERIFY(participate.openItem(Collection::Categories, QStringLiteral("alumbrado-publico")));
        click(&participate, QStringLiteral("attribute_tipo_averia_apagada"));
        type(participate.findChild<QWidget *>(QStringLiteral("attribute_numero_poste")),
             kCanary + QStringLiteral("1"));
        type(participate.findChild<QWidget *>(QStringLiteral("complaintDescription")),
             kCanary + QStringLiteral("2 luminarias apagadas"));
        type(participate.findChild<QWidget *>(QStringLiteral("complaintLocation")),
             kCanary + QStringLiteral("3"));
        QString text = participate.readableText();
        QVERIFY2(!text.contains(kCanary), qPrintable(text));
        // The step's questions are read.
        const auto category =
            m_demo->store().item(Collection::Categories, QStringLiteral("alumbrado-publico"));
        QVERIFY(category);
        QVERIFY2(text.contains(category->title), qPrintable(text));
        QVERIFY(text.contains(
            participate.findChild<QLabel *>(QStringLiteral("complaintDescription_caption"))
                ->text()
                .simplified()));

        click(&participate, QStringLiteral("complaintNext"));
        auto *name = participate.findChild<QLineEdit *>(QStringLiteral("contactName"));
        type(name, kCanary + QStringLiteral("4"));
        text = participate.readableText();
        QVERIFY2(!text.contains(kCanary), qPrintable(text));
        QVERIFY(
            text.contains(participate.findChild<QLabel *>(QStringLiteral("complaintContactIntro"))
                              ->text()
                              .simplified()
                              .left(40)));
        name->clear();

        click(&participate, QStringLiteral("complaintNext"));
        auto *review = participate.findChild<QLabel *>(QStringLiteral("complaintReview"));
        QVERIFY(review->isVisible());
        QVERIFY(review->text().contains(kCanary)); // on screen for the person, as it should be
        text = participate.readableText();
        QVERIFY(text.contains(
            participate.findChild<QLabel *>(QStringLiteral("complaintReviewTitle"))->text()));
        QVERIFY2(!text.contains(kCanary), qPrintable(text));
    }

    void myRequestReadsTheAnswerNotTheNumber()
    {
        const QString note = QStringLiteral("Zqx7note: la brigada visitará su casa el martes.");
        QVERIFY2(m_demo->put(
                     Collection::Statuses, QStringLiteral("MUN-2026-000555"),
                     {{QStringLiteral("reference"), QStringLiteral("MUN-2026-000555")},
                      {QStringLiteral("status"), QStringLiteral("in-progress")},
                      {QStringLiteral("note"), note},
                      {QStringLiteral("updated_at"), QStringLiteral("2026-11-27T15:30:00-05:00")}}),
                 qPrintable(m_demo->error()));
        MyRequestSection request(context());
        show(&request);
        QVERIFY(!request.readableText().isEmpty()); // what to do here
        QVERIFY(request.openItem(Collection::Statuses, QStringLiteral("MUN-2026-000555")));
        QVERIFY(request.findChild<QLabel *>(QStringLiteral("requestHeadline"))->isVisible());
        const QString text = request.readableText();
        QVERIFY2(text.contains(MyRequestSection::statusText(QStringLiteral("in-progress"))),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("MUN-2026-000555")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Zqx7note")), qPrintable(text));
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
