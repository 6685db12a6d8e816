#pragma once

#include "formfield.h"

#include <QJsonObject>
#include <QStringList>

class ChoiceField;
class FormFieldText;
class QCheckBox;

// The resident a clerk enters a complaint for: the name, and the address, identity card number
// and phone as the municipality requires them (the kiosk's configuration), how the resident
// reached the office (in person or by phone) and the resident's consent to their details being
// recorded, which the clerk confirms having asked for. Named residentName, residentAddress,
// residentIdNumber, residentPhone, residentChannel and residentConsent.
class FormFieldResident final : public FormField
{
    Q_OBJECT

public:
    // `required`: any of "address", "id_number", "phone"; the name is always required.
    explicit FormFieldResident(const QStringList &required, QWidget *parent = nullptr);

    // The payload's "on_behalf_of" object; undefined while nothing was typed.
    QJsonValue value() const override;
    QString displayValue() const override;
    void clear() override;
    QString check() const override;
    // Shows each field's own problem under it; true when all are fine.
    bool checkFields();
    // Fills the fields from an "on_behalf_of" object (a clerk editing a refused item).
    void load(const QJsonObject &resident);

protected:
    void retranslate() override;

private:
    QList<QPair<const char *, FormFieldText *>> textFields() const;

    QStringList m_required;
    FormFieldText *m_name;
    FormFieldText *m_address;
    FormFieldText *m_idNumber;
    FormFieldText *m_phone;
    ChoiceField *m_channel;
    QCheckBox *m_consent;
};
