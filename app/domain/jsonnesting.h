#pragma once

#include <QByteArray>

// How deeply a JSON text nests arrays and objects, found by a scan that allocates nothing, so
// that a hostile body is refused before a parser builds a tree for it.
class JsonNesting final
{
public:
    // The deepest nesting, counting only brackets outside strings; the scan stops early once
    // it passes `stopAbove` and returns that depth.
    static int depth(const QByteArray &json, int stopAbove);
};
