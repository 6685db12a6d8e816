#include "formfieldtext.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

FormFieldText::FormFieldText(const QString &name, Lines lines, int maxLength, QWidget *parent)
    : FormField(name, parent)
    , m_maxLength(maxLength)
{
    QWidget *editor = nullptr;
    if (lines == Lines::One) {
        m_line = new QLineEdit(this);
        m_line->setMaxLength(maxLength);
        m_line->setMinimumHeight(64);
        m_line->setContextMenuPolicy(Qt::NoContextMenu);
        connect(m_line, &QLineEdit::textEdited, this, &FormFieldText::answerChanged);
        editor = m_line;
    } else {
        m_lines = new QPlainTextEdit(this);
        m_lines->setTabChangesFocus(true);
        m_lines->setMinimumHeight(160);
        m_lines->setContextMenuPolicy(Qt::NoContextMenu);
        connect(m_lines, &QPlainTextEdit::textChanged, this, [this] {
            // textChanged also fires when clear() empties it; only a person's edit matters.
            if (!m_lines->document()->isEmpty())
                answerChanged();
        });
        editor = m_lines;
    }
    editor->setObjectName(name);
    body()->addWidget(editor);
}

void FormFieldText::setSensitive()
{
    const Qt::InputMethodHints hints = Qt::ImhSensitiveData | Qt::ImhNoPredictiveText;
    if (m_line)
        m_line->setInputMethodHints(m_line->inputMethodHints() | hints);
    if (m_lines)
        m_lines->setInputMethodHints(m_lines->inputMethodHints() | hints);
}

void FormFieldText::setPlaceholder(const QString &text)
{
    if (m_line)
        m_line->setPlaceholderText(text);
    if (m_lines)
        m_lines->setPlaceholderText(text);
}

QString FormFieldText::text() const
{
    return m_line ? m_line->text() : m_lines->toPlainText();
}

void FormFieldText::setText(const QString &text)
{
    if (m_line)
        m_line->setText(text);
    else
        m_lines->setPlainText(text);
    answerChanged();
}

QJsonValue FormFieldText::value() const
{
    const QString answer = text().trimmed();
    return answer.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(answer);
}

QString FormFieldText::displayValue() const
{
    return text().trimmed();
}

void FormFieldText::clear()
{
    // Both also forget the undo history, which the next person could otherwise bring back.
    if (m_line)
        m_line->setText(QString());
    else
        m_lines->clear();
    setProblem({});
}

QString FormFieldText::check() const
{
    if (text().trimmed().size() > m_maxLength)
        return tr("This text is too long. Please shorten it to %1 characters.")
            .arg(QLocale().toString(m_maxLength));
    return FormField::check();
}

bool FormFieldText::setValue(const QJsonValue &value)
{
    setText(value.toString());
    return true;
}
