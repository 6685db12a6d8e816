// libFuzzer target: an iCalendar document as the server's event importer reads it (folded
// lines, escapes, time zones, recurrence it must refuse).
#include "calendarimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CalendarImporter importer;
    const QByteArray calendar(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)importer.parse(calendar);
    return 0;
}
