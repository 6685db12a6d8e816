#pragma once

#include "section.h"

class ChipBar;
class PageListModel;
class ProjectListModel;
class QLabel;
class QProgressBar;
class QStackedWidget;
class SafeTextBrowser;
class TakeHomePanel;
class TouchList;

// The municipality itself: its profile, its offices and how to reach them, and its local
// projects with how far along they are. The first screen is a list under three tabs; a page
// or a project, read in full, is one level deeper.
class MunicipalitySection final : public Section
{
    Q_OBJECT

public:
    explicit MunicipalitySection(const ViewContext &context, QWidget *parent = nullptr);

    int depth() const override;
    bool goBack() override;
    void reset() override;
    void refresh() override;
    bool openItem(Collection collection, const QString &id) override;
    QString readableText() const override;

    QString currentTab() const;
    QString openPageId() const { return m_openPageId; }       // empty unless a page is read
    QString openProjectId() const { return m_openProjectId; } // empty unless a project is

protected:
    void retranslate() override;

private:
    enum Page
    {
        ListPage,
        ReaderPage,
        ProjectPage,
    };

    void chooseTab(const QString &key);
    void showList();
    void updateEmptyState();
    bool showPage(const QString &id);
    bool showProject(const QString &id);
    void setStackPage(Page page);

    PageListModel *m_pages;
    ProjectListModel *m_projects;
    QStackedWidget *m_stack;
    ChipBar *m_tabs;
    TouchList *m_pageList;
    TouchList *m_projectList;
    QLabel *m_empty;
    SafeTextBrowser *m_reader;
    TakeHomePanel *m_pageTakeHome;
    QLabel *m_projectTitle;
    QLabel *m_projectStatus;
    QProgressBar *m_projectProgress;
    SafeTextBrowser *m_projectText;
    TakeHomePanel *m_projectTakeHome;
    QString m_openPageId;
    QString m_openProjectId;
};
