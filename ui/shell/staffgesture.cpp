#include "staffgesture.h"

#include <QEvent>
#include <QShortcut>
#include <QWidget>

StaffGesture::StaffGesture(QWidget *target, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
    m_clock.start();
    target->installEventFilter(this);
    auto *shortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+S")), window);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, &StaffGesture::triggered);
}

bool StaffGesture::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target && event->type() == QEvent::MouseButtonPress) {
        const qint64 now = m_clock.elapsed();
        m_presses.append(now);
        while (!m_presses.isEmpty() && now - m_presses.first() > withinMs)
            m_presses.removeFirst();
        if (m_presses.size() >= touches) {
            m_presses.clear();
            emit triggered();
        }
    }
    return QObject::eventFilter(watched, event);
}
