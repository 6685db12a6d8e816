#include "formfield.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

FormField::FormField(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_caption(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_body(new QVBoxLayout)
    , m_problem(new QLabel(this))
{
    setObjectName(name + QStringLiteral("_field"));
    m_caption->setObjectName(name + QStringLiteral("_caption"));
    m_hint->setObjectName(name + QStringLiteral("_hint"));
    m_problem->setObjectName(name + QStringLiteral("_problem"));
    for (QLabel *label : {m_caption, m_hint, m_problem}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_caption->setProperty("fieldCaption", true);
    m_hint->setProperty("fieldHint", true);
    m_problem->setProperty("fieldProblem", true);
    // Readable without the theme's colour: bold, behind a warning sign, always in words.
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_problem->setFont(bold);
    m_hint->setVisible(false);
    m_problem->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->setSpacing(8);
    layout->addWidget(m_caption);
    layout->addWidget(m_hint);
    layout->addLayout(m_body);
    layout->addWidget(m_problem);
    m_body->setSpacing(8);
}

void FormField::setCaption(const QString &caption, bool required)
{
    m_captionText = caption;
    m_required = required;
    setProperty("required", required);
    updateCaption();
}

void FormField::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

bool FormField::setValue(const QJsonValue &)
{
    return false;
}

QString FormField::check() const
{
    const QJsonValue answer = value();
    if (m_required && (answer.isUndefined() || answer.isNull()))
        return tr("Please answer this question.");
    return {};
}

void FormField::setProblem(const QString &problem)
{
    m_problemText = problem;
    m_problem->setText(problem.isEmpty() ? QString() : QStringLiteral("\u26a0 ") + problem);
    m_problem->setVisible(!problem.isEmpty());
}

void FormField::answerChanged()
{
    setProblem({});
    emit changed();
}

void FormField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FormField::retranslate()
{
    updateCaption();
}

void FormField::updateCaption()
{
    m_caption->setText(m_required ? tr("%1 (required)").arg(m_captionText) : m_captionText);
    m_caption->setVisible(!m_captionText.isEmpty());
}
