// libFuzzer target: a page of the change feed as the kiosk receives it, parsed and each item
// validated (ChangePage::parse runs ItemValidator on every change it keeps).
#include "changepage.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    // The cursor the kiosk holds is part of the contract: try the two a page most often meets.
    for (const qint64 since : {qint64(0), qint64(3)}) {
        const auto page = ChangePage::parse(json, since, &error);
        if (page) {
            // What the kiosk does with an accepted page next: read every change it kept.
            qsizetype total = 0;
            for (const Change &change : page->changes)
                total += change.item.id.size() + change.item.title.size();
            (void)total;
        }
    }
    return 0;
}
