#pragma once

#include <QDir>
#include <QObject>
#include <QSize>
#include <functional>

class MainWindow;

// Walks the kiosk's views the way a visitor would (sections, an item, a search, a form) and
// saves a picture of the screen at each step, at each screen size, for docs/screenshots.
// Pictures come from the display server (QScreen::grabWindow), so they show what a person
// at the screen would see, fonts and all.
class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow &window, const QString &directory, QObject *parent = nullptr);

    void start();

signals:
    void finished(bool ok);

private:
    struct Step
    {
        QString name;
        std::function<bool()> action; // false: the view could not be reached (logged)
    };

    QList<Step> steps();
    void next();
    bool click(const QString &objectName);
    bool activateRow(const QString &listName, int row);
    bool type(const QString &fieldName, const QString &text);

    MainWindow &m_window;
    QDir m_directory;
    QList<QSize> m_sizes;
    QList<Step> m_steps;
    int m_size = 0;
    int m_step = 0;
    bool m_ok = true;
};
