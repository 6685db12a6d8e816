#pragma once

#include "collection.h"

#include <QWidget>

class ContentListModel;
class ContentStore;
class QLabel;
class QListView;
class QStackedWidget;
class SafeTextBrowser;

// A section of the kiosk: the list of a collection on the left, the chosen item on the right.
// Child widgets are named after the collection ("newsList", "newsDetail") for tests.
class ContentPage final : public QWidget
{
    Q_OBJECT

public:
    ContentPage(const ContentStore &store, Collection collection, QWidget *parent = nullptr);

    ContentListModel *model() const { return m_model; }
    QString currentId() const { return m_currentId; }
    void showItem(const QString &id);
    void refresh(); // re-reads the cache, keeping the item on screen where it still exists
    void retranslate();

private:
    void onCurrentChanged();
    void updateEmptyState();

    const ContentStore &m_store;
    Collection m_collection;
    ContentListModel *m_model;
    QListView *m_list;
    SafeTextBrowser *m_detail;
    QStackedWidget *m_listStack;
    QLabel *m_emptyLabel;
    QString m_currentId;
};
