#pragma once

#include <QString>
#include <QStringList>

// The warnings of an import, capped: a hostile or broken file could otherwise make the list of
// warnings larger than the items it brings.
class ImportWarnings final
{
public:
    static constexpr int kMax = 200;

    explicit ImportWarnings(QStringList *list);
    void add(const QString &warning);
    // Says how many were left out, if any.
    void finish();

private:
    QStringList *m_list;
    int m_dropped = 0;
};
