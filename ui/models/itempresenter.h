#pragma once

#include "contentitem.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

// How an item reads on screen: the second line of its list entry and its detail page.
// Everything the server sent is escaped here; the detail is HTML only in the structure
// this class writes itself, so no server text can load a file or reach the network.
class ItemPresenter final
{
    Q_DECLARE_TR_FUNCTIONS(ItemPresenter)

public:
    static QString subtitle(const ContentItem &item);
    static QString detailHtml(const ContentItem &item);

    static QString serviceStatusText(const QString &status);
    static QColor statusColor(const QString &status);
    static QString categoryText(const QString &category);
    static QString legalTypeText(const QString &type);
    static QString dateText(const QString &isoDateTime, bool withTime);

    // Plain text from the server as escaped paragraphs (blank lines separate paragraphs).
    static QString paragraphs(const QString &plainText);
};
