#include "formfieldresident.h"

#include "choicecheckbox.h"
#include "choicefield.h"
#include "formfieldtext.h"

#include <QCheckBox>
#include <QVBoxLayout>

FormFieldResident::FormFieldResident(const QStringList &required, QWidget *parent)
    : FormField(QStringLiteral("resident"), parent)
    , m_required(required)
    // The server's limits (SubmissionValidator): a field never holds more than it accepts.
    , m_name(
          new FormFieldText(QStringLiteral("residentName"), FormFieldText::Lines::One, 200, this))
    , m_address(new FormFieldText(QStringLiteral("residentAddress"), FormFieldText::Lines::One, 300,
                                  this))
    , m_idNumber(new FormFieldText(QStringLiteral("residentIdNumber"), FormFieldText::Lines::One,
                                   50, this))
    , m_phone(
          new FormFieldText(QStringLiteral("residentPhone"), FormFieldText::Lines::One, 50, this))
    , m_channel(new ChoiceField(
          QStringLiteral("residentChannel"), ChoiceField::Mode::One,
          {{QStringLiteral("in_person"), QString()}, {QStringLiteral("phone"), QString()}}, this))
    , m_consent(new ChoiceCheckBox(QString(), this))
{
    m_consent->setObjectName(QStringLiteral("residentConsent"));
    // As the choices of a question: the long sentence wraps to the page's width.
    m_consent->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    for (const auto &[key, field] : textFields()) {
        field->setSensitive();
        body()->addWidget(field);
        connect(field, &FormField::changed, this, &FormFieldResident::answerChanged);
    }
    body()->addWidget(m_channel);
    body()->addWidget(m_consent);
    connect(m_channel, &FormField::changed, this, &FormFieldResident::answerChanged);
    connect(m_consent, &QCheckBox::toggled, this, &FormFieldResident::answerChanged);
    retranslate();
}

QList<QPair<const char *, FormFieldText *>> FormFieldResident::textFields() const
{
    return {
        {"name", m_name}, {"address", m_address}, {"id_number", m_idNumber}, {"phone", m_phone}};
}

QJsonValue FormFieldResident::value() const
{
    QJsonObject resident;
    for (const auto &[key, field] : textFields()) {
        const QJsonValue typed = field->value();
        if (!typed.isUndefined())
            resident.insert(QLatin1StringView(key), typed);
    }
    if (resident.isEmpty())
        return QJsonValue::Undefined;
    const QJsonValue channel = m_channel->value();
    if (!channel.isUndefined())
        resident.insert(QStringLiteral("channel"), channel);
    resident.insert(QStringLiteral("consent"), m_consent->isChecked());
    return resident;
}

QString FormFieldResident::displayValue() const
{
    QStringList parts;
    for (const auto &[key, field] : textFields()) {
        if (!field->displayValue().isEmpty())
            parts.append(field->displayValue());
    }
    if (!m_channel->displayValue().isEmpty())
        parts.append(m_channel->displayValue());
    return parts.join(QStringLiteral(", "));
}

void FormFieldResident::clear()
{
    for (const auto &[key, field] : textFields())
        field->clear();
    m_channel->clear();
    m_consent->setChecked(false);
    setProblem({});
}

QString FormFieldResident::check() const
{
    for (const auto &[key, field] : textFields()) {
        const QString problem = field->check();
        if (!problem.isEmpty())
            return problem;
    }
    if (m_channel->value().isUndefined())
        return tr("Please say how the resident came to the office.");
    if (!m_consent->isChecked())
        return tr("Please ask the resident whether their details may be recorded with the "
                  "complaint, and tick the box. Without their consent the complaint cannot be "
                  "entered on their behalf.");
    return {};
}

bool FormFieldResident::checkFields()
{
    bool ok = true;
    for (const auto &[key, field] : textFields()) {
        field->setProblem(field->check());
        ok = ok && field->problem().isEmpty();
    }
    m_channel->setProblem(m_channel->check());
    ok = ok && m_channel->problem().isEmpty();
    setProblem(ok ? check() : tr("Some details are missing. They are marked above."));
    return problem().isEmpty();
}

void FormFieldResident::load(const QJsonObject &resident)
{
    for (const auto &[key, field] : textFields())
        field->setText(resident.value(QLatin1StringView(key)).toString());
    const QString channel = resident.value(QLatin1StringView("channel")).toString();
    m_channel->setChosen(channel.isEmpty() ? QStringList() : QStringList{channel});
    m_consent->setChecked(resident.value(QLatin1StringView("consent")).toBool());
    setProblem({});
}

void FormFieldResident::retranslate()
{
    FormField::retranslate();
    m_name->setCaption(tr("Resident's full name"), true);
    m_address->setCaption(tr("Address"), m_required.contains(QLatin1String("address")));
    m_idNumber->setCaption(tr("Identity card number"),
                           m_required.contains(QLatin1String("id_number")));
    m_phone->setCaption(tr("Phone"), m_required.contains(QLatin1String("phone")));
    m_channel->setCaption(tr("How did the resident reach the office?"), true);
    m_channel->setLabels({tr("In person"), tr("By phone")});
    m_consent->setText(tr("The resident agrees that these details are recorded with the "
                          "complaint and used only to deal with it and answer them."));
}
