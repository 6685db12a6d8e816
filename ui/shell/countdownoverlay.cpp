#include "countdownoverlay.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

CountdownOverlay::CountdownOverlay(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_number(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("countdownOverlay"));
    m_title->setObjectName(QStringLiteral("countdownTitle"));
    m_number->setObjectName(QStringLiteral("countdownNumber"));
    m_text->setObjectName(QStringLiteral("countdownText"));
    m_number->setAlignment(Qt::AlignCenter);
    m_button->setObjectName(QStringLiteral("stillHereButton"));
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);

    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("countdownBox"));
    box->setAttribute(Qt::WA_StyledBackground);
    box->setMaximumWidth(900);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(48, 40, 48, 40);
    boxLayout->setSpacing(24);
    boxLayout->addWidget(m_title);
    boxLayout->addWidget(m_number);
    boxLayout->addWidget(m_text);
    boxLayout->addWidget(m_button, 0, Qt::AlignHCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch();

    connect(m_button, &QPushButton::clicked, this, &CountdownOverlay::stillHere);
    parent->installEventFilter(this); // follow the window's size
    setGeometry(parent->rect());
    hide();
    retranslate();
}

void CountdownOverlay::setSecondsLeft(int seconds)
{
    m_seconds = seconds;
    retranslate();
}

bool CountdownOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void CountdownOverlay::paintEvent(QPaintEvent *)
{
    // Dim what is behind, so the question is the one thing to read.
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 150));
}

void CountdownOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CountdownOverlay::retranslate()
{
    m_title->setText(tr("Are you still there?"));
    m_number->setText(QString::number(m_seconds));
    m_text->setText(tr("For your privacy, when the count reaches zero the screen starts again "
                       "and anything typed is deleted."));
    m_button->setText(tr("I'm still here"));
}
