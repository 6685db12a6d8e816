// libFuzzer target: what a kiosk (or anyone holding a device token) posts to the server as a
// submission, checked against the demo municipality's published categories, surveys and forum
// topics. The input is the submission's type on the first line, then its JSON payload.
#include "demoloader.h"
#include "serverstore.h"
#include "submissionvalidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QList<ServerStore::Publication> *published = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    published = new QList<ServerStore::Publication>;
    QString error;
    if (!DemoLoader(QStringLiteral(MK_SOURCE_DATA_DIR "/demo")).load(published, &error)) {
        std::fprintf(stderr, "cannot load the demo: %s\n", qPrintable(error));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString type = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    const QJsonDocument document =
        QJsonDocument::fromJson(newline < 0 ? QByteArray() : input.mid(newline + 1));
    const SubmissionValidator validator(
        [](Collection collection, const QString &id) -> std::optional<QJsonObject> {
            for (const ServerStore::Publication &item : std::as_const(*published)) {
                if (item.collection == collection && item.id == id)
                    return item.data;
            }
            return std::nullopt;
        });
    (void)validator.problem(type, document.object());
    return 0;
}
