#include "participatesection.h"

#include "complaintform.h"
#include "contentlistmodel.h"
#include "contentstore.h"
#include "formactions.h"
#include "forumtopicmodel.h"
#include "forumtopicview.h"
#include "itemdelegate.h"
#include "plainlabel.h"
#include "readabletext.h"
#include "receiptview.h"
#include "suggestionform.h"
#include "surveyform.h"
#include "surveylistmodel.h"
#include "surveyresultsview.h"
#include "touchlist.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

TouchList *touchList(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *list = new TouchList(parent);
    list->setObjectName(objectName);
    list->setModel(model);
    list->setItemDelegate(new ItemDelegate(list));
    return list;
}

} // namespace

ParticipateSection::ParticipateSection(const ViewContext &context, QWidget *parent)
    : Section(context, parent)
    , m_stack(new QStackedWidget(this))
    , m_complaint(new ComplaintForm(context, this))
    , m_suggestion(new SuggestionForm(context, this))
    , m_openSurveys(
          new SurveyListModel(context.store, context.clock, SurveyListModel::Kind::Open, this))
    , m_closedSurveys(
          new SurveyListModel(context.store, context.clock, SurveyListModel::Kind::Closed, this))
    , m_surveyForm(new SurveyForm(context, this))
    , m_surveyResults(new SurveyResultsView(context, this))
    , m_topics(new ForumTopicModel(context.store, this))
    , m_topic(new ForumTopicView(context, this))
    , m_receipt(new ReceiptView(context, this))
{
    setObjectName(QStringLiteral("participateSection"));
    // The order of Page.
    m_stack->addWidget(buildTiles());
    m_stack->addWidget(m_complaint);
    m_stack->addWidget(m_suggestion);
    m_stack->addWidget(buildSurveyList());
    m_stack->addWidget(m_surveyForm);
    m_stack->addWidget(m_surveyResults);
    m_stack->addWidget(buildForumList());
    m_stack->addWidget(m_topic);
    m_stack->addWidget(m_receipt);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_complaint, &ComplaintForm::stepChanged, this, &ParticipateSection::notifyDepth);
    connect(m_complaint, &ComplaintForm::leaveRequested, this, &ParticipateSection::toTiles);
    connect(m_suggestion, &SuggestionForm::leaveRequested, this, &ParticipateSection::toTiles);
    connect(m_surveyForm, &SurveyForm::leaveRequested, this, &ParticipateSection::goBack);
    connect(m_topic, &ForumTopicView::leaveRequested, this, &ParticipateSection::goBack);
    connect(m_complaint, &ComplaintForm::submitted, this, &ParticipateSection::showReceipt);
    connect(m_suggestion, &SuggestionForm::submitted, this, &ParticipateSection::showReceipt);
    connect(m_surveyForm, &SurveyForm::submitted, this, &ParticipateSection::showReceipt);
    connect(m_topic, &ForumTopicView::submitted, this, &ParticipateSection::showReceipt);
    connect(m_receipt, &ReceiptView::done, this, &ParticipateSection::toTiles);

    updateEmptyLists();
    retranslate();
    showPage(Tiles);
}

QWidget *ParticipateSection::buildTiles()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("participateTiles"));
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(24, 24, 24, 24);
    grid->setSpacing(24);
    const QStringList names{
        QStringLiteral("participateComplaint"), QStringLiteral("participateSuggestion"),
        QStringLiteral("participateSurveys"), QStringLiteral("participateForum")};
    const QList<Page> targets{Complaint, Suggestion, Surveys, Forum};
    for (int i = 0; i < names.size(); ++i) {
        // A button holding two labels: the action in large type, one line on what it is for.
        auto *tile = new QPushButton(page);
        tile->setObjectName(names.at(i));
        tile->setProperty("tile", true);
        tile->setMinimumHeight(200);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        auto *inside = new QVBoxLayout(tile);
        inside->setContentsMargins(24, 16, 24, 16);
        QLabel *title = new PlainLabel(names.at(i) + QStringLiteral("Title"), tile);
        QLabel *text = new PlainLabel(names.at(i) + QStringLiteral("Text"), tile);
        QFont font = title->font();
        font.setPixelSize(34);
        font.setBold(true);
        title->setFont(font);
        for (QLabel *label : {title, text}) {
            label->setAlignment(Qt::AlignCenter);
            label->setAttribute(Qt::WA_TransparentForMouseEvents);
        }
        inside->addStretch(1);
        inside->addWidget(title);
        inside->addWidget(text);
        inside->addStretch(1);
        m_tiles.append(tile);
        m_tileTexts.append(title);
        m_tileTexts.append(text);
        const Page target = targets.at(i);
        connect(tile, &QPushButton::clicked, this, [this, target] { showPage(target); });
        grid->addWidget(tile, i / 2, i % 2);
    }
    return page;
}

QWidget *ParticipateSection::buildSurveyList()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("surveyListPage"));
    m_surveysHeading = new PlainLabel(QStringLiteral("surveysHeading"), page);
    m_surveysHeading->setProperty("heading", true);
    m_openHeading = new PlainLabel(QStringLiteral("surveysOpenHeading"), page);
    m_openHeading->setProperty("subheading", true);
    m_closedHeading = new PlainLabel(QStringLiteral("surveysClosedHeading"), page);
    m_closedHeading->setProperty("subheading", true);
    QFont subheading = m_openHeading->font();
    subheading.setBold(true);
    m_openHeading->setFont(subheading);
    m_closedHeading->setFont(subheading);
    m_noOpenSurveys = new PlainLabel(QStringLiteral("surveysNoneOpen"), page);
    m_noClosedSurveys = new PlainLabel(QStringLiteral("surveysNoneClosed"), page);
    m_openSurveyList = touchList(QStringLiteral("surveyOpenList"), m_openSurveys, page);
    m_closedSurveyList = touchList(QStringLiteral("surveyClosedList"), m_closedSurveys, page);
    for (TouchList *list : {m_openSurveyList, m_closedSurveyList}) {
        connect(list, &QListView::activated, this, [this](const QModelIndex &index) {
            openSurvey(index.data(ContentListModel::IdRole).toString());
        });
    }
    m_surveysBack = FormActions::button(QStringLiteral("surveysBack"), page);
    connect(m_surveysBack, &QPushButton::clicked, this, &ParticipateSection::toTiles);

    auto *columns = new QHBoxLayout;
    auto *open = new QVBoxLayout;
    open->addWidget(m_openHeading);
    open->addWidget(m_noOpenSurveys);
    open->addWidget(m_openSurveyList, 1);
    auto *closed = new QVBoxLayout;
    closed->addWidget(m_closedHeading);
    closed->addWidget(m_noClosedSurveys);
    closed->addWidget(m_closedSurveyList, 1);
    columns->addLayout(open, 1);
    columns->addSpacing(24);
    columns->addLayout(closed, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_surveysHeading);
    layout->addLayout(columns, 1);
    layout->addWidget(m_surveysBack, 0, Qt::AlignLeft);
    return page;
}

QWidget *ParticipateSection::buildForumList()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("forumListPage"));
    m_forumHeading = new PlainLabel(QStringLiteral("forumHeading"), page);
    m_forumHeading->setProperty("heading", true);
    m_forumIntro = new PlainLabel(QStringLiteral("forumIntro"), page);
    m_noTopics = new PlainLabel(QStringLiteral("forumNoTopics"), page);
    m_topicList = touchList(QStringLiteral("forumTopics"), m_topics, page);
    connect(m_topicList, &QListView::activated, this, [this](const QModelIndex &index) {
        openTopic(index.data(ContentListModel::IdRole).toString());
    });
    m_forumBack = FormActions::button(QStringLiteral("forumBack"), page);
    connect(m_forumBack, &QPushButton::clicked, this, &ParticipateSection::toTiles);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_forumHeading);
    layout->addWidget(m_forumIntro);
    layout->addWidget(m_noTopics);
    layout->addWidget(m_topicList, 1);
    layout->addWidget(m_forumBack, 0, Qt::AlignLeft);
    return page;
}

ParticipateSection::Page ParticipateSection::page() const
{
    return Page(m_stack->currentIndex());
}

int ParticipateSection::depth() const
{
    switch (page()) {
    case Tiles:
        return 0;
    case Complaint:
        return m_complaint->depth();
    case SurveyAnswer:
    case SurveyResults:
    case ForumTopic:
        return 2;
    case Suggestion:
    case Surveys:
    case Forum:
    case Receipt:
        return 1;
    }
    return 0;
}

bool ParticipateSection::goBack()
{
    switch (page()) {
    case Tiles:
        return false;
    case Complaint:
        if (!m_complaint->goBack())
            toTiles();
        return true;
    case SurveyAnswer:
    case SurveyResults:
        m_surveyForm->clear();
        m_surveyResults->clear();
        showPage(Surveys);
        return true;
    case ForumTopic:
        m_topic->clear();
        showPage(Forum);
        return true;
    case Suggestion:
    case Surveys:
    case Forum:
    case Receipt:
        toTiles();
        return true;
    }
    return false;
}

void ParticipateSection::toTiles()
{
    // Whatever was typed goes: the next person at the kiosk must not find it.
    m_complaint->clear();
    m_suggestion->clear();
    m_surveyForm->clear();
    m_surveyResults->clear();
    m_topic->clear();
    m_receipt->clear();
    showPage(Tiles);
}

void ParticipateSection::reset()
{
    toTiles();
    for (TouchList *list : {m_openSurveyList, m_closedSurveyList, m_topicList})
        list->resetPosition();
}

void ParticipateSection::refresh()
{
    m_openSurveys->refresh();
    m_closedSurveys->refresh();
    m_topics->refresh();
    m_complaint->refresh();
    m_surveyResults->refresh();
    m_topic->refresh();
    m_receipt->refresh();
    updateEmptyLists();
}

bool ParticipateSection::openItem(Collection collection, const QString &id)
{
    const ContentStore *store = context().store;
    if (!store)
        return false;
    switch (collection) {
    case Collection::Surveys: {
        const auto survey = store->item(Collection::Surveys, id);
        if (!survey)
            return false;
        toTiles();
        if (m_surveyResults->load(id)) {
            showPage(SurveyResults);
            return true;
        }
        if (m_surveyForm->load(id)) {
            showPage(SurveyAnswer);
            return true;
        }
        return false;
    }
    case Collection::ForumPosts: {
        const auto post = store->item(Collection::ForumPosts, id);
        return post && openItem(Collection::ForumTopics, post->category);
    }
    case Collection::ForumTopics:
        if (!store->item(Collection::ForumTopics, id))
            return false;
        toTiles();
        openTopic(id);
        return true;
    case Collection::Categories:
        toTiles();
        if (!m_complaint->startWith(id))
            return false;
        showPage(Complaint);
        return true;
    default:
        return false;
    }
}

void ParticipateSection::openSurvey(const QString &id)
{
    if (m_surveyResults->load(id))
        showPage(SurveyResults);
    else if (m_surveyForm->load(id))
        showPage(SurveyAnswer);
}

void ParticipateSection::openTopic(const QString &id)
{
    if (m_topic->load(id))
        showPage(ForumTopic);
}

void ParticipateSection::showReceipt(const QString &receipt)
{
    // What was sent is in the outbox now; the form forgets it at once.
    m_complaint->clear();
    m_suggestion->clear();
    m_surveyForm->clear();
    m_topic->clear();
    m_receipt->showReceipt(receipt);
    showPage(Receipt);
}

void ParticipateSection::showPage(Page target)
{
    m_stack->setCurrentIndex(target);
    notifyDepth();
}

void ParticipateSection::notifyDepth()
{
    if (depth() == m_lastDepth)
        return;
    m_lastDepth = depth();
    emit depthChanged();
}

void ParticipateSection::updateEmptyLists()
{
    m_noOpenSurveys->setVisible(m_openSurveys->rowCount() == 0);
    m_openSurveyList->setVisible(m_openSurveys->rowCount() > 0);
    m_noClosedSurveys->setVisible(m_closedSurveys->rowCount() == 0);
    m_closedSurveyList->setVisible(m_closedSurveys->rowCount() > 0);
    m_noTopics->setVisible(m_topics->rowCount() == 0);
    m_topicList->setVisible(m_topics->rowCount() > 0);
}

void ParticipateSection::retranslate()
{
    const QStringList texts{
        tr("Report a problem"),
        tr("Streetlights, water, rubbish, noise: tell the municipality what is wrong."),
        tr("Make a suggestion"),
        tr("An idea to improve the municipality or its services."),
        tr("Surveys"),
        tr("Give your opinion, and see the results of past surveys."),
        tr("Forum"),
        tr("Read what neighbours say about local topics, and join in."),
    };
    for (int i = 0; i < m_tileTexts.size() && i < texts.size(); ++i)
        m_tileTexts.at(i)->setText(texts.at(i));
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setAccessibleName(texts.value(i * 2));
    m_surveysHeading->setText(tr("Surveys"));
    m_openHeading->setText(tr("Open now: give your opinion"));
    m_closedHeading->setText(tr("Results of closed surveys"));
    m_noOpenSurveys->setText(tr("There is no open survey at the moment."));
    m_noClosedSurveys->setText(tr("No results have been published yet."));
    m_forumHeading->setText(tr("Forum"));
    m_forumIntro->setText(tr("Topics the municipality opened for discussion. Touch one to read "
                             "what neighbours said and to add your opinion."));
    m_noTopics->setText(tr("There are no forum topics at the moment."));
    for (QPushButton *button : {m_surveysBack, m_forumBack})
        button->setText(QStringLiteral("\u25c0 ") + tr("Back"));
    // The list models' second lines are worded in the language on screen.
    m_openSurveys->refresh();
    m_closedSurveys->refresh();
    m_topics->refresh();
}

QString ParticipateSection::readableText() const
{
    // A form reads its step's questions and instructions; what was typed or chosen stays
    // unsaid (ReadableText::screenText leaves answers out).
    QStringList parts;
    if (page() == Tiles)
        parts.append(tr("Take part"));
    parts += ReadableText::screenText(m_stack->currentWidget());
    return ReadableText::join(parts);
}
