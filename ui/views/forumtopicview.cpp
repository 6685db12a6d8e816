#include "forumtopicview.h"

#include "contentstore.h"
#include "formactions.h"
#include "formfieldpage.h"
#include "formfieldtext.h"
#include "itempresenter.h"
#include "plainlabel.h"
#include "requestsubmitter.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {

// SubmissionValidator's limits.
constexpr int kBodyMax = 5000;
constexpr int kAuthorMax = 100;

} // namespace

ForumTopicView::ForumTopicView(const ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_postsPage(new FormFieldPage(this))
    , m_formPage(new FormFieldPage(this))
{
    setObjectName(QStringLiteral("forumTopicView"));
    m_title = new PlainLabel(QStringLiteral("forumTopicTitle"), m_postsPage);
    m_title->setProperty("heading", true);
    m_description = new PlainLabel(QStringLiteral("forumTopicDescription"), m_postsPage);
    m_postsHeading = new PlainLabel(QStringLiteral("forumPostsHeading"), m_postsPage);
    m_postsHeading->setProperty("subheading", true);
    QFont subheading = m_postsHeading->font();
    subheading.setBold(true);
    m_postsHeading->setFont(subheading);
    m_noPosts = new PlainLabel(QStringLiteral("forumNoPosts"), m_postsPage);
    m_postsPage->addWidget(m_title);
    m_postsPage->addWidget(m_description);
    m_postsPage->addWidget(m_postsHeading);
    m_postsPage->addWidget(m_noPosts);

    m_formHeading = new PlainLabel(QStringLiteral("forumPostHeading"), m_formPage);
    m_formHeading->setProperty("subheading", true);
    m_formHeading->setFont(subheading);
    m_moderationNote = new PlainLabel(QStringLiteral("forumModerationNote"), m_formPage);
    m_moderationNote->setProperty("notice", true);
    m_body = new FormFieldText(QStringLiteral("forumPostBody"), FormFieldText::Lines::Several,
                               kBodyMax, m_formPage);
    m_author = new FormFieldText(QStringLiteral("forumPostAuthor"), FormFieldText::Lines::One,
                                 kAuthorMax, m_formPage);
    m_author->setSensitive();
    m_problem = FormActions::problemLabel(QStringLiteral("forumPostProblem"), m_formPage);
    m_send = new QPushButton(m_formPage);
    m_send->setObjectName(QStringLiteral("forumPostSend"));
    m_send->setProperty("primary", true);
    m_send->setMinimumSize(220, 72);
    connect(m_send, &QPushButton::clicked, this, &ForumTopicView::send);
    m_formPage->addWidget(m_formHeading);
    m_formPage->addWidget(m_moderationNote);
    m_formPage->addWidget(m_body);
    m_formPage->addWidget(m_author);
    m_formPage->addWidget(m_problem);
    m_formPage->addWidget(m_send);

    m_back = FormActions::button(QStringLiteral("forumTopicBack"), this);
    connect(m_back, &QPushButton::clicked, this, &ForumTopicView::leaveRequested);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_postsPage, 3);
    columns->addWidget(m_formPage, 2);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(24, 8, 24, 16);
    bar->addWidget(m_back);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addLayout(bar);
    retranslate();
}

bool ForumTopicView::load(const QString &topicId)
{
    const auto topic =
        m_context.store ? m_context.store->item(Collection::ForumTopics, topicId) : std::nullopt;
    if (!topic)
        return false;
    if (topicId != m_topicId)
        clear();
    m_topicId = topicId;
    m_topicTitle = topic->title;
    m_title->setText(topic->title);
    m_description->setText(topic->data.value(QLatin1StringView("description")).toString());
    showPosts();
    m_postsPage->scrollToTop();
    return true;
}

void ForumTopicView::clear()
{
    m_topicId.clear();
    m_topicTitle.clear();
    m_title->clear();
    m_description->clear();
    if (m_posts) {
        m_posts->hide();
        m_posts->deleteLater();
        m_posts = nullptr;
    }
    m_body->clear();
    m_author->clear();
    showProblem({});
    m_postsPage->scrollToTop();
    m_formPage->scrollToTop();
}

void ForumTopicView::refresh()
{
    if (m_topicId.isEmpty())
        return;
    const auto topic =
        m_context.store ? m_context.store->item(Collection::ForumTopics, m_topicId) : std::nullopt;
    if (!topic)
        return; // withdrawn: the page stays until the person leaves; sending says why it fails
    m_topicTitle = topic->title;
    m_title->setText(topic->title);
    m_description->setText(topic->data.value(QLatin1StringView("description")).toString());
    const int position = m_postsPage->verticalScrollBar()->value();
    showPosts();
    m_postsPage->verticalScrollBar()->setValue(position);
}

void ForumTopicView::showPosts()
{
    if (m_posts) {
        m_posts->hide();
        m_posts->deleteLater();
    }
    m_posts = new QWidget(m_postsPage->content());
    m_posts->setObjectName(QStringLiteral("forumPosts"));
    auto *layout = new QVBoxLayout(m_posts);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    int shown = 0;
    if (m_context.store) {
        // The list leaves the bodies out; a topic has a handful of posts, each read whole.
        const QList<ContentItem> posts = m_context.store->list(Collection::ForumPosts);
        for (const ContentItem &light : posts) {
            if (light.category != m_topicId)
                continue;
            const auto post = m_context.store->item(Collection::ForumPosts, light.id);
            if (!post)
                continue;
            auto *frame = new QFrame(m_posts);
            frame->setObjectName(QStringLiteral("forumPost_") + post->id);
            frame->setProperty("forumPost", true);
            frame->setFrameShape(QFrame::StyledPanel);
            auto *postLayout = new QVBoxLayout(frame);
            const QString author = post->title.trimmed();
            const QString when = ItemPresenter::dateText(
                post->data.value(QLatin1StringView("created_at")).toString(), true);
            QLabel *byline = new PlainLabel(QStringLiteral("forumPostByline"), frame);
            byline->setText(tr("%1 · %2").arg(author.isEmpty() ? tr("Anonymous") : author, when));
            QFont bold = byline->font();
            bold.setBold(true);
            byline->setFont(bold);
            QLabel *body = new PlainLabel(QStringLiteral("forumPostText"), frame);
            body->setText(post->data.value(QLatin1StringView("body")).toString());
            postLayout->addWidget(byline);
            postLayout->addWidget(body);
            layout->addWidget(frame);
            ++shown;
        }
    }
    m_postsPage->layout()->insertWidget(m_postsPage->layout()->indexOf(m_noPosts), m_posts);
    m_noPosts->setVisible(shown == 0);
}

QJsonObject ForumTopicView::payload() const
{
    QJsonObject payload{{QStringLiteral("topic"), m_topicId},
                        {QStringLiteral("body"), m_body->text().trimmed()}};
    const QString author = m_author->text().trimmed();
    if (!author.isEmpty())
        payload.insert(QStringLiteral("author"), author);
    return payload;
}

void ForumTopicView::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ForumTopicView::send()
{
    m_body->setProblem(m_body->value().isUndefined() ? tr("Please write your post.")
                                                     : m_body->check());
    m_author->setProblem(m_author->check());
    if (!m_body->problem().isEmpty() || !m_author->problem().isEmpty()) {
        showProblem(tr("Some answers need another look. They are marked above."));
        return;
    }
    QString problem;
    const auto item = RequestSubmitter(m_context.store, m_context.outbox)
                          .submit(QStringLiteral("forum_post"), payload(),
                                  tr("Forum post: %1").arg(m_topicTitle), &problem);
    if (!item) {
        if (problem.isEmpty())
            showProblem(tr("This kiosk cannot take submissions right now. Please ask at the "
                           "office."));
        else if (RequestSubmitter::fieldOf(problem) == QLatin1String("body"))
            m_body->setProblem(tr("Please check your post."));
        else if (RequestSubmitter::fieldOf(problem) == QLatin1String("author"))
            m_author->setProblem(tr("Please check the name to show."));
        else
            showProblem(tr("This topic no longer takes posts. Thank you all the same."));
        return;
    }
    emit submitted(item->receipt);
}

void ForumTopicView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ForumTopicView::retranslate()
{
    m_postsHeading->setText(tr("What neighbours said"));
    m_noPosts->setText(tr("No posts have been published on this topic yet. Be the first."));
    m_formHeading->setText(tr("Add your opinion"));
    m_moderationNote->setText(tr("A moderator reads every post before it is published. Please "
                                 "do not write phone numbers, addresses or other people's "
                                 "names."));
    m_body->setCaption(tr("Your post"), true);
    m_author->setCaption(tr("Name to show (optional: leave it empty to post as \"Anonymous\")"),
                         false);
    m_back->setText(QStringLiteral("\u25c0 ") + tr("All topics"));
    m_send->setText(tr("Send for moderation"));
}
