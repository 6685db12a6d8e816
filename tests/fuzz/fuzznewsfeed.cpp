// libFuzzer target: an RSS or Atom feed as the server's news importer reads it (XML, HTML in
// the descriptions, dates in every format feeds use).
#include "newsfeedimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const NewsFeedImporter importer;
    const QByteArray feed(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)importer.parse(feed);
    return 0;
}
