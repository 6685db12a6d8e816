#pragma once

#include "viewcontext.h"

#include <QList>
#include <QWidget>

class FormActions;
class FormField;
class FormFieldPage;
class QLabel;
class QVBoxLayout;

// One open survey to answer: each question as the touch widget its type needs (named
// question_<id>), required ones marked, and Send.
class SurveyForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyForm(const ViewContext &context, QWidget *parent = nullptr);

    // Builds the form for a survey open now; false if there is no such survey.
    bool load(const QString &surveyId);
    QString surveyId() const { return m_surveyId; }
    // Every answer forgotten and the questions taken down.
    void clear();
    QJsonObject payload() const;

signals:
    void submitted(const QString &receipt);
    void leaveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void send();
    void clearQuestions();

    ViewContext m_context;
    QString m_surveyId;
    QString m_surveyTitle;
    FormFieldPage *m_page;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_note;
    QVBoxLayout *m_questionLayout;
    QList<FormField *> m_questions;
    FormActions *m_actions;
};
