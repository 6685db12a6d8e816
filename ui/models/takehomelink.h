#pragma once

#include "collection.h"

#include <QString>
#include <QUrl>

// The address a take-home QR code carries. It points at the municipality's public website, not
// at the kiosk or its API, so the phone opens a page that works from anywhere and for as long
// as the content is published. The public base URL comes from the kiosk's configuration and
// may carry a path of its own (https://example.org/kiosko/).
class TakeHomeLink final
{
public:
    // <base>/<collection>/<id>. An invalid QUrl when the base is not an absolute http(s) URL or
    // the id is empty: a code that opens nothing is worse than no code.
    static QUrl forItem(const QUrl &publicBase, Collection collection, const QString &id);
    // <base>/seguimiento/<reference>. Only the reference: the code is shown on a public screen
    // and photographed by whoever stands there, so it must say nothing about who sent what.
    static QUrl forReceipt(const QUrl &publicBase, const QString &reference);
};
