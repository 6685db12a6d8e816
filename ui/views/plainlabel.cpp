#include "plainlabel.h"

PlainLabel::PlainLabel(const QString &objectName, QWidget *parent)
    : PlainLabel(objectName, QString(), parent)
{}

PlainLabel::PlainLabel(const QString &objectName, const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setObjectName(objectName);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}
