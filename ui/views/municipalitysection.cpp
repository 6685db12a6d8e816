#include "municipalitysection.h"

#include "chipbar.h"
#include "clock.h"
#include "contentstore.h"
#include "htmltext.h"
#include "itemdelegate.h"
#include "itempresenter.h"
#include "pagelistmodel.h"
#include "projectdelegate.h"
#include "projectlistmodel.h"
#include "readabletext.h"
#include "safetextbrowser.h"
#include "takehomelink.h"
#include "takehomepanel.h"
#include "touchlist.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <functional>

namespace {

const QString kProfile = QStringLiteral("profile");
const QString kOffices = QStringLiteral("offices");
const QString kProjects = QStringLiteral("projects");

QStringList sectionsOf(const QString &tab)
{
    if (tab == kOffices)
        return {QStringLiteral("oficinas"), QStringLiteral("contactos")};
    return {QStringLiteral("perfil")};
}

QString tabOf(const QString &pageSection)
{
    return sectionsOf(kOffices).contains(pageSection) ? kOffices : kProfile;
}

QString dateText(const QString &isoDateTime)
{
    const QDateTime when = QDateTime::fromString(isoDateTime, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.date(), QLocale::LongFormat) : QString();
}

QString factRow(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(HtmlText::escaped(label), HtmlText::escaped(value));
}

void keepPosition(TouchList *list, const std::function<void()> &change)
{
    const int scroll = list->verticalScrollBar()->value();
    change();
    // The view lays its rows out later; do it now so that the old position still exists.
    list->doItemsLayout();
    list->verticalScrollBar()->setValue(scroll);
}

} // namespace

MunicipalitySection::MunicipalitySection(const ViewContext &context, QWidget *parent)
    : Section(context, parent)
    , m_pages(new PageListModel(context.store, this))
    , m_projects(new ProjectListModel(context.store, this))
    , m_stack(new QStackedWidget(this))
    , m_tabs(new ChipBar(this))
    , m_pageList(new TouchList(this))
    , m_projectList(new TouchList(this))
    , m_empty(new QLabel(this))
    , m_reader(new SafeTextBrowser(this))
    , m_pageTakeHome(new TakeHomePanel(this))
    , m_projectTitle(new QLabel(this))
    , m_projectStatus(new QLabel(this))
    , m_projectProgress(new QProgressBar(this))
    , m_projectText(new SafeTextBrowser(this))
    , m_projectTakeHome(new TakeHomePanel(this))
{
    setObjectName(QStringLiteral("municipalitySection"));
    m_stack->setObjectName(QStringLiteral("municipalityStack"));
    m_tabs->setObjectName(QStringLiteral("municipalityTabs"));
    m_pageList->setObjectName(QStringLiteral("municipalityPages"));
    m_projectList->setObjectName(QStringLiteral("projectsList"));
    m_empty->setObjectName(QStringLiteral("municipalityEmpty"));
    m_reader->setObjectName(QStringLiteral("municipalityPage"));
    m_pageTakeHome->setObjectName(QStringLiteral("municipalityPageTakeHome"));
    m_projectTitle->setObjectName(QStringLiteral("projectTitle"));
    m_projectStatus->setObjectName(QStringLiteral("projectStatus"));
    m_projectProgress->setObjectName(QStringLiteral("projectProgress"));
    m_projectText->setObjectName(QStringLiteral("projectText"));
    m_projectTakeHome->setObjectName(QStringLiteral("projectTakeHome"));

    m_pageList->setModel(m_pages);
    m_pageList->setItemDelegate(new ItemDelegate(m_pageList));
    m_projectList->setModel(m_projects);
    m_projectList->setItemDelegate(new ProjectDelegate(m_projectList));

    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setProperty("placeholder", true);
    m_projectTitle->setTextFormat(Qt::PlainText);
    m_projectTitle->setWordWrap(true);
    m_projectTitle->setProperty("heading", true);
    m_projectStatus->setTextFormat(Qt::PlainText);
    m_projectStatus->setWordWrap(true);
    m_projectProgress->setRange(0, 100);
    m_projectProgress->setTextVisible(true);
    m_projectProgress->setMinimumHeight(48);

    auto *listPage = new QWidget(m_stack);
    listPage->setObjectName(QStringLiteral("municipalityListPage"));
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(12);
    listLayout->addWidget(m_tabs);
    listLayout->addWidget(m_pageList, 1);
    listLayout->addWidget(m_projectList, 1);
    listLayout->addWidget(m_empty, 1);

    auto *readerPage = new QWidget(m_stack);
    readerPage->setObjectName(QStringLiteral("municipalityReader"));
    auto *readerLayout = new QHBoxLayout(readerPage);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(24);
    readerLayout->addWidget(m_reader, 1);
    readerLayout->addWidget(m_pageTakeHome, 0, Qt::AlignTop);

    auto *projectPage = new QWidget(m_stack);
    projectPage->setObjectName(QStringLiteral("projectDetail"));
    auto *projectColumn = new QVBoxLayout;
    projectColumn->setSpacing(12);
    projectColumn->addWidget(m_projectTitle);
    projectColumn->addWidget(m_projectStatus);
    projectColumn->addWidget(m_projectProgress);
    projectColumn->addWidget(m_projectText, 1);
    auto *projectLayout = new QHBoxLayout(projectPage);
    projectLayout->setContentsMargins(0, 0, 0, 0);
    projectLayout->setSpacing(24);
    projectLayout->addLayout(projectColumn, 1);
    projectLayout->addWidget(m_projectTakeHome, 0, Qt::AlignTop);

    m_stack->insertWidget(ListPage, listPage);
    m_stack->insertWidget(ReaderPage, readerPage);
    m_stack->insertWidget(ProjectPage, projectPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tabs, &ChipBar::chosen, this, &MunicipalitySection::chooseTab);
    connect(m_pageList, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showPage(index.data(PageListModel::IdRole).toString());
    });
    connect(m_projectList, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showProject(index.data(ProjectListModel::IdRole).toString());
    });

    retranslate();
    m_tabs->setCurrent(kProfile);
    chooseTab(kProfile);
}

QString MunicipalitySection::currentTab() const
{
    return m_tabs->current();
}

int MunicipalitySection::depth() const
{
    return m_stack->currentIndex() == ListPage ? 0 : 1;
}

bool MunicipalitySection::goBack()
{
    if (m_stack->currentIndex() == ListPage)
        return false;
    setStackPage(ListPage);
    return true;
}

void MunicipalitySection::reset()
{
    m_tabs->setCurrent(kProfile);
    chooseTab(kProfile);
    setStackPage(ListPage);
    m_pageList->resetPosition();
    m_projectList->resetPosition();
}

void MunicipalitySection::refresh()
{
    keepPosition(m_pageList, [this] { m_pages->refresh(); });
    keepPosition(m_projectList, [this] { m_projects->refresh(); });
    updateEmptyState();
    // What is open stays open with what is new in it, unless it was withdrawn.
    if (m_stack->currentIndex() == ReaderPage && !showPage(m_openPageId))
        setStackPage(ListPage);
    else if (m_stack->currentIndex() == ProjectPage && !showProject(m_openProjectId))
        setStackPage(ListPage);
}

bool MunicipalitySection::openItem(Collection collection, const QString &id)
{
    if (!context().store)
        return false;
    const auto item = context().store->item(collection, id);
    if (!item)
        return false;
    if (collection == Collection::Pages) {
        const QString tab = tabOf(item->category);
        m_tabs->setCurrent(tab);
        chooseTab(tab);
        return showPage(id);
    }
    if (collection == Collection::Projects) {
        m_tabs->setCurrent(kProjects);
        chooseTab(kProjects);
        return showProject(id);
    }
    return false;
}

void MunicipalitySection::chooseTab(const QString &key)
{
    const bool projects = key == kProjects;
    if (!projects)
        m_pages->setSections(sectionsOf(key));
    m_pageList->resetPosition();
    m_projectList->resetPosition();
    updateEmptyState();
}

void MunicipalitySection::updateEmptyState()
{
    const bool projects = m_tabs->current() == kProjects;
    const bool empty = projects ? m_projects->rowCount() == 0 : m_pages->rowCount() == 0;
    m_pageList->setVisible(!projects && !empty);
    m_projectList->setVisible(projects && !empty);
    m_empty->setVisible(empty);
    if (!context().store)
        m_empty->setText(tr("This information cannot be shown on this screen right now."));
    else if (projects)
        m_empty->setText(tr("No local projects have been published yet."));
    else
        m_empty->setText(tr("Nothing has been published here yet."));
}

bool MunicipalitySection::showPage(const QString &id)
{
    if (id.isEmpty() || !context().store)
        return false;
    const auto item = context().store->item(Collection::Pages, id);
    if (!item)
        return false;
    const int scroll = m_openPageId == id ? m_reader->verticalScrollBar()->value() : 0;
    const QString body = item->data.value(QLatin1StringView("body")).toString();
    m_reader->setHtml(QStringLiteral("<h1>%1</h1>").arg(HtmlText::escaped(item->title)) +
                      ItemPresenter::paragraphs(body));
    m_reader->verticalScrollBar()->setValue(scroll);
    m_pageTakeHome->setLink(TakeHomeLink::forItem(context().publicBase, Collection::Pages, id));
    setStackPage(ReaderPage);
    m_openPageId = id;
    return true;
}

bool MunicipalitySection::showProject(const QString &id)
{
    if (id.isEmpty() || !context().store)
        return false;
    const auto item = context().store->item(Collection::Projects, id);
    if (!item)
        return false;
    const auto field = [&item](const char *key) {
        return item->data.value(QLatin1StringView(key)).toString().trimmed();
    };
    const int progress = qBound(0, item->data.value(QLatin1StringView("progress")).toInt(), 100);
    const QString status = ProjectListModel::statusText(item->category);
    const QDateTime now = context().clock ? context().clock->now() : QDateTime::currentDateTime();
    const QDateTime started = QDateTime::fromString(field("started_at"), Qt::ISODate);
    const bool finished = item->category == QLatin1String("terminado");

    m_projectTitle->setText(item->title);
    m_projectStatus->setText(status.isEmpty() ? QString() : tr("Status: %1").arg(status));
    m_projectStatus->setVisible(!status.isEmpty());
    m_projectProgress->setValue(progress);
    m_projectProgress->setFormat(tr("%p% done"));
    m_projectProgress->setAccessibleName(
        tr("%1 done").arg(ProjectListModel::percentText(progress)));

    const QStringList rows{
        factRow(tr("Responsible"), field("responsible")),
        factRow(started.isValid() && started > now ? tr("Starts") : tr("Started"),
                dateText(field("started_at"))),
        factRow(finished ? tr("Finished") : tr("Expected to finish"),
                dateText(field("expected_end")))};
    const QString facts = rows.join(QString());
    const int scroll = m_openProjectId == id ? m_projectText->verticalScrollBar()->value() : 0;
    m_projectText->setHtml((facts.isEmpty()
                                ? QString()
                                : QStringLiteral("<table class=\"facts\" cellspacing=\"0\" "
                                                 "cellpadding=\"6\">%1</table>")
                                      .arg(facts)) +
                           ItemPresenter::paragraphs(field("description")));
    m_projectText->verticalScrollBar()->setValue(scroll);
    m_projectTakeHome->setLink(
        TakeHomeLink::forItem(context().publicBase, Collection::Projects, id));
    setStackPage(ProjectPage);
    m_openProjectId = id;
    return true;
}

void MunicipalitySection::setStackPage(Page page)
{
    const int before = depth();
    if (page != ReaderPage) {
        m_openPageId.clear();
        m_pageTakeHome->clear();
    }
    if (page != ProjectPage) {
        m_openProjectId.clear();
        m_projectTakeHome->clear();
    }
    m_stack->setCurrentIndex(page);
    if (depth() != before)
        emit depthChanged();
}

void MunicipalitySection::retranslate()
{
    m_tabs->setChoices({{kProfile, tr("Profile")},
                        {kOffices, tr("Offices and contacts")},
                        {kProjects, tr("Projects")}});
    updateEmptyState();
    if (m_stack->currentIndex() == ReaderPage)
        showPage(m_openPageId);
    else if (m_stack->currentIndex() == ProjectPage)
        showProject(m_openProjectId);
    m_pageList->viewport()->update();
    m_projectList->viewport()->update();
}

QString MunicipalitySection::readableText() const
{
    switch (m_stack->currentIndex()) {
    case ReaderPage:
        return ReadableText::join({ReadableText::fromDocument(m_reader->document())});
    case ProjectPage:
        // The title, its status, how far along it is and its text, as laid out.
        return ReadableText::join(ReadableText::screenText(m_stack->currentWidget()));
    default:
        break;
    }
    const QString tab = m_tabs->current();
    QStringList parts{tr("Municipality"), tab == kProjects  ? tr("Projects")
                                          : tab == kOffices ? tr("Offices and contacts")
                                                            : tr("Profile")};
    if (m_empty->isVisibleTo(this))
        parts.append(m_empty->text());
    else
        parts += ReadableText::listTitles(tab == kProjects ? m_projectList : m_pageList);
    return ReadableText::join(parts);
}
