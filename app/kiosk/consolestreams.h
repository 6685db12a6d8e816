#pragma once

#include <QTextStream>

// The headless commands' standard output and error: one stream each for the whole program,
// so that lines from different commands' code keep their order.
inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}
