#include "surveyform.h"

#include "choicefield.h"
#include "clock.h"
#include "contentstore.h"
#include "formactions.h"
#include "formfieldpage.h"
#include "formfieldtext.h"
#include "plainlabel.h"
#include "requestsubmitter.h"
#include "surveylistmodel.h"
#include "surveyscalefield.h"

#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {

constexpr int kTextAnswerMax = 2000; // SubmissionValidator's limit
const QString kPrefix = QStringLiteral("question_");

FormField *questionField(const QJsonObject &question, QWidget *parent)
{
    const QString id = question.value(QLatin1StringView("id")).toString();
    const QString type = question.value(QLatin1StringView("type")).toString();
    const QString name = kPrefix + id;
    FormField *field = nullptr;
    if (type == QLatin1String("single") || type == QLatin1String("multiple")) {
        QList<ChoiceField::Option> options;
        const QJsonArray list = question.value(QLatin1StringView("options")).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject option = value.toObject();
            const QString key = option.value(QLatin1StringView("id")).toString();
            if (!key.isEmpty())
                options.append({key, option.value(QLatin1StringView("text")).toString()});
        }
        field = new ChoiceField(name,
                                type == QLatin1String("single") ? ChoiceField::Mode::One
                                                                : ChoiceField::Mode::Several,
                                options, parent);
    } else if (type == QLatin1String("scale")) {
        // The validator's defaults, so that the buttons offer what the server accepts.
        field =
            new SurveyScaleField(name, question.value(QLatin1StringView("min")).toInt(1),
                                 question.value(QLatin1StringView("max")).toInt(5),
                                 question.value(QLatin1StringView("min_label")).toString(),
                                 question.value(QLatin1StringView("max_label")).toString(), parent);
    } else if (type == QLatin1String("text")) {
        field = new FormFieldText(name, FormFieldText::Lines::Several, kTextAnswerMax, parent);
    } else {
        return nullptr; // a type this kiosk does not know: not asked, so not answered
    }
    field->setCaption(question.value(QLatin1StringView("text")).toString(),
                      question.value(QLatin1StringView("required")).toBool());
    return field;
}

} // namespace

SurveyForm::SurveyForm(const ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_page(new FormFieldPage(this))
{
    setObjectName(QStringLiteral("surveyForm"));
    m_title = new PlainLabel(QStringLiteral("surveyTitle"), m_page);
    m_title->setProperty("heading", true);
    m_description = new PlainLabel(QStringLiteral("surveyDescription"), m_page);
    m_note = new PlainLabel(QStringLiteral("surveyNote"), m_page);
    m_note->setProperty("notice", true);
    auto *questions = new QWidget(m_page);
    questions->setObjectName(QStringLiteral("surveyQuestions"));
    m_questionLayout = new QVBoxLayout(questions);
    m_questionLayout->setContentsMargins(0, 0, 0, 0);
    m_questionLayout->setSpacing(20);
    m_page->addWidget(m_title);
    m_page->addWidget(m_description);
    m_page->addWidget(m_note);
    m_page->addWidget(questions);

    m_actions = new FormActions(QStringLiteral("survey"), this);
    connect(m_actions->back(), &QPushButton::clicked, this, &SurveyForm::leaveRequested);
    connect(m_actions->send(), &QPushButton::clicked, this, &SurveyForm::send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_actions);
    retranslate();
}

bool SurveyForm::load(const QString &surveyId)
{
    const auto survey =
        m_context.store ? m_context.store->item(Collection::Surveys, surveyId) : std::nullopt;
    const QDateTime now = m_context.clock ? m_context.clock->now() : QDateTime::currentDateTime();
    if (!survey || !SurveyListModel::isOpen(survey->data, now))
        return false;
    clear();
    m_surveyId = surveyId;
    m_surveyTitle = survey->title;
    m_title->setText(survey->title);
    m_description->setText(survey->data.value(QLatin1StringView("description")).toString());
    const QJsonArray questions = survey->data.value(QLatin1StringView("questions")).toArray();
    QStringList seen;
    for (const QJsonValue &value : questions) {
        const QJsonObject question = value.toObject();
        const QString id = question.value(QLatin1StringView("id")).toString();
        if (id.isEmpty() || seen.contains(id))
            continue; // the server answers to the first question of an id; so does the form
        seen.append(id);
        FormField *field = questionField(question, m_page->content());
        if (!field)
            continue;
        m_questionLayout->addWidget(field);
        m_questions.append(field);
    }
    m_page->scrollToTop();
    return true;
}

void SurveyForm::clearQuestions()
{
    for (FormField *field : std::as_const(m_questions)) {
        // Emptied now, since deleteLater leaves it alive (and findable) until the event loop.
        field->clear();
        field->hide();
        field->deleteLater();
    }
    m_questions.clear();
}

void SurveyForm::clear()
{
    clearQuestions();
    m_surveyId.clear();
    m_surveyTitle.clear();
    m_title->clear();
    m_description->clear();
    m_actions->showProblem({});
    m_page->scrollToTop();
}

QJsonObject SurveyForm::payload() const
{
    QJsonObject answers;
    for (const FormField *field : m_questions) {
        const QJsonValue answer = field->value();
        if (!answer.isUndefined())
            answers.insert(field->name().mid(kPrefix.size()), answer);
    }
    return {{QStringLiteral("survey"), m_surveyId}, {QStringLiteral("answers"), answers}};
}

void SurveyForm::send()
{
    bool ok = true;
    for (FormField *field : std::as_const(m_questions)) {
        field->setProblem(field->check());
        ok = ok && field->problem().isEmpty();
    }
    if (!ok) {
        m_actions->showProblem(tr("Some questions still need an answer. They are marked above."));
        return;
    }
    // The survey may have closed while the person was answering it.
    const auto survey =
        m_context.store ? m_context.store->item(Collection::Surveys, m_surveyId) : std::nullopt;
    const QDateTime now = m_context.clock ? m_context.clock->now() : QDateTime::currentDateTime();
    if (!survey || !SurveyListModel::isOpen(survey->data, now)) {
        m_actions->showProblem(
            tr("This survey has closed and no longer takes answers. Thank you all the "
               "same."));
        return;
    }
    QString problem;
    const auto item = RequestSubmitter(m_context.store, m_context.outbox)
                          .submit(QStringLiteral("survey_response"), payload(),
                                  tr("Survey response: %1").arg(m_surveyTitle), &problem);
    if (!item) {
        if (problem.isEmpty()) {
            m_actions->showProblem(
                tr("This kiosk cannot take submissions right now. Please ask at the "
                   "office."));
            return;
        }
        const QString question = kPrefix + RequestSubmitter::fieldOf(problem);
        const auto field = std::find_if(
            m_questions.cbegin(), m_questions.cend(),
            [&question](const FormField *candidate) { return candidate->name() == question; });
        if (field != m_questions.cend()) {
            (*field)->setProblem(tr("Please check this answer."));
            m_actions->showProblem(tr("Some answers need another look. They are marked above."));
        } else {
            m_actions->showProblem(
                tr("This survey cannot take answers at the moment. Please ask at the "
                   "office."));
        }
        return;
    }
    emit submitted(item->receipt);
}

void SurveyForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SurveyForm::retranslate()
{
    m_note->setText(tr("The survey is anonymous: it does not ask who you are. Questions marked "
                       "\"required\" need an answer."));
    m_actions->back()->setText(QStringLiteral("\u25c0 ") + tr("Back"));
    m_actions->send()->setText(tr("Send my answers"));
}
