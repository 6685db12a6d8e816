#pragma once

#include "collection.h"
#include "syncreport.h"

#include <QMainWindow>

class Clock;
class ContentPage;
class ContentStore;
class QLabel;
class QTabWidget;
class QTimer;

// The kiosk's window: the municipality's name, how fresh the content is, and the sections.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const ContentStore &store, const Clock &clock, const QString &municipality,
               QWidget *parent = nullptr);

    ContentPage *page(Collection collection) const;
    QString freshnessText() const;

public slots:
    void onContentChanged();
    void onSyncFinished(const SyncReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFreshness();
    void refreshPages();

    const ContentStore &m_store;
    const Clock &m_clock;
    QString m_municipality;
    QLabel *m_title;
    QLabel *m_freshness;
    QTabWidget *m_sections;
    QList<ContentPage *> m_pages;
    QTimer *m_refreshTimer;
    QTimer *m_freshnessTimer;
    bool m_online = true;
};
