#pragma once

#include "section.h"

#include <functional>

class ChipBar;
class EventFilterModel;
class EventListModel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class SafeTextBrowser;
class TakeHomePanel;
class TouchList;
struct ContentItem;

// The noticeboard: events and calls coming up, by when (today, this week, this month, all),
// category and organiser; one of them in full with a code to take it home. Its first screen is
// the list; an event's detail and the list of organisers are one level deeper.
class NoticeboardSection final : public Section
{
    Q_OBJECT

public:
    explicit NoticeboardSection(const ViewContext &context, QWidget *parent = nullptr);

    int depth() const override;
    bool goBack() override;
    void reset() override;
    void refresh() override;
    bool openItem(Collection collection, const QString &id) override;
    QString readableText() const override;

    QString openEventId() const { return m_openId; } // empty unless the detail is shown

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

private:
    enum Page
    {
        ListPage,
        DetailPage,
        OrganiserPage,
    };

    void setPage(Page page);
    void reload(); // the cache and the clock again, keeping filters, place and choice
    // Runs `change` to the events' list (a read of the cache, or only of the clock), then
    // filters again, keeping the filters, the place in the list and the row chosen.
    void keepPlace(const std::function<void()> &change);
    void updateChoices();
    void updateOrganiserButton();
    void updateEmptyState();
    bool showDetail(const QString &id);
    QString detailHtml(const ContentItem &item) const;
    void openOrganisers();
    void chooseWindow(const QString &key);
    void chooseCategory(const QString &key);
    void chooseOrganiser(const QString &organiser);

    EventListModel *m_events;
    EventFilterModel *m_filter;
    QStandardItemModel *m_organisers;
    QStackedWidget *m_stack;
    ChipBar *m_when;
    ChipBar *m_category;
    QPushButton *m_organiserButton;
    TouchList *m_list;
    QLabel *m_empty;
    SafeTextBrowser *m_detail;
    TakeHomePanel *m_takeHome;
    QLabel *m_organiserHeading;
    TouchList *m_organiserList;
    QString m_openId;
};
