#pragma once

#include "viewcontext.h"

#include <QWidget>

class ChoiceField;
class FormActions;
class FormFieldContact;
class FormFieldPage;
class FormFieldText;
class QLabel;

// "Make a suggestion": an idea in the person's own words, what it is about if they like, and
// an optional way to be contacted, on one page.
class SuggestionForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionForm(const ViewContext &context, QWidget *parent = nullptr);

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

    ViewContext m_context;
    FormFieldPage *m_page;
    QLabel *m_title;
    QLabel *m_intro;
    FormFieldText *m_text;
    ChoiceField *m_topic;
    QLabel *m_contactIntro;
    FormFieldContact *m_contact;
    FormActions *m_actions;
};
