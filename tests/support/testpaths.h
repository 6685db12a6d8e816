#pragma once

#include <QString>

namespace TestPaths {

inline QString serverBinary()
{
    return QStringLiteral(MK_SERVER_BINARY);
}
inline QString demoDir()
{
    return QStringLiteral(MK_DEMO_DIR);
}
inline QString fixture(const QString &name)
{
    return QStringLiteral(MK_FIXTURES_DIR "/") + name;
}
#ifdef MK_KIOSK_BINARY
inline QString kioskBinary()
{
    return QStringLiteral(MK_KIOSK_BINARY);
}
#endif

} // namespace TestPaths
