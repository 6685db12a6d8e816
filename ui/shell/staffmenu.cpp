#include "staffmenu.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StaffMenu::StaffMenu(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_sync(new QPushButton(this))
    , m_exit(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("staffMenu"));
    m_title->setObjectName(QStringLiteral("staffTitle"));
    m_status->setObjectName(QStringLiteral("staffStatus"));
    m_sync->setObjectName(QStringLiteral("staffSyncNow"));
    m_exit->setObjectName(QStringLiteral("staffExit"));
    m_back->setObjectName(QStringLiteral("staffBack"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 40, 60, 40);
    layout->setSpacing(24);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addStretch();
    for (QPushButton *button : {m_sync, m_exit, m_back}) {
        button->setMinimumHeight(72);
        layout->addWidget(button);
    }
    connect(m_sync, &QPushButton::clicked, this, &StaffMenu::syncNowRequested);
    connect(m_exit, &QPushButton::clicked, this, &StaffMenu::exitRequested);
    connect(m_back, &QPushButton::clicked, this, &StaffMenu::backRequested);
    retranslate();
}

void StaffMenu::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString StaffMenu::status() const
{
    return m_status->text();
}

void StaffMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StaffMenu::retranslate()
{
    m_title->setText(tr("Staff menu"));
    m_sync->setText(tr("Check for new content now"));
    m_exit->setText(tr("Close the kiosk program"));
    m_back->setText(tr("Back to the kiosk"));
}
