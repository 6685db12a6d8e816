#pragma once

#include "formfield.h"

class FormFieldText;
class QCheckBox;

// Optional contact details (name, phone, e-mail) and the consent they need: a person who
// leaves a way to be reached must say the municipality may use it. Named <prefix>Name,
// <prefix>Phone, <prefix>Email and <prefix>Consent; the problem line is <prefix>_problem.
class FormFieldContact final : public FormField
{
    Q_OBJECT

public:
    explicit FormFieldContact(const QString &prefix, QWidget *parent = nullptr);

    bool isGiven() const; // any detail typed
    bool hasConsent() const;
    // The payload's "contact" object; undefined when nothing was typed.
    QJsonValue value() const override;
    QString displayValue() const override;
    void clear() override;
    QString check() const override;

protected:
    void retranslate() override;

private:
    FormFieldText *m_name;
    FormFieldText *m_phone;
    FormFieldText *m_email;
    QCheckBox *m_consent;
};
