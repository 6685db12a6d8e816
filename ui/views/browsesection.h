#pragma once

#include "blobimages.h"
#include "chipbar.h"
#include "section.h"

#include <functional>

class ContentListModel;
class FieldFilterModel;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QStackedWidget;
class SafeTextBrowser;
class TakeHomePanel;
class TouchList;
struct ContentItem;

// A section that is a list of one collection, narrowed by filter buttons, and a reader for the
// chosen item with its picture and take-home code beside it (News, Services). Widgets are named
// after the section's prefix: <prefix>List, <prefix>Empty, <prefix>Reader, <prefix>Image.
class BrowseSection : public Section
{
    Q_OBJECT

public:
    BrowseSection(const ViewContext &context, Collection collection, const QString &prefix,
                  QWidget *parent = nullptr);

    int depth() const override;
    bool goBack() override;
    void reset() override;
    void refresh() override;
    bool openItem(Collection collection, const QString &id) override;
    QString readableText() const override;

    QString currentId() const { return m_currentId; } // the item in the reader; empty at the list
    ContentListModel *model() const { return m_model; }

protected:
    using Labeller = std::function<QString(const QString &value)>;
    // A row of buttons that narrows the list to items whose `field` has the chosen value; the
    // values offered are those present in the cache, each named on screen by `label`. Past a
    // handful of values a row of buttons would fill the screen: the filter is then one button
    // (<objectName>Button) that opens a list of the values (<objectName>Choices), and
    // `caption` names the filter on that button ("Office").
    void addFilter(const QString &field, const QString &objectName, Labeller label,
                   std::function<QString()> caption);
    virtual QString readerHtml(const ContentItem &item) const;
    virtual QString emptyText() const;
    void retranslate() override;

private:
    struct Filter
    {
        QString field;
        ChipBar *bar;
        QPushButton *button;
        Labeller label;
        std::function<QString()> caption;
    };

    void showReader(const QString &id);
    void showChoices(int filter);
    void choose(const QString &field, const QString &value);
    void showPage(QWidget *page);
    void renderReader(bool keepScroll);
    QStringList valuesOf(const Filter &filter) const;
    void updateFilters();
    void updateEmptyState();

    Collection m_collection;
    BlobImages m_images;
    ContentListModel *m_model;
    FieldFilterModel *m_filtered;
    QStackedWidget *m_pages;
    QWidget *m_listPage;
    QWidget *m_filterArea;
    TouchList *m_list;
    QLabel *m_empty;
    QWidget *m_readerPage;
    SafeTextBrowser *m_reader;
    QLabel *m_image;
    TakeHomePanel *m_takeHome;
    QWidget *m_choicesPage;
    TouchList *m_choices;
    QStandardItemModel *m_choiceModel;
    int m_choosing = -1; // the filter whose values the choices page shows
    QList<Filter> m_filters;
    QString m_currentId;
};
