#pragma once

#include "section.h"

class ComplaintForm;
class ForumTopicModel;
class ForumTopicView;
class QLabel;
class QPushButton;
class QStackedWidget;
class ReceiptView;
class SuggestionForm;
class SurveyForm;
class SurveyListModel;
class SurveyResultsView;
class TouchList;

// Participate: report a problem, make a suggestion, answer a survey (or see a closed one's
// results), take part in the forum. Every Send queues to the outbox and ends on a receipt.
class ParticipateSection final : public Section
{
    Q_OBJECT

public:
    explicit ParticipateSection(const ViewContext &context, QWidget *parent = nullptr);

    int depth() const override;
    bool goBack() override;
    void reset() override;
    void refresh() override;
    bool openItem(Collection collection, const QString &id) override;
    QString readableText() const override;

protected:
    void retranslate() override;

private:
    enum Page
    {
        Tiles,
        Complaint,
        Suggestion,
        Surveys,
        SurveyAnswer,
        SurveyResults,
        Forum,
        ForumTopic,
        Receipt,
    };

    QWidget *buildTiles();
    QWidget *buildSurveyList();
    QWidget *buildForumList();
    Page page() const;
    void showPage(Page page);
    void toTiles();
    void openSurvey(const QString &id);
    void openTopic(const QString &id);
    void showReceipt(const QString &receipt);
    void updateEmptyLists();
    void notifyDepth();

    QStackedWidget *m_stack;
    QList<QPushButton *> m_tiles;
    QList<QLabel *> m_tileTexts;
    ComplaintForm *m_complaint;
    SuggestionForm *m_suggestion;
    SurveyListModel *m_openSurveys;
    SurveyListModel *m_closedSurveys;
    TouchList *m_openSurveyList;
    TouchList *m_closedSurveyList;
    QLabel *m_surveysHeading;
    QLabel *m_openHeading;
    QLabel *m_closedHeading;
    QLabel *m_noOpenSurveys;
    QLabel *m_noClosedSurveys;
    SurveyForm *m_surveyForm;
    SurveyResultsView *m_surveyResults;
    ForumTopicModel *m_topics;
    TouchList *m_topicList;
    QLabel *m_forumHeading;
    QLabel *m_forumIntro;
    QLabel *m_noTopics;
    ForumTopicView *m_topic;
    ReceiptView *m_receipt;
    QPushButton *m_surveysBack;
    QPushButton *m_forumBack;
    int m_lastDepth = 0;
};
