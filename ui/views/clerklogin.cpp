#include "clerklogin.h"

#include "clerksession.h"
#include "plainlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ClerkLogin::ClerkLogin(ClerkSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new PlainLabel(QStringLiteral("clerkLoginTitle"), this))
    , m_nameCaption(new PlainLabel(QStringLiteral("clerkNameCaption"), this))
    , m_name(new QLineEdit(this))
    , m_passwordCaption(new PlainLabel(QStringLiteral("clerkPasswordCaption"), this))
    , m_password(new QLineEdit(this))
    , m_login(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_message(new PlainLabel(QStringLiteral("clerkLoginMessage"), this))
{
    setObjectName(QStringLiteral("clerkLogin"));
    m_title->setProperty("heading", true);
    m_name->setObjectName(QStringLiteral("clerkName"));
    m_name->setMaxLength(64);
    m_name->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                                Qt::ImhPreferLowercase | Qt::ImhSensitiveData);
    m_password->setObjectName(QStringLiteral("clerkPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    for (QLineEdit *edit : {m_name, m_password})
        edit->setMinimumHeight(64);
    m_login->setObjectName(QStringLiteral("clerkLoginButton"));
    m_login->setProperty("primary", true);
    m_login->setMinimumHeight(72);
    m_back->setObjectName(QStringLiteral("clerkLoginBack"));
    m_back->setProperty("secondary", true);
    m_back->setMinimumHeight(72);
    m_message->setProperty("notice", true);
    m_message->hide();

    connect(m_login, &QPushButton::clicked, this, &ClerkLogin::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &ClerkLogin::submit);
    connect(m_name, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_back, &QPushButton::clicked, this, [this] {
        reset();
        emit backRequested();
    });
    if (m_session) {
        connect(m_session, &ClerkSession::loginFinished, this, &ClerkLogin::showVerdict);
        connect(m_session, &ClerkSession::checkingChanged, this, [this](bool checking) {
            m_login->setEnabled(!checking);
            if (checking && m_awaiting)
                setMessage(tr("Checking..."));
        });
    }

    auto *form = new QVBoxLayout;
    form->setSpacing(12);
    form->addWidget(m_title);
    form->addWidget(m_nameCaption);
    form->addWidget(m_name);
    form->addWidget(m_passwordCaption);
    form->addWidget(m_password);
    form->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_login);
    form->addLayout(buttons);
    form->addStretch(1); // the form at the top, in reading order, whatever the screen's height
    auto *holder = new QWidget(this);
    holder->setLayout(form);
    holder->setMaximumWidth(720);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(holder, 3);
    layout->addStretch(1);
    retranslate();
}

void ClerkLogin::reset()
{
    m_name->setText(QString()); // setText also forgets the undo history
    m_password->setText(QString());
    m_awaiting = false;
    setMessage({});
    retranslate();
}

void ClerkLogin::setBackOffered(bool offered)
{
    m_back->setVisible(offered);
}

QString ClerkLogin::message() const
{
    return m_message->text();
}

void ClerkLogin::submit()
{
    if (!m_session) {
        setMessage(tr("Clerks cannot log in on this computer: the clerks' file could not "
                      "be opened. Please tell IT staff."));
        return;
    }
    if (m_session->checking())
        return;
    if (m_name->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        setMessage(tr("Please type your account name and your password."));
        return;
    }
    m_awaiting = true;
    QString password = m_password->text();
    m_password->setText(QString());
    setMessage(tr("Checking..."));
    m_session->logIn(m_name->text(), std::move(password));
}

void ClerkLogin::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ClerkLogin::showVerdict(AccountBook::Verdict verdict)
{
    if (!m_awaiting)
        return;
    m_awaiting = false;
    switch (verdict) {
    case AccountBook::Verdict::Accepted:
        reset();
        return;
    case AccountBook::Verdict::Refused:
        setMessage(tr("The account name or the password is not right. After %1 wrong "
                      "passwords in a row the account locks for %2 minutes.")
                       .arg(AccountBook::kMaxFailures)
                       .arg(AccountBook::kLockMinutes));
        break;
    case AccountBook::Verdict::Locked:
        setMessage(tr("This account is locked for a while after too many wrong "
                      "passwords. Try again in %1 minutes, or ask IT staff to set a new "
                      "password.")
                       .arg(AccountBook::kLockMinutes));
        break;
    case AccountBook::Verdict::Disabled:
        setMessage(tr("This account is disabled. Please ask IT staff."));
        break;
    case AccountBook::Verdict::Failed:
        setMessage(tr("Logins cannot be checked on this computer right now. Please tell "
                      "IT staff."));
        break;
    }
    m_password->setFocus();
}

void ClerkLogin::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_name->setFocus();
}

void ClerkLogin::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClerkLogin::retranslate()
{
    m_title->setText(tr("Clerks' login"));
    m_nameCaption->setText(tr("Account name"));
    m_passwordCaption->setText(tr("Password"));
    m_name->setPlaceholderText(tr("for example maria.perez"));
    m_login->setText(tr("Log in"));
    m_back->setText(tr("Back to the kiosk"));
}
