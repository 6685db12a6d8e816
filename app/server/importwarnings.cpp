#include "importwarnings.h"

ImportWarnings::ImportWarnings(QStringList *list)
    : m_list(list)
{}

void ImportWarnings::add(const QString &warning)
{
    if (m_list->size() < kMax)
        m_list->append(warning);
    else
        ++m_dropped;
}

void ImportWarnings::finish()
{
    if (m_dropped > 0)
        m_list->append(QStringLiteral("%1 more warnings not shown").arg(m_dropped));
}
