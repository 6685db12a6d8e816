#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QVector>

class QWidget;

// The hidden way in for staff: five quick touches on one spot (the municipality's name), or
// Ctrl+Alt+S for a technician with a keyboard. A citizen touching the name a few times sees
// nothing happen.
class StaffGesture final : public QObject
{
    Q_OBJECT

public:
    static constexpr int touches = 5;
    static constexpr qint64 withinMs = 3000;

    StaffGesture(QWidget *target, QWidget *window, QObject *parent = nullptr);

signals:
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_target;
    QElapsedTimer m_clock;
    QVector<qint64> m_presses;
};
