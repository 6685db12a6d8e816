// libFuzzer target: an Open311 request body, form-encoded, as the server decodes it.
#include "formdecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const FormDecoder::Result result = FormDecoder::decode(body);
    if (result.ok()) {
        for (const FormDecoder::Field &field : result.fields)
            (void)result.values(field.name);
    }
    // Tight limits reach the paths that refuse too many or too long fields.
    FormDecoder::Limits tight;
    tight.maxFields = 3;
    tight.maxNameBytes = 8;
    tight.maxValueBytes = 16;
    (void)FormDecoder::decode(body, tight);
    return 0;
}
