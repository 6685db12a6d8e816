#include "cardbutton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

CardButton::CardButton(QWidget *parent)
    : QPushButton(parent)
    , m_picture(new QLabel(this))
    , m_accent(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
{
    setProperty("card", true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_subtitle->setObjectName(QStringLiteral("cardSubtitle"));
    m_accent->setObjectName(QStringLiteral("cardAccent"));
    // Server text: never markup.
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_accent->setFixedWidth(10);
    m_accent->setVisible(false);
    m_picture->setVisible(false);
    for (QLabel *label : {m_picture, m_accent, m_title, m_subtitle})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    text->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(14);
    layout->addWidget(m_accent);
    layout->addWidget(m_picture, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void CardButton::setTexts(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(subtitle);
}

void CardButton::setPicture(const QPixmap &picture)
{
    m_picture->setPixmap(picture);
    m_picture->setVisible(!picture.isNull());
}

void CardButton::setAccent(const QColor &color)
{
    m_accent->setVisible(color.isValid());
    if (color.isValid())
        m_accent->setStyleSheet(
            QStringLiteral("background: %1; border-radius: 5px;").arg(color.name()));
}

QString CardButton::title() const
{
    return m_title->text();
}

QString CardButton::subtitle() const
{
    return m_subtitle->text();
}

QSize CardButton::sizeHint() const
{
    return layout()->sizeHint();
}

QSize CardButton::minimumSizeHint() const
{
    return layout()->minimumSize();
}
