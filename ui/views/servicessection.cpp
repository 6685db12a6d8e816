#include "servicessection.h"

ServicesSection::ServicesSection(const ViewContext &context, QWidget *parent)
    : BrowseSection(context, Collection::Services, QStringLiteral("services"), parent)
{
    // Topics are short; an office is written with its address, which belongs in the service's
    // page, not on a filter button.
    addFilter(
        QStringLiteral("topic"), QStringLiteral("servicesTopic"),
        [](const QString &value) { return value; }, [] { return tr("Topic"); });
    addFilter(
        QStringLiteral("office"), QStringLiteral("servicesOffice"),
        [](const QString &value) { return value.section(QLatin1Char(','), 0, 0).trimmed(); },
        [] { return tr("Office"); });
    retranslate();
}
