#pragma once

#include "collection.h"
#include "syncreport.h"
#include "viewcontext.h"

#include <QMainWindow>

class LanguageSwitcher;
class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class Section;

// The kiosk's window: the municipality's name, how fresh the content is and the language at
// the top; the eight sections always in reach down the left side; one Back button.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Section keys, in the order of the navigation: "home", "news", "services",
    // "noticeboard", "legal", "participate", "myrequest", "municipality".
    static const QStringList &sectionKeys();

    // `language` may be null (no language button).
    MainWindow(const ViewContext &context, const QString &municipality,
               LanguageSwitcher *language = nullptr, QWidget *parent = nullptr);

    Section *section(const QString &key) const;
    QString currentSection() const;
    void showSection(const QString &key);
    // Shows an item in the section that presents its collection.
    bool openItem(Collection collection, const QString &id);
    QString freshnessText() const;

public slots:
    void onContentChanged();
    void onSyncFinished(const SyncReport &report);
    // A picture or PDF an item names is now on disk: show it where it is missing.
    void onBlobArrived(const QString &sha256);
    void goBack();
    // Home, every section at its first screen, every form empty.
    void resetAll();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFreshness();
    void updateBackButton();
    void refreshSections();

    ViewContext m_context;
    QString m_municipality;
    LanguageSwitcher *m_language;
    QLabel *m_title;
    QLabel *m_freshness;
    QPushButton *m_languageButton;
    QPushButton *m_back;
    QLabel *m_sectionTitle;
    QButtonGroup *m_nav;
    QStackedWidget *m_stack;
    QList<Section *> m_sections;
    QTimer *m_refreshTimer;
    QTimer *m_freshnessTimer;
    bool m_online = true;
};
