#include "newssection.h"

#include "itempresenter.h"

NewsSection::NewsSection(const ViewContext &context, QWidget *parent)
    : BrowseSection(context, Collection::News, QStringLiteral("news"), parent)
{
    addFilter(
        QStringLiteral("category"), QStringLiteral("newsCategory"),
        [](const QString &value) { return ItemPresenter::categoryText(value); },
        [] { return tr("Category"); });
    retranslate();
}
