#pragma once

#include "keyboardpanel.h"

#include <QQuickItem>
#include <QtTest>

// Touches one key of the on-screen keyboard where a finger would: at the key's centre.
// Returns false when no key shows that character. A keyboard just shown may not be laid out
// yet (Qt Quick lays out on its next frame): wait until the key has its size.
inline bool tapVirtualKey(KeyboardPanel *keyboard, const QString &character)
{
    QQuickItem *panel = keyboard->inputPanel();
    if (!panel)
        return false;
    QQuickItem *key = nullptr;
    const auto findKey = [&] {
        key = nullptr;
        const QList<QQuickItem *> items = panel->findChildren<QQuickItem *>();
        for (QQuickItem *item : items) {
            // Layouts hold a few keys of no size (placeholders); a finger can only hit the
            // others.
            if (item->isVisible() && item->width() > 0 && item->height() > 0 &&
                item->property("key").isValid() &&
                item->property("text").toString().compare(character, Qt::CaseInsensitive) == 0) {
                key = item;
                return true;
            }
        }
        return false;
    };
    if (!QTest::qWaitFor(findKey, 2000))
        return false;
    const QPointF centre = key->mapToScene({key->width() / 2, key->height() / 2});
    QTest::mouseClick(keyboard, Qt::LeftButton, {}, centre.toPoint());
    return true;
}
