#include "contentpage.h"

#include "contentlistmodel.h"
#include "contentstore.h"
#include "itemdelegate.h"
#include "itempresenter.h"
#include "safetextbrowser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScroller>
#include <QStackedWidget>

namespace {

QString objectPrefix(Collection collection)
{
    QString name = collectionName(collection);
    name.remove(QLatin1Char('_'));
    return name;
}

} // namespace

ContentPage::ContentPage(const ContentStore &store, Collection collection, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_collection(collection)
    , m_model(new ContentListModel(store, collection, this))
    , m_list(new QListView(this))
    , m_detail(new SafeTextBrowser(this))
    , m_listStack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
{
    const QString prefix = objectPrefix(collection);
    setObjectName(prefix + QStringLiteral("Page"));
    m_list->setObjectName(prefix + QStringLiteral("List"));
    m_detail->setObjectName(prefix + QStringLiteral("Detail"));
    m_emptyLabel->setObjectName(prefix + QStringLiteral("Empty"));

    m_list->setModel(m_model);
    m_list->setItemDelegate(new ItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::NoContextMenu);
    QScroller::grabGesture(m_list->viewport(), QScroller::LeftMouseButtonGesture);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ContentPage::onCurrentChanged);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_emptyLabel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_listStack, 2);
    layout->addWidget(m_detail, 3);

    retranslate();
    updateEmptyState();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void ContentPage::retranslate()
{
    m_emptyLabel->setText(tr("Nothing to show here yet.\nThe kiosk is getting the latest "
                             "information from the municipality."));
    m_model->refresh();
    showItem(m_currentId);
}

void ContentPage::refresh()
{
    const QString keep = m_currentId;
    m_model->refresh();
    updateEmptyState();
    if (m_model->rowOf(keep) >= 0)
        showItem(keep);
    else if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else
        m_detail->clear();
}

void ContentPage::showItem(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    if (m_list->currentIndex() == index)
        onCurrentChanged();
    else
        m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void ContentPage::onCurrentChanged()
{
    const QModelIndex index = m_list->currentIndex();
    m_currentId = index.data(ContentListModel::IdRole).toString();
    const auto item = m_store.item(m_collection, m_currentId);
    if (!item) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(ItemPresenter::detailHtml(*item));
}

void ContentPage::updateEmptyState()
{
    m_listStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_list)
                                                          : m_emptyLabel);
}
