#pragma once

#include "viewcontext.h"

#include <QWidget>

class FormFieldPage;
class FormFieldText;
class QLabel;
class QPushButton;
class QVBoxLayout;

// One forum topic: what it is about, the posts a moderator approved (oldest first), and a form
// to add one, which goes to moderation through the outbox.
class ForumTopicView final : public QWidget
{
    Q_OBJECT

public:
    explicit ForumTopicView(const ViewContext &context, QWidget *parent = nullptr);

    bool load(const QString &topicId);
    QString topicId() const { return m_topicId; }
    // The topic taken down and the form emptied.
    void clear();
    // New posts from a sync, without losing the person's place or what they are typing.
    void refresh();
    QJsonObject payload() const;

signals:
    void submitted(const QString &receipt);
    void leaveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showPosts();
    void send();
    void showProblem(const QString &problem);

    ViewContext m_context;
    QString m_topicId;
    QString m_topicTitle;
    FormFieldPage *m_postsPage;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_postsHeading;
    QWidget *m_posts = nullptr;
    QLabel *m_noPosts;
    FormFieldPage *m_formPage;
    QLabel *m_formHeading;
    QLabel *m_moderationNote;
    FormFieldText *m_body;
    FormFieldText *m_author;
    QLabel *m_problem;
    QPushButton *m_back;
    QPushButton *m_send;
};
