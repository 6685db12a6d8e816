#pragma once

#include <QLabel>

// A label for text that may come from the server: shown as plain text (never as markup) and
// wrapped, as every label a person reads on the kiosk is. No Q_OBJECT: it is a QLabel in every
// way but its constructor, so style sheets and tests see a QLabel.
class PlainLabel final : public QLabel
{
public:
    PlainLabel(const QString &objectName, QWidget *parent);
    PlainLabel(const QString &objectName, const QString &text, QWidget *parent);
};
