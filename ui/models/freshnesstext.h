#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The words of the status badge: how old the content on screen is, never an error code.
class FreshnessText final
{
    Q_DECLARE_TR_FUNCTIONS(FreshnessText)

public:
    static QString describe(const QDateTime &lastSync, const QDateTime &now, bool online);
};
