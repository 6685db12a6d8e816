// How long a citizen waits, with a large municipality's cache, after touching a section of
// the kiosk for the first time (sections are built on their first touch) and again: from the
// touch to the section painted, for each section in the navigation's order.
//
//     bench_sectionopen --config kiosk.conf
//
// Runs the real KioskApp in a window (its sync runs too; point the configuration at a server
// with nothing new, or at none). Waits for the first frame, then touches each section's
// button twice, Home last, and prints one JSON line: per section, the first and the second
// time in milliseconds. A benchmark: it asserts nothing about time.
#include "keyboardpanel.h"
#include "kioskapp.h"
#include "kiosksettings.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace {

QString optionValue(int argc, char *argv[], const char *name)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

MainWindow *kioskWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget))
            return window;
    }
    return nullptr;
}

// A touch on the section's button, then the window painted with what it shows: what the
// person sees change.
double touch(MainWindow *window, const QString &key)
{
    auto *button = window->findChild<QAbstractButton *>(QStringLiteral("nav_") + key);
    QElapsedTimer timer;
    timer.start();
    button->click();
    window->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    const KioskSettings settings = KioskSettings::load(optionValue(argc, argv, "--config"));
    if (settings.onScreenKeyboard)
        KeyboardPanel::prepareEnvironment();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    KioskApp kiosk(settings, /*windowed=*/true, /*tour=*/true);
    QString error;
    if (!kiosk.start(&error)) {
        err << "cannot start: " << error << '\n';
        return 1;
    }
    MainWindow *window = kioskWindow();
    if (!window) {
        err << "no kiosk window\n";
        return 1;
    }
    window->resize(1920, 1080);
    // After the first frame and the keyboard's background load: what a person meets.
    QTimer::singleShot(2000, &app, [&] {
        QJsonObject result;
        QStringList keys = MainWindow::sectionKeys().mid(1);
        keys.append(MainWindow::sectionKeys().first());
        for (const QString &key : keys) {
            const double first = touch(window, key);
            touch(window, MainWindow::sectionKeys().at(key == keys.first() ? 2 : 1));
            const double again = touch(window, key);
            result.insert(key, QJsonObject{{QStringLiteral("first_ms"), first},
                                           {QStringLiteral("again_ms"), again}});
        }
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        QCoreApplication::exit(0);
    });
    return app.exec();
}
