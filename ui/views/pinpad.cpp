#include "pinpad.h"

#include "clock.h"
#include "pingate.h"
#include "plainlabel.h"
#include "staffpin.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace {

constexpr int kKeySize = 96; // a fingertip with room to spare

QPushButton *key(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setProperty("pinKey", true);
    button->setMinimumSize(kKeySize, kKeySize);
    button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Minimum);
    // The pad keeps the keyboard focus, so that Enter on the keyboard never "clicks" whichever
    // button was touched last.
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoRepeat(false);
    return button;
}

} // namespace

PinPad::PinPad(PinGate *gate, QWidget *parent)
    : QWidget(parent)
    , m_gate(gate)
    , m_title(new PlainLabel(QStringLiteral("pinTitle"), this))
    , m_dots(new PlainLabel(QStringLiteral("pinDots"), this))
    , m_message(new PlainLabel(QStringLiteral("pinMessage"), this))
    , m_erase(key(QStringLiteral("pinErase"), this))
    , m_cancel(key(QStringLiteral("pinCancel"), this))
    , m_enter(key(QStringLiteral("pinEnter"), this))
{
    setObjectName(QStringLiteral("pinPad"));
    setFocusPolicy(Qt::StrongFocus);
    m_typed.reserve(MaxDigits); // one buffer, overwritten in place, never reallocated

    QFont titleFont = m_title->font();
    titleFont.setPixelSize(40);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont dotsFont = m_dots->font();
    dotsFont.setPixelSize(40);
    dotsFont.setLetterSpacing(QFont::PercentageSpacing, 130);
    m_dots->setFont(dotsFont);
    m_dots->setMinimumHeight(56);
    m_dots->setTextInteractionFlags(Qt::NoTextInteraction);
    for (QLabel *label : {m_title, m_dots, m_message})
        label->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(64);

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    for (int digit = 0; digit <= 9; ++digit) {
        m_digits[digit] = key(QStringLiteral("pinDigit_%1").arg(digit), this);
        m_digits[digit]->setText(QString::number(digit));
        connect(m_digits[digit], &QPushButton::clicked, this, [this, digit] { typeDigit(digit); });
        if (digit > 0)
            grid->addWidget(m_digits[digit], (digit - 1) / 3, (digit - 1) % 3);
    }
    grid->addWidget(m_erase, 3, 0);
    grid->addWidget(m_digits[0], 3, 1);
    grid->addWidget(m_enter, 3, 2);
    m_enter->setProperty("primary", true);
    m_cancel->setProperty("secondary", true);
    m_cancel->setMinimumWidth(3 * kKeySize + 2 * 16);
    m_clerkLogin = key(QStringLiteral("pinClerkLogin"), this);
    m_clerkLogin->setProperty("secondary", true);
    m_clerkLogin->setMinimumWidth(3 * kKeySize + 2 * 16);
    m_clerkLogin->setFocusPolicy(Qt::TabFocus); // reachable by keys; a touch leaves the pad focused
    m_clerkLogin->hide();
    connect(m_clerkLogin, &QPushButton::clicked, this, [this] {
        wipeTyped();
        emit clerkLoginRequested();
    });
    connect(m_erase, &QPushButton::clicked, this, &PinPad::erase);
    connect(m_enter, &QPushButton::clicked, this, &PinPad::submit);
    connect(m_cancel, &QPushButton::clicked, this, &PinPad::cancel);

    auto *keys = new QVBoxLayout;
    keys->setSpacing(16);
    keys->addLayout(grid);
    keys->addWidget(m_cancel);
    keys->addWidget(m_clerkLogin);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(keys);
    centred->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_dots);
    layout->addWidget(m_message);
    layout->addLayout(centred);
    layout->addStretch(1);

    m_unlockTimer.setSingleShot(true);
    connect(&m_unlockTimer, &QTimer::timeout, this, &PinPad::updateLock);

    if (m_gate) {
        connect(m_gate, &PinGate::checkingChanged, this, [this](bool checking) {
            if (checking && m_awaiting)
                showMessage(Message::Checking);
            updateButtons();
        });
        connect(m_gate, &PinGate::accepted, this, [this] {
            const bool mine = m_awaiting;
            m_awaiting = false;
            if (!mine)
                return;
            wipeTyped();
            showMessage(Message::Prompt);
            emit accepted();
        });
        connect(m_gate, &PinGate::rejected, this, [this](int attemptsLeft) {
            if (!m_awaiting)
                return;
            m_awaiting = false;
            m_attemptsLeft = attemptsLeft;
            wipeTyped();
            showMessage(Message::Wrong);
        });
        connect(m_gate, &PinGate::lockedOut, this, [this] {
            m_awaiting = false;
            wipeTyped();
            updateLock();
        });
    }
    updateLock();
    retranslate();
}

PinPad::~PinPad()
{
    wipeTyped();
}

void PinPad::reset()
{
    m_awaiting = false;
    wipeTyped();
    m_attemptsLeft = 0;
    showMessage(Message::Prompt);
    updateLock();
}

void PinPad::updateLock()
{
    if (!m_gate || !m_gate->enabled()) {
        m_unlockTimer.stop();
        showMessage(Message::Disabled);
        return;
    }
    if (m_gate->isLockedOut()) {
        wipeTyped();
        showMessage(Message::Locked);
        // The gate's clock decides; this timer only brings the keys back without a touch.
        const qint64 wait = m_gate->clock().now().msecsTo(m_gate->lockedUntil());
        const qint64 longest = qint64(24) * 60 * 60 * 1000 + 1000;
        m_unlockTimer.start(int(std::clamp<qint64>(wait + 500, 0, longest)));
        return;
    }
    m_unlockTimer.stop();
    if (m_shown == Message::Locked || m_shown == Message::Disabled)
        showMessage(Message::Prompt);
    else
        updateButtons();
}

void PinPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinPad::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateLock();
    setFocus(Qt::OtherFocusReason);
}

// Leaving the page (Cancel, the idle reset, another screen) forgets what was typed, so the next
// person finds an empty pad.
void PinPad::hideEvent(QHideEvent *event)
{
    reset();
    QWidget::hideEvent(event);
}

void PinPad::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        typeDigit(key - Qt::Key_0);
    } else if (key == Qt::Key_Backspace || key == Qt::Key_Delete) {
        erase();
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        submit();
    } else if (key == Qt::Key_Escape) {
        cancel();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PinPad::typeDigit(int digit)
{
    if (!inputAllowed() || m_typed.size() >= MaxDigits)
        return;
    m_typed.append(QChar(char16_t(u'0' + digit)));
    if (m_shown == Message::Wrong)
        showMessage(Message::Prompt);
    updateDots();
    updateButtons();
}

void PinPad::erase()
{
    if (!inputAllowed() || m_typed.isEmpty())
        return;
    m_typed[m_typed.size() - 1] = QLatin1Char('0'); // chop() would leave the digit in the buffer
    m_typed.chop(1);
    updateDots();
    updateButtons();
}

void PinPad::submit()
{
    if (!inputAllowed() || m_typed.size() < StaffPin::MinimumDigits)
        return;
    // A copy of its own for the gate (which overwrites it once checked), so that this one can
    // be overwritten now, in place.
    QString pin(m_typed.constData(), m_typed.size());
    wipeTyped();
    m_awaiting = true;
    m_gate->tryPin(std::move(pin));
    if (!m_gate->checking())
        m_awaiting = false; // refused at once (a lockout): no answer will come
}

void PinPad::cancel()
{
    reset();
    emit cancelled();
}

void PinPad::wipeTyped()
{
    m_typed.fill(QLatin1Char('0'));
    m_typed.truncate(0);
    updateDots();
    updateButtons();
}

bool PinPad::inputAllowed() const
{
    return m_gate && m_gate->enabled() && !m_gate->checking() && !m_gate->isLockedOut();
}

void PinPad::showMessage(Message message)
{
    m_shown = message;
    m_message->setText(messageText());
    m_message->setProperty("problem", message == Message::Wrong || message == Message::Locked ||
                                          message == Message::Disabled);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    updateButtons();
}

void PinPad::updateDots()
{
    // Only as many dots as digits: the count is all anyone behind the person may learn.
    m_dots->setText(QString(m_typed.size(), QChar(0x25CF)));
}

void PinPad::updateButtons()
{
    const bool allowed = inputAllowed();
    for (QPushButton *digit : m_digits)
        digit->setEnabled(allowed && m_typed.size() < MaxDigits);
    m_erase->setEnabled(allowed && !m_typed.isEmpty());
    m_enter->setEnabled(allowed && m_typed.size() >= StaffPin::MinimumDigits);
    m_cancel->setEnabled(true); // always a way back to the citizens' screens
}

void PinPad::setClerkLoginOffered(bool offered)
{
    m_clerkLogin->setVisible(offered);
}

void PinPad::retranslate()
{
    m_title->setText(tr("Staff access"));
    m_erase->setText(tr("Erase"));
    m_enter->setText(tr("Enter"));
    m_cancel->setText(tr("Cancel"));
    m_clerkLogin->setText(tr("Clerks' login"));
    m_dots->setAccessibleName(tr("Digits typed"));
    m_message->setText(messageText());
}

QString PinPad::messageText() const
{
    switch (m_shown) {
    case Message::Prompt:
        return tr("Enter the staff PIN.");
    case Message::Checking:
        return tr("Checking…");
    case Message::Wrong:
        return m_attemptsLeft == 1 ? tr("Wrong PIN. One try left.")
                                   : tr("Wrong PIN. %1 tries left.").arg(m_attemptsLeft);
    case Message::Locked: {
        const QDateTime until = m_gate ? m_gate->lockedUntil().toLocalTime() : QDateTime();
        const QString time = until.toString(QStringLiteral("hh:mm"));
        if (m_gate && until.date() > m_gate->clock().now().toLocalTime().date())
            return tr("Too many wrong PINs. Try again tomorrow at %1.").arg(time);
        return tr("Too many wrong PINs. Try again at %1.").arg(time);
    }
    case Message::Disabled:
        return tr("No staff PIN is set on this kiosk.");
    }
    return {};
}
