#include "focusring.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFocusEvent>
#include <QStyle>

FocusRing::FocusRing(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FocusIn && event->type() != QEvent::FocusOut)
        return false;
    auto *button = qobject_cast<QAbstractButton *>(watched);
    if (!button)
        return false;
    const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
    // Another window or a popup took the focus for a while: the widget keeps what it had.
    if (reason == Qt::ActiveWindowFocusReason || reason == Qt::PopupFocusReason)
        return false;
    mark(button, event->type() == QEvent::FocusIn && reason != Qt::MouseFocusReason);
    return false;
}

void FocusRing::mark(QWidget *widget, bool ring)
{
    if (widget->property(kProperty).toBool() == ring)
        return;
    widget->setProperty(kProperty, ring);
    // Style sheets read properties when a widget is polished.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}
