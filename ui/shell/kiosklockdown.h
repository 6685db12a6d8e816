#pragma once

#include <QObject>

class QWidget;

// Keeps a public kiosk shut: no context menus (they offer copy, paste and more), no middle-
// button paste of the last person's selected text, no drag and drop, and no closing of the
// window by a key combination. Only the staff menu may let the program end.
class KioskLockdown final : public QObject
{
    Q_OBJECT

public:
    explicit KioskLockdown(QWidget *window, QObject *parent = nullptr);
    ~KioskLockdown() override;

    // Applies to the whole application from now on.
    void engage();
    // The staff asked to close the program: let the window's close through.
    void allowExit();
    bool isEngaged() const { return m_engaged; }
    int refusedCount() const { return m_refused; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_engaged = false;
    bool m_exitAllowed = false;
    int m_refused = 0;
};
