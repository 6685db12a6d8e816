#include "suggestionform.h"

#include "choicefield.h"
#include "formactions.h"
#include "formfieldcontact.h"
#include "formfieldpage.h"
#include "formfieldtext.h"
#include "plainlabel.h"
#include "requestsubmitter.h"

#include <QEvent>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int kTextMax = 5000; // SubmissionValidator's limit

// What a suggestion may be about. The key goes to the server (the same whatever the language
// on screen); the label is for the person.
const QList<std::pair<const char *, const char *>> &topics()
{
    static const QList<std::pair<const char *, const char *>> list{
        {"servicios", QT_TRANSLATE_NOOP("SuggestionForm", "Municipal offices and services")},
        {"obras", QT_TRANSLATE_NOOP("SuggestionForm", "Streets, lighting and public works")},
        {"medio-ambiente", QT_TRANSLATE_NOOP("SuggestionForm", "Environment and green areas")},
        {"transporte", QT_TRANSLATE_NOOP("SuggestionForm", "Transport")},
        {"cultura-deporte", QT_TRANSLATE_NOOP("SuggestionForm", "Culture, sport and recreation")},
        {"salud", QT_TRANSLATE_NOOP("SuggestionForm", "Health")},
        {"comercio", QT_TRANSLATE_NOOP("SuggestionForm", "Shops, markets and food")},
        {"otro", QT_TRANSLATE_NOOP("SuggestionForm", "Something else")},
    };
    return list;
}

} // namespace

SuggestionForm::SuggestionForm(const ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_page(new FormFieldPage(this))
{
    setObjectName(QStringLiteral("suggestionForm"));
    m_title = new PlainLabel(QStringLiteral("suggestionTitle"), m_page);
    m_title->setProperty("heading", true);
    m_intro = new PlainLabel(QStringLiteral("suggestionIntro"), m_page);
    m_text = new FormFieldText(QStringLiteral("suggestionText"), FormFieldText::Lines::Several,
                               kTextMax, m_page);
    QList<ChoiceField::Option> options;
    for (const auto &[key, label] : topics())
        options.append({QLatin1StringView(key), tr(label)});
    m_topic =
        new ChoiceField(QStringLiteral("suggestionTopic"), ChoiceField::Mode::One, options, m_page);
    m_contactIntro = new PlainLabel(QStringLiteral("suggestionContactIntro"), m_page);
    m_contact = new FormFieldContact(QStringLiteral("suggestionContact"), m_page);
    m_page->addWidget(m_title);
    m_page->addWidget(m_intro);
    m_page->addWidget(m_text);
    m_page->addWidget(m_topic);
    m_page->addWidget(m_contactIntro);
    m_page->addWidget(m_contact);

    m_actions = new FormActions(QStringLiteral("suggestion"), this);
    connect(m_actions->back(), &QPushButton::clicked, this, &SuggestionForm::leaveRequested);
    connect(m_actions->send(), &QPushButton::clicked, this, &SuggestionForm::send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_actions);
    retranslate();
}

void SuggestionForm::clear()
{
    m_text->clear();
    m_topic->clear();
    m_contact->clear();
    m_actions->showProblem({});
    m_page->scrollToTop();
}

QJsonObject SuggestionForm::payload() const
{
    QJsonObject payload{{QStringLiteral("text"), m_text->text().trimmed()}};
    const QStringList topic = m_topic->chosen();
    if (!topic.isEmpty())
        payload.insert(QStringLiteral("topic"), topic.first());
    const QJsonValue contact = m_contact->value();
    if (!contact.isUndefined()) {
        payload.insert(QStringLiteral("contact"), contact);
        payload.insert(QStringLiteral("consent"), m_contact->hasConsent());
    }
    return payload;
}

void SuggestionForm::send()
{
    m_text->setProblem(m_text->value().isUndefined() ? tr("Please write your suggestion.")
                                                     : m_text->check());
    m_contact->setProblem(m_contact->check());
    if (!m_text->problem().isEmpty() || !m_contact->problem().isEmpty()) {
        m_actions->showProblem(tr("Some answers need another look. They are marked above."));
        return;
    }
    QString summary = tr("Suggestion");
    const QString topic = m_topic->displayValue();
    if (!topic.isEmpty())
        summary = tr("Suggestion: %1").arg(topic);
    QString problem;
    const auto item = RequestSubmitter(m_context.store, m_context.outbox)
                          .submit(QStringLiteral("suggestion"), payload(), summary, &problem);
    if (!item) {
        if (problem.isEmpty()) {
            m_actions->showProblem(
                tr("This kiosk cannot take submissions right now. Please ask at the "
                   "office."));
            return;
        }
        const QString field = RequestSubmitter::fieldOf(problem);
        if (field == QLatin1String("text"))
            m_text->setProblem(tr("Please check your suggestion."));
        else if (field == QLatin1String("topic"))
            m_topic->setProblem(tr("Please choose the topic again."));
        else
            m_contact->setProblem(tr("Please check your contact details."));
        m_actions->showProblem(tr("Some answers need another look. They are marked above."));
        return;
    }
    emit submitted(item->receipt);
}

void SuggestionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SuggestionForm::retranslate()
{
    m_title->setText(tr("Make a suggestion"));
    m_intro->setText(tr("An idea to make the municipality work better? Tell us. Please do not "
                        "write other people's names or phone numbers."));
    m_text->setCaption(tr("Your suggestion"), true);
    m_topic->setCaption(tr("What is it about? (you may leave this out)"), false);
    QStringList labels;
    for (const auto &topic : topics())
        labels.append(tr(topic.second));
    m_topic->setLabels(labels);
    m_contactIntro->setText(tr("If you would like an answer, leave a way to reach you. This is "
                               "optional. Your details are never published."));
    m_actions->back()->setText(QStringLiteral("\u25c0 ") + tr("Back"));
    m_actions->send()->setText(tr("Send"));
}
