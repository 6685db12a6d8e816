#include "journalformat.h"

#include <QString>
#include <QtGlobal>

void installJournalLogFormat()
{
    qSetMessagePattern(
        QStringLiteral("%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}"
                       "%{if-critical}<3>%{endif}%{if-fatal}<2>%{endif}%{category}: %{message}"));
}
