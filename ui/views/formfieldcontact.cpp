#include "formfieldcontact.h"

#include "choicecheckbox.h"
#include "formfieldtext.h"

#include <QJsonObject>
#include <QVBoxLayout>

FormFieldContact::FormFieldContact(const QString &prefix, QWidget *parent)
    : FormField(prefix, parent)
    // The server's limits (SubmissionValidator): the fields cannot hold more than it takes.
    , m_name(
          new FormFieldText(prefix + QStringLiteral("Name"), FormFieldText::Lines::One, 200, this))
    , m_phone(
          new FormFieldText(prefix + QStringLiteral("Phone"), FormFieldText::Lines::One, 50, this))
    , m_email(
          new FormFieldText(prefix + QStringLiteral("Email"), FormFieldText::Lines::One, 200, this))
    , m_consent(new ChoiceCheckBox(QString(), this))
{
    m_consent->setObjectName(prefix + QStringLiteral("Consent"));
    // As the choices of a question: the long sentence wraps to the page's width.
    m_consent->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    for (FormFieldText *field : {m_name, m_phone, m_email}) {
        field->setSensitive();
        body()->addWidget(field);
        connect(field, &FormField::changed, this, &FormFieldContact::answerChanged);
    }
    body()->addWidget(m_consent);
    connect(m_consent, &QCheckBox::toggled, this, &FormFieldContact::answerChanged);
    retranslate();
}

bool FormFieldContact::isGiven() const
{
    return !value().isUndefined();
}

bool FormFieldContact::hasConsent() const
{
    return m_consent->isChecked();
}

QJsonValue FormFieldContact::value() const
{
    QJsonObject contact;
    for (const auto &[key, field] :
         {std::pair{"name", m_name}, std::pair{"phone", m_phone}, std::pair{"email", m_email}}) {
        const QJsonValue typed = field->value();
        if (!typed.isUndefined())
            contact.insert(QLatin1StringView(key), typed);
    }
    return contact.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(contact);
}

QString FormFieldContact::displayValue() const
{
    QStringList parts;
    for (FormFieldText *field : {m_name, m_phone, m_email}) {
        if (!field->displayValue().isEmpty())
            parts.append(field->displayValue());
    }
    return parts.join(QStringLiteral(", "));
}

void FormFieldContact::clear()
{
    for (FormFieldText *field : {m_name, m_phone, m_email})
        field->clear();
    m_consent->setChecked(false);
    setProblem({});
}

QString FormFieldContact::check() const
{
    for (FormFieldText *field : {m_name, m_phone, m_email}) {
        const QString problem = field->check();
        if (!problem.isEmpty())
            return problem;
    }
    const QString email = m_email->displayValue();
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))))
        return tr("Please check the e-mail address: it looks like name@example.cu.");
    if (isGiven() && !hasConsent())
        return tr("To leave your details, please tick the box to say the municipality may use "
                  "them to contact you. Or leave the details empty to stay anonymous.");
    return {};
}

void FormFieldContact::retranslate()
{
    FormField::retranslate();
    m_name->setCaption(tr("Your name"), false);
    m_phone->setCaption(tr("Phone"), false);
    m_email->setCaption(tr("E-mail"), false);
    m_consent->setText(tr("I agree that the municipality uses these details only to contact me "
                          "about this."));
}
