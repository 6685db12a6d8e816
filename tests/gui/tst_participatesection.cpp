#include "complaintplacemodel.h"
#include "contentlistmodel.h"
#include "contentstore.h"
#include "democache.h"
#include "forumtopicmodel.h"
#include "outboxstore.h"
#include "outboxwriter.h"
#include "participatesection.h"
#include "surveylistmodel.h"
#include "takehomelink.h"
#include "takehomepanel.h"
#include "touchlist.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QCollator>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimeZone>
#include <QtTest>
#include <memory>

namespace {

const QUrl kPublicBase(QStringLiteral("https://www.riohondo.gob.example/"));
// Río Hondo's clock on the demo day, with the municipality's offset, so the test means the
// same on a build machine in any zone.
const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600));
const QString kOpenSurvey = QStringLiteral("encuesta-calidad-servicios-2026");
const QString kClosedSurvey = QStringLiteral("encuesta-verano-cultural-2026");
const QString kRiverTopic = QStringLiteral("forum-limpieza-ribera-rio-hondo");

QJsonObject payloadOf(const OutboxStore::Item &item)
{
    return QJsonDocument::fromJson(item.body)
        .object()
        .value(QLatin1StringView("payload"))
        .toObject();
}

} // namespace

// Participate over the demo municipality's real cache and a real outbox file, driven by touch
// through objectNames.
class TestParticipateSection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboxWriter> m_writer;
    std::unique_ptr<ParticipateSection> m_section;

    ViewContext context(bool withOutbox = true)
    {
        ViewContext context;
        context.store = &m_demo->store();
        context.cacheDb = &m_demo->database();
        context.clock = m_clock.get();
        context.outbox = withOutbox ? m_writer.get() : nullptr;
        context.publicBase = kPublicBase;
        return context;
    }

    void makeSection(bool withOutbox = true)
    {
        m_section = std::make_unique<ParticipateSection>(context(withOutbox));
        m_section->resize(1280, 800);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
    }

    template<class T = QWidget> T *child(const QString &name) const
    {
        return m_section->findChild<T *>(name);
    }

    // A person scrolls a long form to what they want to touch.
    static void scrollTo(QWidget *widget)
    {
        for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(parent)) {
                area->ensureWidgetVisible(widget);
                return;
            }
        }
    }

    // A touch on a visible button: what a person can see is all they can press.
    void click(const QString &name)
    {
        auto *button = child<QAbstractButton>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isVisible(), qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name));
        scrollTo(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void type(const QString &name, const QString &text)
    {
        QWidget *editor = child(name);
        QVERIFY2(editor && editor->isVisible(), qPrintable(name));
        scrollTo(editor);
        editor->setFocus();
        // keyClicks takes ASCII only; accented letters come as the key events a keyboard sends.
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(editor, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
        }
    }

    void tap(TouchList *view, int row)
    {
        QVERIFY(view && view->isVisible());
        const QModelIndex index = view->model()->index(row, 0);
        QVERIFY(index.isValid());
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    void tapId(const QString &listName, const QString &id)
    {
        auto *list = child<TouchList>(listName);
        QVERIFY2(list, qPrintable(listName));
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data(ContentListModel::IdRole).toString() == id)
                return tap(list, row);
        }
        QFAIL(qPrintable(QStringLiteral("%1 not in %2").arg(id, listName)));
    }

    QString problemOf(const QString &fieldName) const
    {
        auto *label = child<QLabel>(fieldName + QStringLiteral("_problem"));
        return label && label->isVisible() ? label->text() : QString();
    }

    QList<OutboxStore::Item> pending() const
    {
        return m_outbox->items(OutboxStore::State::Pending);
    }

    // Street lighting, by touch, up to the contact step.
    void fillLightingComplaint()
    {
        click(QStringLiteral("participateComplaint"));
        QCOMPARE(m_section->depth(), 1);
        click(QStringLiteral("complaintCategory_alumbrado-publico"));
        QCOMPARE(m_section->depth(), 2);
        click(QStringLiteral("attribute_tipo_averia_apagada"));
        type(QStringLiteral("attribute_numero_poste"), QStringLiteral("P-1187"));
        click(QStringLiteral("attribute_luminarias_afectadas_plus"));
        click(QStringLiteral("attribute_luminarias_afectadas_plus"));
        click(QStringLiteral("attribute_luminarias_afectadas_plus"));
        type(QStringLiteral("complaintDescription"),
             QStringLiteral("Tres luminarias apagadas desde hace una semana; la cuadra queda "
                            "a oscuras."));
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<DemoCache>();
        QVERIFY2(m_demo->open(), qPrintable(m_demo->error()));
        m_clock = std::make_unique<FixedClock>(kNow);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_outbox = std::make_unique<OutboxStore>();
        QString error;
        QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.sqlite")), &error),
                 qPrintable(error));
        m_writer = std::make_unique<OutboxWriter>(*m_outbox, *m_clock);
        makeSection();
    }

    void cleanup()
    {
        m_section.reset();
        m_writer.reset();
        m_outbox.reset();
        m_dir.reset();
    }

    void theModelsAreSoundAndFilledFromTheCache()
    {
        ContentStore &store = m_demo->store();
        SurveyListModel open(&store, m_clock.get(), SurveyListModel::Kind::Open);
        SurveyListModel closed(&store, m_clock.get(), SurveyListModel::Kind::Closed);
        ForumTopicModel topics(&store);
        ComplaintPlaceModel places(&store);
        QAbstractItemModelTester openTester(&open,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester closedTester(
            &closed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester topicTester(
            &topics, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester placeTester(
            &places, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(open.rowCount(), 2);
        QVERIFY(open.rowOf(kOpenSurvey) >= 0);
        QCOMPARE(closed.rowCount(), 1);
        QCOMPARE(closed.rowOf(kClosedSurvey), 0);
        QCOMPARE(topics.rowCount(), 4);
        // Newest first: the Wi-Fi topic was opened last.
        QCOMPARE(topics.index(0).data(ContentListModel::IdRole).toString(),
                 QStringLiteral("forum-zonas-wifi-parques"));
        QCOMPARE(topics.postCount(kRiverTopic), 3);

        // Every event place and every service office, once each, in order.
        QSet<QString> expected;
        for (const ContentItem &event : store.list(Collection::Events))
            expected.insert(event.data.value(QLatin1StringView("place")).toString().simplified());
        for (const ContentItem &service : store.list(Collection::Services))
            expected.insert(
                service.data.value(QLatin1StringView("office")).toString().simplified());
        expected.remove(QString());
        const QStringList list = places.places();
        QCOMPARE(QSet<QString>(list.cbegin(), list.cend()), expected);
        QCOMPARE(list.size(), expected.size());
        QCollator collator(QLocale(QLocale::Spanish));
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY2(collator.compare(list.at(i - 1), list.at(i)) <= 0, qPrintable(list.at(i)));

        // A survey that opens tomorrow is not offered yet; one closing today still is.
        QJsonObject later = store.item(Collection::Surveys, kOpenSurvey)->data;
        later.insert(QStringLiteral("opens_at"), QStringLiteral("2026-11-29T08:00:00-05:00"));
        QVERIFY2(m_demo->put(Collection::Surveys, QStringLiteral("encuesta-manana"), later),
                 qPrintable(m_demo->error()));
        QJsonObject today = later;
        today.insert(QStringLiteral("opens_at"), QStringLiteral("2026-11-01T08:00:00-05:00"));
        today.insert(QStringLiteral("closes_at"), QStringLiteral("2026-11-28T18:00:00-05:00"));
        QVERIFY(m_demo->put(Collection::Surveys, QStringLiteral("encuesta-hoy"), today));
        open.refresh();
        QCOMPARE(open.rowOf(QStringLiteral("encuesta-manana")), -1);
        QVERIFY(open.rowOf(QStringLiteral("encuesta-hoy")) >= 0);
        QVERIFY(m_demo->remove(Collection::Surveys, QStringLiteral("encuesta-manana")));
        QVERIFY(m_demo->remove(Collection::Surveys, QStringLiteral("encuesta-hoy")));
    }

    void startsOnFourTiles()
    {
        QCOMPARE(m_section->objectName(), QStringLiteral("participateSection"));
        QCOMPARE(m_section->depth(), 0);
        QVERIFY(!m_section->goBack());
        for (const QString &name :
             {QStringLiteral("participateComplaint"), QStringLiteral("participateSuggestion"),
              QStringLiteral("participateSurveys"), QStringLiteral("participateForum")}) {
            auto *tile = child<QAbstractButton>(name);
            QVERIFY2(tile && tile->isVisible(), qPrintable(name));
            QVERIFY(tile->height() >= 60);
            auto *text = child<QLabel>(name + QStringLiteral("Text"));
            QVERIFY(text && !text->text().isEmpty());
        }
    }

    void aComplaintByTouchEndsOnItsReceipt()
    {
        fillLightingComplaint();
        QVERIFY(child(QStringLiteral("complaintPublicNote"))->isVisible());

        // The place from the list, as the cache has it, on a page of its own.
        click(QStringLiteral("complaintChoosePlace"));
        QCOMPARE(m_section->depth(), 3);
        auto *places = child<TouchList>(QStringLiteral("complaintPlaces"));
        const QString place = places->model()->index(2, 0).data().toString();
        QVERIFY(!place.isEmpty());
        tap(places, 2);
        QCOMPARE(m_section->depth(), 2);
        QCOMPARE(child<QLineEdit>(QStringLiteral("complaintLocation"))->text(), place);

        click(QStringLiteral("complaintNext"));
        QCOMPARE(m_section->depth(), 3); // contact: left empty
        for (const QString &name : {QStringLiteral("contactName"), QStringLiteral("contactPhone"),
                                    QStringLiteral("contactEmail")}) {
            const auto hints = child<QLineEdit>(name)->inputMethodHints();
            QVERIFY(hints.testFlag(Qt::ImhSensitiveData));
            QVERIFY(hints.testFlag(Qt::ImhNoPredictiveText));
        }
        click(QStringLiteral("complaintNext"));
        QCOMPARE(m_section->depth(), 4);
        const QString review = child<QLabel>(QStringLiteral("complaintReview"))->text();
        QVERIFY2(review.contains(QStringLiteral("Tres luminarias")), qPrintable(review));
        QVERIFY2(review.contains(place), qPrintable(review));
        QVERIFY(pending().isEmpty());

        click(QStringLiteral("complaintSend"));
        const QList<OutboxStore::Item> items = pending();
        QCOMPARE(items.size(), 1);
        const OutboxStore::Item item = items.first();
        QCOMPARE(item.type, QStringLiteral("complaint"));
        QCOMPARE(item.summary, QStringLiteral("Complaint: Alumbrado público"));
        const QJsonObject payload = payloadOf(item);
        QCOMPARE(payload.value(QLatin1StringView("category")).toString(),
                 QStringLiteral("alumbrado-publico"));
        QCOMPARE(payload.value(QLatin1StringView("description")).toString(),
                 QStringLiteral("Tres luminarias apagadas desde hace una semana; la cuadra queda "
                                "a oscuras."));
        QCOMPARE(payload.value(QLatin1StringView("location")).toString(), place);
        const QJsonObject expectedAttributes{
            {QStringLiteral("tipo_averia"), QStringLiteral("apagada")},
            {QStringLiteral("numero_poste"), QStringLiteral("P-1187")},
            {QStringLiteral("luminarias_afectadas"), 3}};
        QCOMPARE(payload.value(QLatin1StringView("attributes")).toObject(), expectedAttributes);
        QVERIFY(!payload.contains(QLatin1StringView("contact")));
        QVERIFY(payload.value(QLatin1StringView("consent")) != QJsonValue(true));

        // The receipt, and a code that carries it.
        auto *receipt = child(QStringLiteral("receiptView"));
        QVERIFY(receipt->isVisible());
        QCOMPARE(m_section->depth(), 1);
        QCOMPARE(child<QLabel>(QStringLiteral("receiptNumber"))->text(), item.receipt);
        auto *takeHome = receipt->findChild<TakeHomePanel *>();
        QVERIFY(takeHome->isVisible());
        QCOMPARE(takeHome->payload(), item.receipt);
        QVERIFY(!child(QStringLiteral("receiptReference"))->isVisible());
        // The form forgot what was sent.
        QVERIFY(
            child<QPlainTextEdit>(QStringLiteral("complaintDescription"))->toPlainText().isEmpty());

        // Uploaded: the reference replaces the promise, and the code links to its tracking page.
        QString error;
        QVERIFY2(m_outbox->markSent(item.localId, QStringLiteral("MUN-2026-000777"),
                                    QStringLiteral("received"), &error),
                 qPrintable(error));
        m_section->refresh();
        auto *reference = child<QLabel>(QStringLiteral("receiptReference"));
        QVERIFY(reference->isVisible());
        QVERIFY2(reference->text().contains(QStringLiteral("MUN-2026-000777")),
                 qPrintable(reference->text()));
        QCOMPARE(takeHome->payload(),
                 QString::fromUtf8(
                     TakeHomeLink::forReceipt(kPublicBase, QStringLiteral("MUN-2026-000777"))
                         .toEncoded()));
        QCOMPARE(receipt->property("state").toString(), QStringLiteral("sent"));

        click(QStringLiteral("receiptDone"));
        QCOMPARE(m_section->depth(), 0);
        QVERIFY(child(QStringLiteral("participateComplaint"))->isVisible());
    }

    void aMissingRequiredAnswerBlocksTheComplaint()
    {
        click(QStringLiteral("participateComplaint"));
        click(QStringLiteral("complaintCategory_ruido-convivencia"));
        click(QStringLiteral("attribute_fuente_musica-alta"));
        type(QStringLiteral("complaintDescription"), QStringLiteral("Música muy alta de noche."));
        click(QStringLiteral("complaintNext"));
        // fecha_hora is required and empty: the form stays, says so next to it, queues nothing.
        QCOMPARE(m_section->depth(), 2);
        QVERIFY(!problemOf(QStringLiteral("attribute_fecha_hora")).isEmpty());
        QVERIFY(problemOf(QStringLiteral("attribute_fuente")).isEmpty());
        QVERIFY(child(QStringLiteral("complaintProblem"))->isVisible());
        QVERIFY(pending().isEmpty());

        // A day without the hour is not a moment yet.
        click(QStringLiteral("attribute_fecha_hora_yesterday"));
        QVERIFY(problemOf(QStringLiteral("attribute_fecha_hora")).isEmpty()); // answering clears it
        click(QStringLiteral("complaintNext"));
        QCOMPARE(m_section->depth(), 2);
        QVERIFY(!problemOf(QStringLiteral("attribute_fecha_hora")).isEmpty());

        click(QStringLiteral("attribute_fecha_hora_hour_23"));
        click(QStringLiteral("complaintNext"));
        QCOMPARE(m_section->depth(), 3);
        click(QStringLiteral("complaintNext"));
        click(QStringLiteral("complaintSend"));
        QCOMPARE(pending().size(), 1);
        const QJsonObject attributes =
            payloadOf(pending().first()).value(QLatin1StringView("attributes")).toObject();
        QCOMPARE(attributes.value(QLatin1StringView("fuente")).toArray(),
                 QJsonArray{QStringLiteral("musica-alta")});
        const QDateTime when = QDateTime::fromString(
            attributes.value(QLatin1StringView("fecha_hora")).toString(), Qt::ISODate);
        QVERIFY(when.isValid());
        // Río Hondo's 23:00, whatever the zone of the machine running the test.
        QCOMPARE(when.offsetFromUtc(), kNow.offsetFromUtc());
        QCOMPARE(when.date(), kNow.date().addDays(-1));
        QCOMPARE(when.time(), QTime(23, 0));
    }

    void aContactWithoutConsentIsRefused()
    {
        fillLightingComplaint();
        click(QStringLiteral("complaintNext"));
        type(QStringLiteral("contactPhone"), QStringLiteral("52345678"));
        click(QStringLiteral("complaintNext"));
        QCOMPARE(m_section->depth(), 3);
        QVERIFY(!problemOf(QStringLiteral("contact")).isEmpty());
        QVERIFY(pending().isEmpty());

        click(QStringLiteral("contactConsent"));
        QVERIFY(problemOf(QStringLiteral("contact")).isEmpty());
        click(QStringLiteral("complaintNext"));
        QCOMPARE(m_section->depth(), 4);
        click(QStringLiteral("complaintSend"));
        QCOMPARE(pending().size(), 1);
        const QJsonObject payload = payloadOf(pending().first());
        QCOMPARE(payload.value(QLatin1StringView("contact")).toObject(),
                 (QJsonObject{{QStringLiteral("phone"), QStringLiteral("52345678")}}));
        QCOMPARE(payload.value(QLatin1StringView("consent")), QJsonValue(true));
        // The clerk's summary names no one.
        QVERIFY(!pending().first().summary.contains(QStringLiteral("52345678")));
    }

    void backStepsThroughTheComplaintOneLevelAtATime()
    {
        QSignalSpy depthChanges(m_section.get(), &Section::depthChanged);
        fillLightingComplaint();
        click(QStringLiteral("complaintNext"));
        click(QStringLiteral("complaintNext"));
        QCOMPARE(m_section->depth(), 4);
        QCOMPARE(depthChanges.count(), 4);
        for (int expected = 3; expected >= 0; --expected) {
            QVERIFY(m_section->goBack());
            QCOMPARE(m_section->depth(), expected);
            QCOMPARE(depthChanges.count(), 4 + (4 - expected));
            if (expected == 2) // the answers survive a step back
                QCOMPARE(child<QLineEdit>(QStringLiteral("attribute_numero_poste"))->text(),
                         QStringLiteral("P-1187"));
        }
        QVERIFY(!m_section->goBack());
        // Leaving the form forgot it.
        QVERIFY(
            child<QPlainTextEdit>(QStringLiteral("complaintDescription"))->toPlainText().isEmpty());

        // The form's own Back button does the same.
        click(QStringLiteral("participateComplaint"));
        click(QStringLiteral("complaintBack"));
        QCOMPARE(m_section->depth(), 0);
    }

    void aSuggestionIsQueued()
    {
        click(QStringLiteral("participateSuggestion"));
        QCOMPARE(m_section->depth(), 1);
        click(QStringLiteral("suggestionSend"));
        QVERIFY(!problemOf(QStringLiteral("suggestionText")).isEmpty());
        QVERIFY(pending().isEmpty());

        type(QStringLiteral("suggestionText"),
             QStringLiteral("Poner bancos y sombra en la parada del policlínico."));
        click(QStringLiteral("suggestionTopic_transporte"));
        click(QStringLiteral("suggestionSend"));
        QCOMPARE(pending().size(), 1);
        QCOMPARE(pending().first().type, QStringLiteral("suggestion"));
        const QJsonObject payload = payloadOf(pending().first());
        QCOMPARE(
            payload,
            (QJsonObject{{QStringLiteral("text"),
                          QStringLiteral("Poner bancos y sombra en la parada del policlínico.")},
                         {QStringLiteral("topic"), QStringLiteral("transporte")}}));
        QVERIFY(child(QStringLiteral("receiptView"))->isVisible());
    }

    void aSurveyNeedsItsRequiredAnswers()
    {
        click(QStringLiteral("participateSurveys"));
        QCOMPARE(m_section->depth(), 1);
        QCOMPARE(child<TouchList>(QStringLiteral("surveyOpenList"))->model()->rowCount(), 2);
        tapId(QStringLiteral("surveyOpenList"), kOpenSurvey);
        QCOMPARE(m_section->depth(), 2);
        QVERIFY(child(QStringLiteral("surveyForm"))->isVisible());

        click(QStringLiteral("question_q1_registro-civil"));
        click(QStringLiteral("question_q2_4"));
        click(QStringLiteral("surveySend"));
        // q3 (a required scale) is unanswered: refused, said next to it, nothing queued.
        QVERIFY(!problemOf(QStringLiteral("question_q3")).isEmpty());
        QVERIFY(problemOf(QStringLiteral("question_q1")).isEmpty());
        QVERIFY(problemOf(QStringLiteral("question_q4")).isEmpty()); // optional
        QVERIFY(pending().isEmpty());
        QCOMPARE(m_section->depth(), 2);

        click(QStringLiteral("question_q3_5"));
        click(QStringLiteral("question_q5_horario"));
        click(QStringLiteral("question_q5_informacion"));
        type(QStringLiteral("question_q7"), QStringLiteral("Más personal en horario de la tarde."));
        click(QStringLiteral("surveySend"));
        QCOMPARE(pending().size(), 1);
        const OutboxStore::Item item = pending().first();
        QCOMPARE(item.type, QStringLiteral("survey_response"));
        QVERIFY(item.summary.contains(QStringLiteral("¿Cómo le atendieron?")));
        const QJsonObject expected{
            {QStringLiteral("survey"), kOpenSurvey},
            {QStringLiteral("answers"),
             QJsonObject{
                 {QStringLiteral("q1"), QStringLiteral("registro-civil")},
                 {QStringLiteral("q2"), 4},
                 {QStringLiteral("q3"), 5},
                 {QStringLiteral("q5"),
                  QJsonArray{QStringLiteral("horario"), QStringLiteral("informacion")}},
                 {QStringLiteral("q7"), QStringLiteral("Más personal en horario de la tarde.")}}}};
        QCOMPARE(payloadOf(item), expected);
        QVERIFY(child(QStringLiteral("receiptView"))->isVisible());
    }

    void aForumTopicShowsItsPostsAndTakesOne()
    {
        click(QStringLiteral("participateForum"));
        QCOMPARE(m_section->depth(), 1);
        tapId(QStringLiteral("forumTopics"), kRiverTopic);
        QCOMPARE(m_section->depth(), 2);

        // Approved posts of this topic only, oldest first, the anonymous one as such.
        auto *posts = child(QStringLiteral("forumPosts"));
        QVERIFY(posts && posts->isVisible());
        QStringList ids;
        for (QObject *object : posts->children()) {
            if (object->objectName().startsWith(QLatin1String("forumPost_")))
                ids << object->objectName().mid(10);
        }
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("post-demo-0005"), QStringLiteral("post-demo-0006"),
                              QStringLiteral("post-demo-0007")}));
        auto *anonymous = posts->findChild<QWidget *>(QStringLiteral("forumPost_post-demo-0006"));
        const QString byline =
            anonymous->findChild<QLabel *>(QStringLiteral("forumPostByline"))->text();
        QVERIFY2(byline.startsWith(QStringLiteral("Anonymous")), qPrintable(byline));
        QVERIFY(
            child<QLabel>(QStringLiteral("forumModerationNote"))
                ->text()
                .contains(QStringLiteral("A moderator reads every post before it is published.")));

        click(QStringLiteral("forumPostSend"));
        QVERIFY(!problemOf(QStringLiteral("forumPostBody")).isEmpty());
        QVERIFY(pending().isEmpty());
        type(QStringLiteral("forumPostBody"),
             QStringLiteral("Mi cuadra se suma el sábado; llevamos guantes y sacos."));
        type(QStringLiteral("forumPostAuthor"), QStringLiteral("Vecina de La Ceiba"));
        click(QStringLiteral("forumPostSend"));
        QCOMPARE(pending().size(), 1);
        QCOMPARE(pending().first().type, QStringLiteral("forum_post"));
        QCOMPARE(
            payloadOf(pending().first()),
            (QJsonObject{{QStringLiteral("topic"), kRiverTopic},
                         {QStringLiteral("body"),
                          QStringLiteral("Mi cuadra se suma el sábado; llevamos guantes y sacos.")},
                         {QStringLiteral("author"), QStringLiteral("Vecina de La Ceiba")}}));
        QVERIFY(child(QStringLiteral("receiptView"))->isVisible());
    }

    void aClosedSurveyShowsThePublishedCountsAsCharts()
    {
        QVERIFY(m_section->openItem(Collection::Surveys, kClosedSurvey));
        QCOMPARE(m_section->depth(), 2);
        QVERIFY(child(QStringLiteral("surveyResults"))->isVisible());
        const QJsonObject survey = m_demo->store().item(Collection::Surveys, kClosedSurvey)->data;
        const QJsonObject results = survey.value(QLatin1StringView("results"))
                                        .toObject()
                                        .value(QLatin1StringView("questions"))
                                        .toObject();
        int charts = 0;
        for (const QJsonValue &value : survey.value(QLatin1StringView("questions")).toArray()) {
            const QJsonObject question = value.toObject();
            const QString id = question.value(QLatin1StringView("id")).toString();
            const QString type = question.value(QLatin1StringView("type")).toString();
            const QJsonObject counts =
                results.value(id).toObject().value(QLatin1StringView("counts")).toObject();
            auto *view = child<QChartView>(QStringLiteral("resultsChart_") + id);
            if (type == QLatin1String("text")) {
                // How many answered, never what they wrote.
                QVERIFY(!view);
                const QString text = child<QLabel>(QStringLiteral("resultsText_") + id)->text();
                QVERIFY2(text.contains(QStringLiteral("96")), qPrintable(text));
                continue;
            }
            QVERIFY2(view && view->isVisible(), qPrintable(id));
            ++charts;
            QCOMPARE(view->chart()->series().size(), 1);
            QVERIFY(!view->chart()->legend()->isVisible());
            QCOMPARE(view->chart()->animationOptions(), QChart::NoAnimation);
            auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
            QVERIFY(series);
            QCOMPARE(bool(qobject_cast<QHorizontalBarSeries *>(series)),
                     type != QLatin1String("scale"));
            const QBarSet *set = series->barSets().first();
            QStringList keys;
            if (type == QLatin1String("scale")) {
                for (int v = question.value(QLatin1StringView("min")).toInt();
                     v <= question.value(QLatin1StringView("max")).toInt(); ++v)
                    keys << QString::number(v);
                const QString mean = child<QLabel>(QStringLiteral("resultsMean_") + id)->text();
                QVERIFY2(!mean.isEmpty(), qPrintable(id));
            } else {
                for (const QJsonValue &option :
                     question.value(QLatin1StringView("options")).toArray())
                    keys << option.toObject().value(QLatin1StringView("id")).toString();
            }
            QCOMPARE(set->count(), keys.size());
            for (int i = 0; i < keys.size(); ++i)
                QCOMPARE(int(set->at(i)), counts.value(keys.at(i)).toInt());
        }
        QCOMPARE(charts, 4);
        // The number of responses stands beside the charts.
        QVERIFY(child<QLabel>(QStringLiteral("resultsSummary"))
                    ->text()
                    .contains(QStringLiteral("287")));
        QVERIFY(m_section->goBack());
        QCOMPARE(m_section->depth(), 1);
    }

    void chartLabelsNeverTurnServerTextIntoMarkup()
    {
        QJsonObject survey = m_demo->store().item(Collection::Surveys, kClosedSurvey)->data;
        QJsonArray questions = survey.value(QLatin1StringView("questions")).toArray();
        QJsonObject first = questions.at(0).toObject();
        QJsonArray options = first.value(QLatin1StringView("options")).toArray();
        QJsonObject option = options.at(0).toObject();
        option.insert(QStringLiteral("text"),
                      QStringLiteral("<img src=\"file:///etc/passwd\"> & <b>"));
        options.replace(0, option);
        first.insert(QStringLiteral("options"), options);
        questions.replace(0, first);
        survey.insert(QStringLiteral("questions"), questions);
        QVERIFY2(m_demo->put(Collection::Surveys, QStringLiteral("encuesta-hostil"), survey),
                 qPrintable(m_demo->error()));
        QVERIFY(m_section->openItem(Collection::Surveys, QStringLiteral("encuesta-hostil")));
        auto *view = child<QChartView>(QStringLiteral("resultsChart_q1"));
        QBarCategoryAxis *axis = nullptr;
        for (QAbstractAxis *candidate : view->chart()->axes()) {
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(candidate))
                axis = categories;
        }
        QVERIFY(axis);
        const QString label = axis->categories().first();
        QVERIFY2(!label.contains(QStringLiteral("<img")), qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral("&lt;img")), qPrintable(label));
        QVERIFY(m_demo->remove(Collection::Surveys, QStringLiteral("encuesta-hostil")));
    }

    void openItemReachesSurveysTopicsAndCategories()
    {
        QVERIFY(m_section->openItem(Collection::Surveys, kOpenSurvey));
        QVERIFY(child(QStringLiteral("surveyForm"))->isVisible());
        QVERIFY(child(QStringLiteral("question_q1"))->isVisible());
        QCOMPARE(m_section->depth(), 2);

        QVERIFY(m_section->openItem(Collection::ForumTopics, kRiverTopic));
        QVERIFY(child(QStringLiteral("forumTopicView"))->isVisible());
        QCOMPARE(m_section->depth(), 2);
        QVERIFY(m_section->openItem(Collection::ForumPosts, QStringLiteral("post-demo-0001")));
        QCOMPARE(
            child<QLabel>(QStringLiteral("forumTopicTitle"))->text(),
            m_demo->store()
                .item(Collection::ForumTopics, QStringLiteral("forum-horario-omnibus-el-canaveral"))
                ->title);

        QVERIFY(m_section->openItem(Collection::Categories, QStringLiteral("agua-acueducto")));
        QCOMPARE(m_section->depth(), 2);
        QVERIFY(child(QStringLiteral("attribute_tipo_problema"))->isVisible());
        QVERIFY(m_section->goBack()); // to the choice of category
        QCOMPARE(m_section->depth(), 1);
        QVERIFY(child(QStringLiteral("complaintCategory_agua-acueducto"))->isVisible());

        QVERIFY(!m_section->openItem(Collection::Surveys, QStringLiteral("no-such-survey")));
        QVERIFY(!m_section->openItem(Collection::News, QStringLiteral("news-2026-0001")));
    }

    void withoutAnOutboxTheFormSaysSoAndKeepsTheText()
    {
        makeSection(false);
        click(QStringLiteral("participateSuggestion"));
        type(QStringLiteral("suggestionText"), QStringLiteral("Más árboles en el parque."));
        click(QStringLiteral("suggestionSend"));
        auto *problem = child<QLabel>(QStringLiteral("suggestionProblem"));
        QVERIFY(problem->isVisible() && !problem->text().isEmpty());
        QCOMPARE(m_section->depth(), 1);
        QVERIFY(!child(QStringLiteral("receiptView"))->isVisible());
        QCOMPARE(child<QPlainTextEdit>(QStringLiteral("suggestionText"))->toPlainText(),
                 QStringLiteral("Más árboles en el parque."));
        QVERIFY(pending().isEmpty());
    }

    void resetLeavesNothingOfWhatWasTyped_data()
    {
        QTest::addColumn<int>("setup");
        QTest::newRow("complaint under review") << 0;
        QTest::newRow("open survey") << 1;
        QTest::newRow("forum topic") << 2;
    }

    void resetLeavesNothingOfWhatWasTyped()
    {
        QFETCH(int, setup);
        const QString canary = QStringLiteral("kanario7@q");
        if (setup == 0)
            QVERIFY(m_section->openItem(Collection::Categories,
                                        QStringLiteral("servicios-comerciales")));
        else if (setup == 1)
            QVERIFY(m_section->openItem(Collection::Surveys, kOpenSurvey));
        else
            QVERIFY(m_section->openItem(Collection::ForumTopics, kRiverTopic));

        // Every text field of the section, shown or not.
        int fields = 0;
        for (QLineEdit *edit : m_section->findChildren<QLineEdit *>()) {
            edit->setText(canary);
            ++fields;
        }
        for (QPlainTextEdit *edit : m_section->findChildren<QPlainTextEdit *>()) {
            edit->setPlainText(canary);
            ++fields;
        }
        for (QTextEdit *edit : m_section->findChildren<QTextEdit *>()) {
            edit->setPlainText(canary);
            ++fields;
        }
        QVERIFY(fields >= 8);
        for (QAbstractButton *button : m_section->findChildren<QAbstractButton *>()) {
            if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button))
                button->setChecked(true);
        }
        if (setup == 0) { // on to the review, which repeats it all
            click(QStringLiteral("complaintNext"));
            click(QStringLiteral("complaintNext"));
            QCOMPARE(m_section->depth(), 4);
            QVERIFY(child<QLabel>(QStringLiteral("complaintReview"))->text().contains(canary));
        }

        m_section->reset();
        QCOMPARE(m_section->depth(), 0);
        QVERIFY(child(QStringLiteral("participateComplaint"))->isVisible());
        for (QLineEdit *edit : m_section->findChildren<QLineEdit *>())
            QVERIFY2(!edit->text().contains(canary), qPrintable(edit->objectName()));
        for (QPlainTextEdit *edit : m_section->findChildren<QPlainTextEdit *>())
            QVERIFY2(!edit->toPlainText().contains(canary), qPrintable(edit->objectName()));
        for (QTextEdit *edit : m_section->findChildren<QTextEdit *>())
            QVERIFY2(!edit->toPlainText().contains(canary), qPrintable(edit->objectName()));
        for (QLabel *label : m_section->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(canary), qPrintable(label->objectName()));
        for (QAbstractButton *button : m_section->findChildren<QAbstractButton *>()) {
            if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button))
                QVERIFY2(!button->isChecked(), qPrintable(button->objectName()));
        }
        QVERIFY(pending().isEmpty());
    }
};

QTEST_MAIN(TestParticipateSection)
#include "tst_participatesection.moc"
