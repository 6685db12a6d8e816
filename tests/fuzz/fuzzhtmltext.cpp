// libFuzzer target: the HTML of a news feed turned into the plain text an item may hold
// (NewsFeedImporter::plainTextFromHtml, the server's HTML sanitizer). What comes out is only
// ever shown as text, so the fuzzer looks for crashes, undefined behaviour, runaway time and
// memory on any input, valid UTF-8 or not.
#include "newsfeedimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)NewsFeedImporter::plainTextFromHtml(html);
    return 0;
}
