// Memory the on-screen keyboard adds to the kiosk: builds the real window over the demo cache
// at 1920x1080, opens the keyboard on the legal search field (or only focuses the field when
// the keyboard is off), and prints the process's resident memory. Run by keyboard_memory.py,
// once with and once without the keyboard; a benchmark, it asserts nothing.
#include "democache.h"
#include "keyboardpanel.h"
#include "languageswitcher.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QTest>
#include <cstdio>
#include <cstring>

namespace {

qint64 statusKb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(qsizetype(std::strlen(key))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool keyboard = argc > 1 && std::strcmp(argv[1], "on") == 0;
    if (keyboard)
        KeyboardPanel::prepareEnvironment();
    QApplication app(argc, argv);
    DemoCache demo;
    if (!demo.open()) {
        std::fprintf(stderr, "cannot open the demo cache: %s\n", qPrintable(demo.error()));
        return 1;
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
    LanguageSwitcher language;
    language.setLanguage(QStringLiteral("es"));
    ViewContext context;
    context.store = &demo.store();
    context.cacheDb = &demo.database();
    context.clock = &clock;
    ShellOptions options;
    options.onScreenKeyboard = keyboard;
    QFile theme(QStringLiteral(":/themes/default.qss"));
    if (theme.open(QIODevice::ReadOnly))
        options.styleSheet = QString::fromUtf8(theme.readAll());
    MainWindow window(context, QStringLiteral("Río Hondo"), &language, options);
    window.resize(1920, 1080);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const qint64 before = statusKb("VmRSS:");
    window.showSection(QStringLiteral("legal"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("legalSearchField"));
    QTest::mouseClick(search, Qt::LeftButton);
    if (keyboard &&
        !QTest::qWaitFor([&] { return window.keyboard() && window.keyboard()->isOpen(); }))
        return 1;
    QTest::qWait(500); // let the keyboard paint: this measures memory, not time
    std::printf("keyboard=%s rss_before_kb=%lld rss_kb=%lld hwm_kb=%lld\n", keyboard ? "on" : "off",
                before, statusKb("VmRSS:"), statusKb("VmHWM:"));
    return 0;
}
