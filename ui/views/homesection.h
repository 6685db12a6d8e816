#pragma once

#include "blobimages.h"
#include "section.h"

class QBoxLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

// The first screen: today's highlights, the services with their live status (those with a
// problem first), what is coming up on the noticeboard, and an open survey to take part in.
// Every card opens its item in its own section. Cards are named home<Kind>_<id>.
class HomeSection final : public Section
{
    Q_OBJECT

public:
    explicit HomeSection(const ViewContext &context, QWidget *parent = nullptr);

    void refresh() override;
    void refreshChanged(const QSet<Collection> &changed) override;
    void reset() override;
    QString readableText() const override;

protected:
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild(bool news = true, bool services = true, bool events = true);
    void rebuildNews();
    void rebuildServices();
    void rebuildEvents();
    void fitColumns();
    void clearColumn(QVBoxLayout *layout);

    BlobImages m_images;
    QScrollArea *m_scroll;
    QLabel *m_newsTitle;
    QLabel *m_servicesTitle;
    QLabel *m_eventsTitle;
    QLabel *m_waiting;
    QVBoxLayout *m_news;
    QVBoxLayout *m_services;
    QVBoxLayout *m_events;
    QBoxLayout *m_columns = nullptr;
    QVBoxLayout *m_left = nullptr;
    QVBoxLayout *m_right = nullptr;
};
