#include "browsesection.h"

#include "contentlistmodel.h"
#include "contentstore.h"
#include "fieldfiltermodel.h"
#include "itemdelegate.h"
#include "itempresenter.h"
#include "readabletext.h"
#include "safetextbrowser.h"
#include "takehomelink.h"
#include "takehomepanel.h"
#include "touchlist.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

const QSize kPicture(400, 225); // beside the text, leaving it room on a 1280-pixel screen
constexpr int kMaxChips = 10;   // about two rows of buttons on a 1280-pixel-wide screen
// Rows read at a time: a few screens' worth. A large municipality's 100,000 news items are
// read as the person scrolls, not all before the list shows (that took most of a second).
constexpr int kListPage = 200;

} // namespace

BrowseSection::BrowseSection(const ViewContext &context, Collection collection,
                             const QString &prefix, QWidget *parent)
    : Section(context, parent)
    , m_collection(collection)
    , m_images(context.blobs)
    , m_model(new ContentListModel(*context.store, collection, this))
    , m_filtered(new FieldFilterModel(this))
    , m_pages(new QStackedWidget(this))
    , m_listPage(new QWidget(m_pages))
    , m_filterArea(new QWidget(m_listPage))
    , m_list(new TouchList(m_listPage))
    , m_empty(new QLabel(m_listPage))
    , m_readerPage(new QWidget(m_pages))
    , m_reader(new SafeTextBrowser(m_readerPage))
    , m_image(new QLabel(m_readerPage))
    , m_takeHome(new TakeHomePanel(m_readerPage))
    , m_choicesPage(new QWidget(m_pages))
    , m_choices(new TouchList(m_choicesPage))
    , m_choiceModel(new QStandardItemModel(this))
{
    setObjectName(prefix + QStringLiteral("Section"));
    m_list->setObjectName(prefix + QStringLiteral("List"));
    m_empty->setObjectName(prefix + QStringLiteral("Empty"));
    m_reader->setObjectName(prefix + QStringLiteral("Reader"));
    m_image->setObjectName(prefix + QStringLiteral("Image"));

    m_model->setPageSize(kListPage);
    m_filtered->setSourceModel(m_model);
    m_list->setModel(m_filtered);
    m_list->setItemDelegate(new ItemDelegate(m_list, context.blobs ? &m_images : nullptr));
    // Every row is as tall as any other (ItemDelegate::sizeHint reads no row): the list lays
    // out 100,000 news without asking each row its size.
    m_list->setUniformItemSizes(true);
    connect(m_list, &TouchList::activated, this, [this](const QModelIndex &index) {
        showReader(index.data(ContentListModel::IdRole).toString());
    });

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setProperty("placeholder", true);

    auto *filterLayout = new QVBoxLayout(m_filterArea);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->setSpacing(8);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(12);
    listLayout->addWidget(m_filterArea);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_empty, 1);

    m_image->setAlignment(Qt::AlignCenter);
    auto *side = new QVBoxLayout;
    side->setSpacing(16);
    side->addWidget(m_image);
    side->addWidget(m_takeHome);
    side->addStretch(1);
    m_image->setMaximumWidth(kPicture.width());
    m_takeHome->setMaximumWidth(kPicture.width());
    auto *readerLayout = new QHBoxLayout(m_readerPage);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(20);
    readerLayout->addWidget(m_reader, 1);
    readerLayout->addLayout(side);

    m_choices->setModel(m_choiceModel);
    m_choices->setItemDelegate(new ItemDelegate(m_choices));
    connect(m_choices, &TouchList::activated, this, [this](const QModelIndex &index) {
        if (m_choosing < 0 || m_choosing >= m_filters.size())
            return;
        choose(m_filters.at(m_choosing).field, index.data(Qt::UserRole).toString());
        goBack();
    });
    auto *choicesLayout = new QVBoxLayout(m_choicesPage);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(m_choices);

    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_readerPage);
    m_pages->addWidget(m_choicesPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    updateEmptyState();
    // The list is read when the section is first shown (or asked to open an item).
    markStale();
}

int BrowseSection::depth() const
{
    return m_pages->currentWidget() == m_listPage ? 0 : 1;
}

bool BrowseSection::goBack()
{
    if (depth() == 0)
        return false;
    m_currentId.clear();
    m_reader->clear();
    m_takeHome->clear();
    m_choosing = -1;
    showPage(m_listPage);
    return true;
}

void BrowseSection::reset()
{
    goBack();
    for (const Filter &filter : std::as_const(m_filters))
        filter.bar->setCurrent(QString());
    m_filtered->clearRequirements();
    m_model->rewind(); // one person's long scroll is not read again at each sync
    updateFilters();
    m_list->resetPosition();
    updateEmptyState();
}

void BrowseSection::refresh()
{
    m_model->refresh();
    updateFilters();
    updateEmptyState();
    if (m_currentId.isEmpty())
        return;
    if (!context().store->item(m_collection, m_currentId))
        goBack(); // withdrawn while being read
    else
        renderReader(true);
}

bool BrowseSection::openItem(Collection collection, const QString &id)
{
    if (collection != m_collection || !context().store->item(collection, id))
        return false;
    showReader(id);
    return true;
}

void BrowseSection::addFilter(const QString &field, const QString &objectName, Labeller label,
                              std::function<QString()> caption)
{
    auto *bar = new ChipBar(m_filterArea);
    bar->setObjectName(objectName);
    auto *button = new QPushButton(m_filterArea);
    button->setObjectName(objectName + QStringLiteral("Button"));
    button->setProperty("picker", true);
    m_filterArea->layout()->addWidget(bar);
    m_filterArea->layout()->addWidget(button);
    const int index = int(m_filters.size());
    m_filters.append({field, bar, button, std::move(label), std::move(caption)});
    connect(bar, &ChipBar::chosen, this,
            [this, field](const QString &value) { choose(field, value); });
    connect(button, &QPushButton::clicked, this, [this, index] { showChoices(index); });
    updateFilters();
}

void BrowseSection::choose(const QString &field, const QString &value)
{
    m_filtered->setRequirement(field, value);
    for (const Filter &filter : std::as_const(m_filters)) {
        if (filter.field == field)
            filter.bar->setCurrent(value);
    }
    updateFilters();
    m_list->scrollToTop();
    updateEmptyState();
}

void BrowseSection::showChoices(int index)
{
    const Filter &filter = m_filters.at(index);
    m_choosing = index;
    m_choiceModel->clear();
    m_choices->setObjectName(filter.bar->objectName() + QStringLiteral("Choices"));
    QStringList values = valuesOf(filter);
    values.prepend(QString());
    for (const QString &value : std::as_const(values)) {
        auto *row = new QStandardItem(value.isEmpty() ? tr("All") : filter.label(value));
        row->setData(value, Qt::UserRole);
        row->setData(value, ContentListModel::IdRole);
        m_choiceModel->appendRow(row);
    }
    m_choices->resetPosition();
    showPage(m_choicesPage);
}

void BrowseSection::showPage(QWidget *page)
{
    const int before = depth();
    m_pages->setCurrentWidget(page);
    if (depth() != before)
        emit depthChanged();
}

QString BrowseSection::readerHtml(const ContentItem &item) const
{
    return ItemPresenter::detailHtml(item);
}

QString BrowseSection::emptyText() const
{
    return tr("Nothing to show here yet.\nThe kiosk is getting the latest information from "
              "the municipality.");
}

void BrowseSection::retranslate()
{
    updateFilters();
    // Second lines are written when painted, in the language on screen: repaint, no re-read.
    m_list->viewport()->update();
    updateEmptyState();
    if (!m_currentId.isEmpty())
        renderReader(true);
}

void BrowseSection::showReader(const QString &id)
{
    m_currentId = id;
    renderReader(false);
    showPage(m_readerPage);
}

void BrowseSection::renderReader(bool keepScroll)
{
    const auto item = context().store->item(m_collection, m_currentId);
    if (!item)
        return;
    // A sync that changes the item being read (a service's status) must not throw the reader
    // back to the top.
    const int scroll = m_reader->verticalScrollBar()->value();
    m_reader->setHtml(readerHtml(*item));
    if (keepScroll)
        m_reader->verticalScrollBar()->setValue(scroll);
    else
        m_reader->verticalScrollBar()->setValue(0);
    const QPixmap picture =
        m_images.fitted(item->data.value(QLatin1StringView("image")).toString(), kPicture);
    m_image->setPixmap(picture);
    m_image->setVisible(!picture.isNull());
    m_takeHome->setLink(TakeHomeLink::forItem(context().publicBase, m_collection, m_currentId));
}

QStringList BrowseSection::valuesOf(const Filter &filter) const
{
    // From the cache, not from the rows read so far: the list reads its rows as it is scrolled.
    QStringList values;
    for (const QString &value : context().store->fieldValues(m_collection, filter.field)) {
        if (!value.isEmpty())
            values.append(value);
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(values.begin(), values.end(), [&](const QString &a, const QString &b) {
        return collator.compare(filter.label(a), filter.label(b)) < 0;
    });
    return values;
}

void BrowseSection::updateFilters()
{
    if (m_filters.isEmpty())
        return;
    for (const Filter &filter : std::as_const(m_filters)) {
        const QStringList values = valuesOf(filter);
        QList<ChipBar::Choice> choices{{QString(), tr("All")}};
        for (const QString &value : std::as_const(values))
            choices.append({value, filter.label(value)});
        filter.bar->setChoices(choices);
        // A filter whose value left the cache lets everything through again.
        const QString current = filter.bar->current();
        m_filtered->setRequirement(filter.field, current);
        const bool offered = values.size() > 1;
        const bool asButton = values.size() > kMaxChips;
        filter.bar->setVisible(offered && !asButton);
        filter.button->setVisible(offered && asButton);
        filter.button->setText(tr("%1: %2").arg(
            filter.caption(), current.isEmpty() ? tr("All") : filter.label(current)));
    }
}

void BrowseSection::updateEmptyState()
{
    // A choice whose items are all further down the list than read so far: read on until one
    // shows (or the list ends), or the list would look empty and never be scrolled to them.
    while (m_filtered->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const bool empty = m_filtered->rowCount() == 0;
    m_empty->setText(emptyText());
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
}

QString BrowseSection::readableText() const
{
    if (m_pages->currentWidget() == m_readerPage)
        return ReadableText::join({ReadableText::fromDocument(m_reader->document())});
    QStringList parts{m_collection == Collection::News ? tr("News") : tr("Services")};
    if (m_pages->currentWidget() == m_choicesPage) {
        if (m_choosing >= 0 && m_choosing < m_filters.size())
            parts.append(m_filters.at(m_choosing).caption());
        parts += ReadableText::listTitles(m_choices);
    } else if (m_empty->isVisibleTo(this)) {
        parts.append(m_empty->text());
    } else {
        parts += ReadableText::listTitles(m_list);
    }
    return ReadableText::join(parts);
}
