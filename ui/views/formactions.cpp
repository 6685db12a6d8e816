#include "formactions.h"

#include "plainlabel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

FormActions::FormActions(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_problem(problemLabel(prefix + QStringLiteral("Problem"), this))
    , m_back(button(prefix + QStringLiteral("Back"), this))
    , m_send(button(prefix + QStringLiteral("Send"), this))
    , m_bar(new QHBoxLayout)
{
    m_send->setProperty("primary", true);
    m_bar->addWidget(m_back);
    m_bar->addStretch(1);
    m_bar->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problem->setContentsMargins(24, 0, 24, 0);
    m_bar->setContentsMargins(24, 8, 24, 16);
    layout->addWidget(m_problem);
    layout->addLayout(m_bar);
}

QPushButton *FormActions::addForward(const QString &suffix)
{
    QPushButton *forward = button(m_prefix + suffix, this);
    forward->setProperty("primary", true);
    m_bar->insertWidget(m_bar->indexOf(m_send), forward);
    // Keyboard focus follows the bar from left to right, as the buttons were made in that order.
    setTabOrder(forward, m_send);
    return forward;
}

void FormActions::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString FormActions::problem() const
{
    return m_problem->text();
}

QLabel *FormActions::problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new PlainLabel(objectName, parent);
    label->setProperty("formProblem", true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setVisible(false);
    return label;
}

QPushButton *FormActions::button(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setMinimumSize(220, 72);
    button->setProperty("formButton", true);
    return button;
}
