#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

class PinGate;
class QLabel;
class QPushButton;

// The staff PIN page: a phone-like keypad that fills the window's area (a kiosk must not open
// top-level windows), a row of dots that never shows the digits, and a message in plain words.
// Physical keys work too (digits, Backspace, Enter, Escape). The checking, counting and
// lockout are the gate's; the pad only shows them and keeps the keys off meanwhile.
class PinPad : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxDigits = 12;

    PinPad(PinGate *gate, QWidget *parent = nullptr);
    ~PinPad() override;

    int typedDigits() const { return int(m_typed.size()); }
    // Where counter clerks work at this kiosk, their login is reached from here too: clerks
    // have their own accounts, not the staff PIN.
    void setClerkLoginOffered(bool offered);

public slots:
    // No digits typed, the opening message. A check already under way is let go: its answer
    // will not open the staff menu.
    void reset();
    // Follows the gate's lockout: keys off while it lasts, on again once it is over. Runs when
    // the page is shown and when the lockout should end.
    void updateLock();

signals:
    void accepted();
    void cancelled();
    void clerkLoginRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Message
    {
        Prompt,
        Checking,
        Wrong,
        Locked,
        Disabled,
    };

    void typeDigit(int digit);
    void erase();
    void submit();
    void cancel();
    void wipeTyped();
    bool inputAllowed() const;
    void showMessage(Message message);
    void updateDots();
    void updateButtons();
    void retranslate();
    QString messageText() const;

    PinGate *const m_gate;
    QLabel *m_title;
    QLabel *m_dots;
    QLabel *m_message;
    QPushButton *m_digits[10];
    QPushButton *m_erase;
    QPushButton *m_cancel;
    QPushButton *m_enter;
    QPushButton *m_clerkLogin;
    QTimer m_unlockTimer;
    QString m_typed;         // overwritten as soon as it is no longer needed
    bool m_awaiting = false; // this pad asked the gate and wants its answer
    Message m_shown = Message::Prompt;
    int m_attemptsLeft = 0;
};
