#pragma once

#include "formfield.h"

#include <optional>

class QLineEdit;

// A number (how many lamps are out, how many days without water): typed on the on-screen
// keypad, or stepped with two big buttons for the usual small counts.
class FormFieldNumber final : public FormField
{
    Q_OBJECT

public:
    explicit FormFieldNumber(const QString &name, QWidget *parent = nullptr);

    QJsonValue value() const override;
    QString displayValue() const override;
    void clear() override;
    bool setValue(const QJsonValue &value) override;

private:
    void step(int by);
    std::optional<double> number() const;

    QLineEdit *m_edit;
};
