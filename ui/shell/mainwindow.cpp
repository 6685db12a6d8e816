#include "mainwindow.h"

#include "clock.h"
#include "contentpage.h"
#include "contentstore.h"
#include "freshnesstext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QList<Collection> kSections{Collection::News, Collection::Services, Collection::Events,
                                  Collection::Legal};

} // namespace

MainWindow::MainWindow(const ContentStore &store, const Clock &clock, const QString &municipality,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_clock(clock)
    , m_municipality(municipality)
    , m_title(new QLabel(this))
    , m_freshness(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_refreshTimer(new QTimer(this))
    , m_freshnessTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_title->setObjectName(QStringLiteral("municipalityTitle"));
    m_freshness->setObjectName(QStringLiteral("freshnessBadge"));
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->tabBar()->setExpanding(true);
    m_sections->setDocumentMode(true);

    for (const Collection collection : kSections) {
        auto *page = new ContentPage(store, collection, m_sections);
        m_pages.append(page);
        m_sections->addTab(page, QString());
    }

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_freshness, 0, Qt::AlignRight | Qt::AlignVCenter);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(header);
    layout->addWidget(m_sections, 1);
    setCentralWidget(central);

    // Sync applies page after page; repaint the lists once the burst is over, not per page.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshPages);
    m_freshnessTimer->setInterval(30 * 1000);
    connect(m_freshnessTimer, &QTimer::timeout, this, &MainWindow::updateFreshness);
    m_freshnessTimer->start();

    retranslate();
}

ContentPage *MainWindow::page(Collection collection) const
{
    const qsizetype index = kSections.indexOf(collection);
    return index >= 0 ? m_pages.at(index) : nullptr;
}

QString MainWindow::freshnessText() const
{
    return m_freshness->text();
}

void MainWindow::onContentChanged()
{
    m_refreshTimer->start();
}

void MainWindow::onSyncFinished(const SyncReport &report)
{
    m_online = report.ok;
    updateFreshness();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Municipal kiosk"));
    m_title->setText(m_municipality.isEmpty() ? tr("Your municipality")
                                              : tr("Municipality of %1").arg(m_municipality));
    m_sections->setTabText(0, tr("News"));
    m_sections->setTabText(1, tr("Services"));
    m_sections->setTabText(2, tr("Noticeboard"));
    m_sections->setTabText(3, tr("Legal"));
    for (ContentPage *page : std::as_const(m_pages))
        page->retranslate();
    updateFreshness();
}

void MainWindow::updateFreshness()
{
    m_freshness->setText(FreshnessText::describe(m_store.lastSyncAt(), m_clock.now(), m_online));
    m_freshness->setProperty("offline", !m_online);
    m_freshness->style()->unpolish(m_freshness);
    m_freshness->style()->polish(m_freshness);
}

void MainWindow::refreshPages()
{
    for (ContentPage *page : std::as_const(m_pages))
        page->refresh();
    updateFreshness();
}
