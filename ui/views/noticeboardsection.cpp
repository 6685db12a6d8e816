#include "noticeboardsection.h"

#include "chipbar.h"
#include "contentstore.h"
#include "eventdelegate.h"
#include "eventfiltermodel.h"
#include "eventlistmodel.h"
#include "htmltext.h"
#include "itemdelegate.h"
#include "itempresenter.h"
#include "readabletext.h"
#include "safetextbrowser.h"
#include "takehomelink.h"
#include "takehomepanel.h"
#include "touchlist.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace {

const QString kAll = QStringLiteral("all");
constexpr int kOrganiserKeyRole = Qt::UserRole + 200;

// "All upcoming" is the first screen's filter: a person arriving sees everything there is and
// narrows it, and the list looks the same every time whatever the day brings. Defaulting to
// "this week" only when it has something would make the first screen change its rules.
const QString kDefaultWindow = QStringLiteral("upcoming");

EventFilterModel::Window windowFor(const QString &key)
{
    if (key == QLatin1String("today"))
        return EventFilterModel::Window::Today;
    if (key == QLatin1String("week"))
        return EventFilterModel::Window::Week;
    if (key == QLatin1String("month"))
        return EventFilterModel::Window::Month;
    return EventFilterModel::Window::Upcoming;
}

// Server text on a button: "&" must stay a character, not become a keyboard shortcut.
QString buttonText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString factRow(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(HtmlText::escaped(label), HtmlText::escaped(value));
}

} // namespace

NoticeboardSection::NoticeboardSection(const ViewContext &context, QWidget *parent)
    : Section(context, parent)
    , m_events(new EventListModel(context.store, context.clock, this))
    , m_filter(new EventFilterModel(this))
    , m_organisers(new QStandardItemModel(this))
    , m_stack(new QStackedWidget(this))
    , m_when(new ChipBar(this))
    , m_category(new ChipBar(this))
    , m_organiserButton(new QPushButton(this))
    , m_list(new TouchList(this))
    , m_empty(new QLabel(this))
    , m_detail(new SafeTextBrowser(this))
    , m_takeHome(new TakeHomePanel(this))
    , m_organiserHeading(new QLabel(this))
    , m_organiserList(new TouchList(this))
{
    setObjectName(QStringLiteral("noticeboardSection"));
    m_stack->setObjectName(QStringLiteral("eventsStack"));
    m_when->setObjectName(QStringLiteral("eventsWhen"));
    m_category->setObjectName(QStringLiteral("eventsCategory"));
    m_organiserButton->setObjectName(QStringLiteral("eventsOrganiser"));
    m_list->setObjectName(QStringLiteral("eventsList"));
    m_empty->setObjectName(QStringLiteral("eventsEmpty"));
    m_detail->setObjectName(QStringLiteral("eventsDetail"));
    m_takeHome->setObjectName(QStringLiteral("eventsTakeHome"));
    m_organiserHeading->setObjectName(QStringLiteral("eventsOrganiserHeading"));
    m_organiserList->setObjectName(QStringLiteral("eventsOrganiserList"));

    m_filter->setSourceModel(m_events);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new EventDelegate(m_list));
    m_list->setUniformItemSizes(true); // EventDelegate's rows are all as tall: no row is asked
    m_organiserList->setModel(m_organisers);
    m_organiserList->setItemDelegate(new ItemDelegate(m_organiserList));

    m_organiserButton->setProperty("chip", true);
    m_organiserButton->setFocusPolicy(Qt::StrongFocus);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setProperty("placeholder", true);
    m_organiserHeading->setTextFormat(Qt::PlainText);
    m_organiserHeading->setWordWrap(true);
    m_organiserHeading->setProperty("heading", true);

    auto *listPage = new QWidget(m_stack);
    listPage->setObjectName(QStringLiteral("eventsListPage"));
    auto *filters = new QHBoxLayout;
    filters->setSpacing(16);
    filters->addWidget(m_when, 1);
    filters->addWidget(m_organiserButton);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(12);
    listLayout->addLayout(filters);
    // Seven categories do not fit a narrow screen in one row: the buttons wrap onto a second
    // row, so none is out of sight.
    listLayout->addWidget(m_category);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_empty, 1);

    auto *detailPage = new QWidget(m_stack);
    detailPage->setObjectName(QStringLiteral("eventsDetailPage"));
    auto *detailLayout = new QHBoxLayout(detailPage);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(24);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_takeHome, 0, Qt::AlignTop);

    auto *organiserPage = new QWidget(m_stack);
    organiserPage->setObjectName(QStringLiteral("eventsOrganiserPage"));
    auto *organiserLayout = new QVBoxLayout(organiserPage);
    organiserLayout->setContentsMargins(0, 0, 0, 0);
    organiserLayout->setSpacing(12);
    organiserLayout->addWidget(m_organiserHeading);
    organiserLayout->addWidget(m_organiserList, 1);

    m_stack->insertWidget(ListPage, listPage);
    m_stack->insertWidget(DetailPage, detailPage);
    m_stack->insertWidget(OrganiserPage, organiserPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_when, &ChipBar::chosen, this, &NoticeboardSection::chooseWindow);
    connect(m_category, &ChipBar::chosen, this, &NoticeboardSection::chooseCategory);
    connect(m_organiserButton, &QPushButton::clicked, this, &NoticeboardSection::openOrganisers);
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showDetail(index.data(EventListModel::IdRole).toString());
    });
    connect(m_organiserList, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        chooseOrganiser(index.data(kOrganiserKeyRole).toString());
    });

    m_filter->setNow(m_events->now());
    retranslate();
    m_when->setCurrent(kDefaultWindow);
    markStale(); // the events are read when the section is first shown
}

int NoticeboardSection::depth() const
{
    return m_stack->currentIndex() == ListPage ? 0 : 1;
}

bool NoticeboardSection::goBack()
{
    if (m_stack->currentIndex() == ListPage)
        return false;
    setPage(ListPage);
    return true;
}

void NoticeboardSection::reset()
{
    m_when->setCurrent(kDefaultWindow);
    m_filter->setWindow(windowFor(kDefaultWindow));
    m_category->setCurrent(kAll);
    m_filter->setCategory({});
    m_filter->setOrganiser({});
    // Out of sight (the idle wipe resets every section), the next showing reloads anyway.
    if (isVisible())
        reload();
    setPage(ListPage);
    m_list->resetPosition();
    m_organiserList->resetPosition();
}

void NoticeboardSection::refresh()
{
    reload();
    if (m_stack->currentIndex() == DetailPage && !showDetail(m_openId))
        setPage(ListPage); // withdrawn while someone was reading it
    else if (m_stack->currentIndex() == OrganiserPage)
        openOrganisers();
}

bool NoticeboardSection::openItem(Collection collection, const QString &id)
{
    return collection == Collection::Events && showDetail(id);
}

void NoticeboardSection::showEvent(QShowEvent *event)
{
    // A kiosk left alone overnight must not greet the morning with yesterday's events. The
    // cache is read again only if it changed; reading all of a large municipality's events at
    // each touch of the section took a quarter of a second.
    if (!isStale())
        keepPlace([this] { m_events->advanceNow(); });
    Section::showEvent(event);
}

void NoticeboardSection::setPage(Page page)
{
    const int before = depth();
    if (page != DetailPage) {
        m_openId.clear();
        m_takeHome->clear();
    }
    m_stack->setCurrentIndex(page);
    if (depth() != before)
        emit depthChanged();
}

void NoticeboardSection::reload()
{
    keepPlace([this] { m_events->refresh(); });
}

void NoticeboardSection::keepPlace(const std::function<void()> &change)
{
    const int scroll = m_list->verticalScrollBar()->value();
    const QString current = m_list->currentIndex().data(EventListModel::IdRole).toString();
    change();
    m_filter->setNow(m_events->now());
    updateChoices();
    updateEmptyState();
    const int row = m_events->rowOf(current);
    if (row >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_events->index(row, 0));
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
    // The view lays its rows out later; do it now so that the old position still exists.
    m_list->doItemsLayout();
    m_list->verticalScrollBar()->setValue(scroll);
}

void NoticeboardSection::updateChoices()
{
    QStringList categories = m_filter->upcomingValues(EventListModel::CategoryRole);
    categories.sort();
    QList<ChipBar::Choice> choices{{kAll, tr("All")}};
    for (const QString &category : std::as_const(categories))
        choices.append({category, buttonText(ItemPresenter::categoryText(category))});
    m_category->setChoices(choices);
    // A category that has nothing left falls back to All (the bar chooses it).
    m_filter->setCategory(m_category->current() == kAll ? QString() : m_category->current());

    const QStringList organisers = m_filter->upcomingValues(EventListModel::OrganiserRole);
    if (!organisers.contains(m_filter->organiser()))
        m_filter->setOrganiser({});
    updateOrganiserButton();
}

void NoticeboardSection::updateOrganiserButton()
{
    const QString organiser = m_filter->organiser();
    const QString name =
        organiser.isEmpty()
            ? tr("Anyone")
            : m_organiserButton->fontMetrics().elidedText(organiser, Qt::ElideRight, 360);
    m_organiserButton->setText(buttonText(tr("Organiser: %1").arg(name)));
    m_organiserButton->setProperty("filtering", !organiser.isEmpty());
    m_organiserButton->setAccessibleName(organiser.isEmpty() ? tr("Choose an organiser")
                                                             : tr("Organiser: %1").arg(organiser));
    // A dynamic property only restyles after the style sheet is applied again.
    m_organiserButton->style()->unpolish(m_organiserButton);
    m_organiserButton->style()->polish(m_organiserButton);
}

void NoticeboardSection::updateEmptyState()
{
    const bool empty = m_filter->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!empty)
        return;
    if (!context().store) {
        m_empty->setText(tr("The noticeboard cannot be shown on this screen right now."));
        return;
    }
    if (m_filter->upcomingValues(EventListModel::IdRole).isEmpty()) {
        m_empty->setText(tr("There are no events or calls coming up at the moment."));
        return;
    }
    switch (m_filter->window()) {
    case EventFilterModel::Window::Today:
        m_empty->setText(tr("Nothing on today. Try this week."));
        break;
    case EventFilterModel::Window::Week:
        m_empty->setText(tr("Nothing on this week. Try this month."));
        break;
    case EventFilterModel::Window::Month:
        m_empty->setText(tr("Nothing on this month. Try all upcoming."));
        break;
    case EventFilterModel::Window::Upcoming:
        m_empty->setText(
            tr("Nothing coming up for this choice. Try another category or organiser."));
        break;
    }
}

bool NoticeboardSection::showDetail(const QString &id)
{
    if (id.isEmpty() || !context().store)
        return false;
    const auto item = context().store->item(Collection::Events, id);
    if (!item)
        return false;
    const int scroll = m_openId == id ? m_detail->verticalScrollBar()->value() : 0;
    m_detail->setHtml(detailHtml(*item));
    m_detail->verticalScrollBar()->setValue(scroll);
    m_takeHome->setLink(TakeHomeLink::forItem(context().publicBase, Collection::Events, id));
    const int before = depth();
    m_openId = id;
    m_stack->setCurrentIndex(DetailPage);
    if (depth() != before)
        emit depthChanged();
    return true;
}

QString NoticeboardSection::detailHtml(const ContentItem &item) const
{
    const auto field = [&item](const char *key) {
        return item.data.value(QLatin1StringView(key)).toString().trimmed();
    };
    const auto time = [&field](const char *key) {
        return QDateTime::fromString(field(key), Qt::ISODate);
    };
    const bool call = field("kind") == QLatin1String("call");
    const QDateTime starts = time("starts_at");
    const QDateTime ends = time("ends_at");
    const QDateTime deadline = time("deadline");
    const QDateTime now = m_events->now();
    const QString category = ItemPresenter::categoryText(item.category);

    QString html = QStringLiteral("<h1>%1</h1>").arg(HtmlText::escaped(item.title));
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(HtmlText::escaped((call ? tr("Call · %1") : tr("Event · %1")).arg(category)));
    if (call && deadline.isValid()) {
        // What a person must not miss comes first and large.
        html += QStringLiteral("<p><b><font size=\"+2\">%1</font></b></p>")
                    .arg(HtmlText::escaped(
                        tr("Apply by %1").arg(EventListModel::fullDateTimeText(deadline))));
    }
    QStringList rows;
    if (call) {
        rows << factRow(starts > now ? tr("Applications open") : tr("Open since"),
                        EventListModel::fullDateTimeText(starts));
        if (ends.isValid())
            rows << factRow(tr("Until"), EventListModel::fullDateTimeText(ends));
    } else {
        rows << factRow(tr("When"), EventListModel::fullSpanText(starts, ends));
    }
    rows << factRow(tr("Where"), field("place")) << factRow(tr("Organised by"), field("organiser"))
         << factRow(tr("Category"), category);
    html += QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"6\">%1</table>")
                .arg(rows.join(QString()));
    html += ItemPresenter::paragraphs(field("description"));
    return html;
}

void NoticeboardSection::openOrganisers()
{
    QMap<QString, int> counts;
    for (int row = 0; row < m_events->rowCount(); ++row) {
        const QModelIndex index = m_events->index(row, 0);
        const QString organiser = index.data(EventListModel::OrganiserRole).toString();
        if (!organiser.isEmpty() &&
            !EventFilterModel::isOver(index.data(EventListModel::UntilRole).toDateTime(),
                                      m_filter->now()))
            ++counts[organiser];
    }
    QStringList organisers = counts.keys();
    std::sort(organisers.begin(), organisers.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });

    m_organisers->clear();
    auto *all = new QStandardItem(tr("All organisers"));
    all->setData(QString(), kOrganiserKeyRole);
    all->setData(tr("Everything on the noticeboard"), EventListModel::SubtitleRole);
    m_organisers->appendRow(all);
    for (const QString &organiser : std::as_const(organisers)) {
        auto *entry = new QStandardItem(organiser);
        entry->setData(organiser, kOrganiserKeyRole);
        entry->setData(tr("On the noticeboard: %1").arg(counts.value(organiser)),
                       EventListModel::SubtitleRole);
        m_organisers->appendRow(entry);
    }
    const int chosen = int(organisers.indexOf(m_filter->organiser())) + 1;
    m_organiserList->setCurrentIndex(m_organisers->index(chosen, 0));
    if (m_stack->currentIndex() != OrganiserPage) {
        m_organiserList->scrollTo(m_organisers->index(chosen, 0));
        setPage(OrganiserPage);
    }
}

void NoticeboardSection::chooseWindow(const QString &key)
{
    m_filter->setWindow(windowFor(key));
    m_list->scrollToTop();
    updateEmptyState();
}

void NoticeboardSection::chooseCategory(const QString &key)
{
    m_filter->setCategory(key == kAll ? QString() : key);
    m_list->scrollToTop();
    updateEmptyState();
}

void NoticeboardSection::chooseOrganiser(const QString &organiser)
{
    m_filter->setOrganiser(organiser);
    updateOrganiserButton();
    updateEmptyState();
    setPage(ListPage);
    m_list->scrollToTop();
}

void NoticeboardSection::retranslate()
{
    m_when->setChoices({{QStringLiteral("today"), tr("Today")},
                        {QStringLiteral("week"), tr("This week")},
                        {QStringLiteral("month"), tr("This month")},
                        {QStringLiteral("upcoming"), tr("All upcoming")}});
    m_organiserHeading->setText(tr("Who organises it? Choose one to see only theirs."));
    updateChoices();
    updateEmptyState();
    if (m_stack->currentIndex() == DetailPage)
        showDetail(m_openId);
    else if (m_stack->currentIndex() == OrganiserPage)
        openOrganisers();
    m_list->viewport()->update();
}

QString NoticeboardSection::readableText() const
{
    switch (m_stack->currentIndex()) {
    case DetailPage:
        return ReadableText::join({ReadableText::fromDocument(m_detail->document())});
    case OrganiserPage:
        return ReadableText::join(QStringList{m_organiserHeading->text()} +
                                  ReadableText::listTitles(m_organiserList));
    default:
        break;
    }
    QStringList parts{tr("Noticeboard")};
    if (m_empty->isVisibleTo(this))
        parts.append(m_empty->text());
    else
        parts += ReadableText::listTitles(m_list);
    return ReadableText::join(parts);
}
