#pragma once

#include "formfield.h"

class QLineEdit;
class QPlainTextEdit;

// A text answer: one line (a post number, a name) or several (a description).
class FormFieldText final : public FormField
{
    Q_OBJECT

public:
    enum class Lines
    {
        One,
        Several,
    };

    FormFieldText(const QString &name, Lines lines, int maxLength, QWidget *parent = nullptr);

    // Personal details: no word suggestions and nothing the on-screen keyboard may remember.
    void setSensitive();
    void setPlaceholder(const QString &text);
    QString text() const;
    void setText(const QString &text);

    QJsonValue value() const override;
    QString displayValue() const override;
    void clear() override;
    bool setValue(const QJsonValue &value) override;
    QString check() const override;

private:
    int m_maxLength;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_lines = nullptr;
};
