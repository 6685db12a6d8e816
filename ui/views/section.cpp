#include "section.h"

#include <QEvent>

Section::Section(const ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{}

void Section::refreshIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    refresh();
}

void Section::showEvent(QShowEvent *event)
{
    refreshIfStale();
    QWidget::showEvent(event);
}

bool Section::openItem(Collection, const QString &)
{
    return false;
}

QString Section::readableText() const
{
    return {};
}

void Section::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
