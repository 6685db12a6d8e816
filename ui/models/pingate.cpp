#include "pingate.h"

#include "clock.h"
#include "staffpin.h"

#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcPinGate, "staff")

namespace {

constexpr std::chrono::seconds kLongestLockout{24 * 60 * 60};

// Overwrites the characters in place when this string is their only owner; a shared buffer
// would only be copied, so its other owner must wipe its own.
void wipe(QString &text)
{
    if (text.isDetached())
        text.fill(QLatin1Char('0'));
    text.clear();
}

bool validHash(const QString &encoded)
{
    return StaffPin::parse(encoded, nullptr, nullptr, nullptr, nullptr);
}

} // namespace

PinGate::PinGate(const QString &encodedHash, int maxAttempts, std::chrono::seconds lockout,
                 const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_hash(encodedHash)
    , m_clock(clock)
    , m_enabled(validHash(encodedHash))
    , m_maxAttempts(qMax(1, maxAttempts))
    , m_lockout(qMax(std::chrono::seconds(1), qMin(lockout, kLongestLockout)))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PinGate::finish);
}

// A check still running finishes on its pool thread with its own copies and is not waited
// for: waiting would freeze the screen for seconds.
PinGate::~PinGate() = default;

bool PinGate::isLockedOut() const
{
    return m_lockedUntil.isValid() && m_clock.now() < m_lockedUntil;
}

QDateTime PinGate::lockedUntil() const
{
    return isLockedOut() ? m_lockedUntil : QDateTime();
}

int PinGate::attemptsLeft() const
{
    if (isLockedOut())
        return 0;
    if (m_lockedUntil.isValid()) // the lockout is over, though no try has noticed yet
        return m_maxAttempts;
    return m_maxAttempts - m_failures;
}

void PinGate::tryPin(QString pin)
{
    if (!m_enabled || m_checking) {
        wipe(pin);
        return;
    }
    if (isLockedOut()) {
        wipe(pin);
        qCWarning(lcPinGate).noquote() << "staff PIN refused without a check: locked out until"
                                       << m_lockedUntil.toString(Qt::ISODate);
        emit lockedOut(m_lockedUntil);
        return;
    }
    endExpiredLockout();
    setChecking(true);
    m_watcher.setFuture(QtConcurrent::run([pin = std::move(pin), hash = m_hash]() mutable {
        const bool right = StaffPin::verify(pin, hash);
        wipe(pin);
        return right;
    }));
}

void PinGate::finish()
{
    const bool right = m_watcher.future().result();
    setChecking(false);
    if (right) {
        m_failures = 0;
        m_lockouts = 0;
        m_lockedUntil = QDateTime();
        emit accepted();
        return;
    }
    ++m_failures;
    if (m_failures < m_maxAttempts) {
        qCWarning(lcPinGate).noquote()
            << "wrong staff PIN," << m_maxAttempts - m_failures << "tries left before a lockout";
        emit rejected(m_maxAttempts - m_failures);
        return;
    }
    std::chrono::seconds duration = m_lockout;
    for (int i = 0; i < m_lockouts && duration < kLongestLockout; ++i)
        duration *= 2;
    duration = qMin(duration, kLongestLockout);
    ++m_lockouts;
    m_failures = 0;
    m_lockedUntil = m_clock.now().addSecs(duration.count());
    qCWarning(lcPinGate).noquote()
        << m_maxAttempts << "wrong staff PINs in a row: locked out for" << duration.count()
        << "s, until" << m_lockedUntil.toString(Qt::ISODate);
    emit lockedOut(m_lockedUntil);
}

void PinGate::endExpiredLockout()
{
    if (m_lockedUntil.isValid() && !isLockedOut()) {
        m_lockedUntil = QDateTime();
        m_failures = 0;
    }
}

void PinGate::setChecking(bool checking)
{
    if (m_checking == checking)
        return;
    m_checking = checking;
    emit checkingChanged(checking);
}
