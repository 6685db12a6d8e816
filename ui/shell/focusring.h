#pragma once

#include <QObject>

class QWidget;

// The thick focus ring is for people who move with keys: it marks a button, check box or
// radio answer reached by Tab or the arrows, never one a finger just touched (on a touch
// screen a ring left on the last button touched only looks like a fault). The style sheet
// draws it for [keyboardFocus="true"].
class FocusRing final : public QObject
{
    Q_OBJECT

public:
    // Watches every widget of the application; stops when destroyed.
    explicit FocusRing(QObject *parent = nullptr);

    static constexpr const char *kProperty = "keyboardFocus";

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static void mark(QWidget *widget, bool ring);
};
