#include "formfieldnumber.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {

constexpr double kLargest = 999999999;

} // namespace

FormFieldNumber::FormFieldNumber(const QString &name, QWidget *parent)
    : FormField(name, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(name);
    m_edit->setMinimumHeight(64);
    m_edit->setMaximumWidth(260);
    m_edit->setAlignment(Qt::AlignCenter);
    m_edit->setContextMenuPolicy(Qt::NoContextMenu);
    m_edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly | Qt::ImhNoPredictiveText);
    // Whole numbers or amounts with cents, with either decimal sign: people type what they know.
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{0,9}([.,]\\d{0,2})?$")), m_edit));
    connect(m_edit, &QLineEdit::textEdited, this, &FormFieldNumber::answerChanged);

    auto *minus = new QPushButton(QStringLiteral("\u2212"), this);
    auto *plus = new QPushButton(QStringLiteral("+"), this);
    minus->setObjectName(name + QStringLiteral("_minus"));
    plus->setObjectName(name + QStringLiteral("_plus"));
    for (QPushButton *button : {minus, plus}) {
        button->setMinimumSize(72, 64);
        button->setProperty("stepper", true);
        button->setAutoRepeat(true);
    }
    connect(minus, &QPushButton::clicked, this, [this] { step(-1); });
    connect(plus, &QPushButton::clicked, this, [this] { step(1); });

    auto *row = new QHBoxLayout;
    row->addWidget(minus);
    row->addWidget(m_edit);
    row->addWidget(plus);
    row->addStretch(1);
    body()->addLayout(row);
}

std::optional<double> FormFieldNumber::number() const
{
    QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QJsonValue FormFieldNumber::value() const
{
    const auto value = number();
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Undefined);
}

QString FormFieldNumber::displayValue() const
{
    const auto value = number();
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}

void FormFieldNumber::clear()
{
    m_edit->setText(QString());
    setProblem({});
}

void FormFieldNumber::step(int by)
{
    const double next = qBound(0.0, number().value_or(0) + by, kLargest);
    m_edit->setText(QString::number(next, 'g', 12));
    answerChanged();
}

bool FormFieldNumber::setValue(const QJsonValue &value)
{
    m_edit->setText(value.isDouble() ? QString::number(value.toDouble(), 'g', 12) : QString());
    return true;
}
