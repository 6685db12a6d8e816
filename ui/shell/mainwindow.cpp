#include "mainwindow.h"

#include "clock.h"
#include "contentstore.h"
#include "freshnesstext.h"
#include "homesection.h"
#include "languageswitcher.h"
#include "legalsection.h"
#include "municipalitysection.h"
#include "myrequestsection.h"
#include "newssection.h"
#include "noticeboardsection.h"
#include "participatesection.h"
#include "servicessection.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString sectionFor(Collection collection)
{
    switch (collection) {
    case Collection::News:
        return QStringLiteral("news");
    case Collection::Services:
        return QStringLiteral("services");
    case Collection::Events:
        return QStringLiteral("noticeboard");
    case Collection::Legal:
        return QStringLiteral("legal");
    case Collection::Projects:
    case Collection::Pages:
        return QStringLiteral("municipality");
    case Collection::Surveys:
    case Collection::ForumTopics:
    case Collection::ForumPosts:
    case Collection::Categories:
        return QStringLiteral("participate");
    case Collection::Statuses:
        return QStringLiteral("myrequest");
    }
    return {};
}

} // namespace

const QStringList &MainWindow::sectionKeys()
{
    static const QStringList keys{QStringLiteral("home"),      QStringLiteral("news"),
                                  QStringLiteral("services"),  QStringLiteral("noticeboard"),
                                  QStringLiteral("legal"),     QStringLiteral("participate"),
                                  QStringLiteral("myrequest"), QStringLiteral("municipality")};
    return keys;
}

MainWindow::MainWindow(const ViewContext &context, const QString &municipality,
                       LanguageSwitcher *language, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_municipality(municipality)
    , m_language(language)
    , m_title(new QLabel(this))
    , m_freshness(new QLabel(this))
    , m_languageButton(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_sectionTitle(new QLabel(this))
    , m_nav(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_refreshTimer(new QTimer(this))
    , m_freshnessTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setContextMenuPolicy(Qt::NoContextMenu);
    m_title->setObjectName(QStringLiteral("municipalityTitle"));
    m_freshness->setObjectName(QStringLiteral("freshnessBadge"));
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_sectionTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_stack->setObjectName(QStringLiteral("sections"));
    m_back->setIcon(QIcon(QStringLiteral(":/icons/back-on.svg"))); // white on the dark button
    m_back->setIconSize({36, 36});
    m_languageButton->setVisible(m_language != nullptr);
    QSizePolicy backPolicy = m_back->sizePolicy();
    backPolicy.setRetainSizeWhenHidden(true); // the section's title must not jump sideways
    m_back->setSizePolicy(backPolicy);

    m_sections = {
        new HomeSection(m_context, m_stack),      new NewsSection(m_context, m_stack),
        new ServicesSection(m_context, m_stack),  new NoticeboardSection(m_context, m_stack),
        new LegalSection(m_context, m_stack),     new ParticipateSection(m_context, m_stack),
        new MyRequestSection(m_context, m_stack), new MunicipalitySection(m_context, m_stack)};

    auto *nav = new QWidget(this);
    nav->setObjectName(QStringLiteral("navigation"));
    auto *navLayout = new QVBoxLayout(nav);
    navLayout->setContentsMargins(0, 0, 0, 0);
    navLayout->setSpacing(6);
    m_nav->setExclusive(true);
    for (int i = 0; i < m_sections.size(); ++i) {
        const QString &key = sectionKeys().at(i);
        Section *section = m_sections.at(i);
        m_stack->addWidget(section);
        auto *button = new QToolButton(nav);
        button->setObjectName(QStringLiteral("nav_") + key);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        QIcon icon(QStringLiteral(":/icons/%1.svg").arg(key));
        icon.addFile(QStringLiteral(":/icons/%1-on.svg").arg(key), {}, QIcon::Normal, QIcon::On);
        button->setIcon(icon);
        button->setIconSize({40, 40});
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        m_nav->addButton(button, i);
        navLayout->addWidget(button, 1);
        connect(section, &Section::depthChanged, this, &MainWindow::updateBackButton);
        connect(section, &Section::openRequested, this,
                [this](Collection collection, const QString &id) { openItem(collection, id); });
    }
    connect(m_nav, &QButtonGroup::idClicked, this, [this](int id) {
        Section *section = m_sections.at(id);
        // Touching the section one is in takes it back to its first screen.
        if (m_stack->currentWidget() == section)
            section->reset();
        showSection(sectionKeys().at(id));
    });
    connect(m_back, &QPushButton::clicked, this, &MainWindow::goBack);
    connect(m_languageButton, &QPushButton::clicked, this, [this] {
        if (!m_language)
            return;
        m_language->setLanguage(m_language->language() == QLatin1String("es")
                                    ? QStringLiteral("en")
                                    : QStringLiteral("es"));
    });

    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(m_title, 1);
    header->addWidget(m_freshness, 0, Qt::AlignVCenter);
    header->addWidget(m_languageButton, 0, Qt::AlignVCenter);

    auto *sectionBar = new QHBoxLayout;
    sectionBar->setSpacing(16);
    sectionBar->addWidget(m_back);
    sectionBar->addWidget(m_sectionTitle, 1);

    auto *content = new QVBoxLayout;
    content->setSpacing(10);
    content->addLayout(sectionBar);
    content->addWidget(m_stack, 1);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(nav);
    body->addLayout(content, 1);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(20, 10, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    // Sync applies page after page; repaint the sections once the burst is over, not per page.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshSections);
    m_freshnessTimer->setInterval(30 * 1000);
    connect(m_freshnessTimer, &QTimer::timeout, this, &MainWindow::updateFreshness);
    m_freshnessTimer->start();

    showSection(sectionKeys().first());
    retranslate();
}

Section *MainWindow::section(const QString &key) const
{
    const qsizetype index = sectionKeys().indexOf(key);
    return index >= 0 ? m_sections.at(index) : nullptr;
}

QString MainWindow::currentSection() const
{
    const qsizetype index = m_sections.indexOf(static_cast<Section *>(m_stack->currentWidget()));
    return index >= 0 ? sectionKeys().at(index) : QString();
}

void MainWindow::showSection(const QString &key)
{
    const qsizetype index = sectionKeys().indexOf(key);
    if (index < 0)
        return;
    m_stack->setCurrentIndex(int(index));
    m_nav->button(int(index))->setChecked(true);
    m_sectionTitle->setText(m_nav->button(int(index))->text());
    updateBackButton();
}

bool MainWindow::openItem(Collection collection, const QString &id)
{
    Section *target = section(sectionFor(collection));
    if (!target || !target->openItem(collection, id))
        return false;
    showSection(sectionFor(collection));
    return true;
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

void MainWindow::onBlobArrived(const QString &sha256)
{
    static_cast<LegalSection *>(section(QStringLiteral("legal")))->blobArrived(sha256);
    m_refreshTimer->start(); // pictures on Home and in News
}

void MainWindow::goBack()
{
    auto *current = static_cast<Section *>(m_stack->currentWidget());
    if (current && current->goBack())
        return;
    // At a section's first screen, Back leads Home.
    showSection(sectionKeys().first());
}

void MainWindow::resetAll()
{
    for (Section *section : std::as_const(m_sections))
        section->reset();
    showSection(sectionKeys().first());
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
    const QStringList labels{tr("Home"),  tr("News"),      tr("Services"),   tr("Noticeboard"),
                             tr("Legal"), tr("Take part"), tr("My request"), tr("Municipality")};
    for (int i = 0; i < labels.size(); ++i)
        m_nav->button(i)->setText(labels.at(i));
    m_back->setText(tr("Back"));
    // The button names the other language in that language, so that whoever needs it finds it.
    m_languageButton->setText(m_language && m_language->language() == QLatin1String("es")
                                  ? QStringLiteral("English")
                                  : QStringLiteral("Español"));
    m_sectionTitle->setText(m_nav->checkedButton() ? m_nav->checkedButton()->text() : QString());
    updateFreshness();
}

void MainWindow::updateFreshness()
{
    const QDateTime now =
        m_context.clock ? m_context.clock->now() : QDateTime::currentDateTimeUtc();
    const QDateTime last = m_context.store ? m_context.store->lastSyncAt() : QDateTime();
    m_freshness->setText(FreshnessText::describe(last, now, m_online));
    m_freshness->setProperty("offline", !m_online);
    m_freshness->style()->unpolish(m_freshness);
    m_freshness->style()->polish(m_freshness);
}

void MainWindow::updateBackButton()
{
    // Back is always there, except at Home's first screen where it leads nowhere.
    auto *current = static_cast<Section *>(m_stack->currentWidget());
    const bool atHome = m_stack->currentIndex() == 0 && current && current->depth() == 0;
    m_back->setVisible(!atHome);
}

void MainWindow::refreshSections()
{
    for (Section *section : std::as_const(m_sections))
        section->refresh();
    updateFreshness();
}
