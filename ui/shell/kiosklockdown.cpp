#include "kiosklockdown.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QWidget>

Q_LOGGING_CATEGORY(lcLockdown, "ui.lockdown")

KioskLockdown::KioskLockdown(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

KioskLockdown::~KioskLockdown()
{
    if (m_engaged && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void KioskLockdown::engage()
{
    if (m_engaged)
        return;
    m_engaged = true;
    QCoreApplication::instance()->installEventFilter(this);
}

void KioskLockdown::allowExit()
{
    m_exitAllowed = true;
}

bool KioskLockdown::eventFilter(QObject *watched, QEvent *event)
{
    bool refuse = false;
    switch (event->type()) {
    case QEvent::ContextMenu:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        refuse = true;
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        // A touch screen only ever sends the left button; the others paste or open menus.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        refuse = mouse->button() != Qt::LeftButton && mouse->button() != Qt::NoButton;
        break;
    }
    case QEvent::Close:
        refuse = watched == m_window && !m_exitAllowed;
        if (refuse)
            qCInfo(lcLockdown) << "refused to close the kiosk window outside the staff menu";
        break;
    default:
        break;
    }
    if (!refuse)
        return QObject::eventFilter(watched, event);
    ++m_refused;
    event->ignore();
    return true;
}
