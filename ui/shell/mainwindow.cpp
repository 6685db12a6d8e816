#include "mainwindow.h"

#include "attractscreen.h"
#include "clerkdesk.h"
#include "clerksession.h"
#include "clock.h"
#include "contentstore.h"
#include "countdownoverlay.h"
#include "focusring.h"
#include "freshnesstext.h"
#include "homesection.h"
#include "idlemonitor.h"
#include "keyboardpanel.h"
#include "languageswitcher.h"
#include "legalsection.h"
#include "municipalitysection.h"
#include "myrequestsection.h"
#include "narrator.h"
#include "newssection.h"
#include "noticeboardsection.h"
#include "participatesection.h"
#include "pingate.h"
#include "pinpad.h"
#include "servicessection.h"
#include "staffgesture.h"
#include "staffmenu.h"
#include "themecontroller.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

Q_LOGGING_CATEGORY(lcShell, "ui")

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
                       LanguageSwitcher *language, const ShellOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_municipality(municipality)
    , m_language(language)
    , m_title(new QLabel(this))
    , m_freshness(new QLabel(this))
    , m_languageButton(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_sectionTitle(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_refreshTimer(new QTimer(this))
    , m_freshnessTimer(new QTimer(this))
    , m_options(options)
    , m_pages(new QStackedWidget(this))
    , m_kioskPage(new QWidget(m_pages)) // a QQuickWidget inside must never change parents
    , m_largeTextButton(new QPushButton(this))
    , m_contrastButton(new QPushButton(this))
    , m_readAloudButton(new QPushButton(this))
    , m_idle(new IdleMonitor(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setContextMenuPolicy(Qt::NoContextMenu);
    m_title->setObjectName(QStringLiteral("municipalityTitle"));
    m_freshness->setObjectName(QStringLiteral("freshnessBadge"));
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_sectionTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_stack->setObjectName(QStringLiteral("sections"));
    // A stack is as tall as its tallest page would like; with the on-screen keyboard open the
    // current section must make do with what is left (each scrolls its own content).
    m_stack->setMinimumHeight(1);
    m_back->setIconSize({36, 36});
    m_languageButton->setVisible(m_language != nullptr && m_options.languages.size() > 1);
    QSizePolicy backPolicy = m_back->sizePolicy();
    backPolicy.setRetainSizeWhenHidden(true); // the section's title must not jump sideways
    m_back->setSizePolicy(backPolicy);

    // Sections are built when first shown, Home last of all here (showSection() below): the
    // first frame does not wait for seven screens nobody has asked for yet, and Home's widgets
    // are styled once, in their place, instead of again each time the theme or a parent changes.
    m_sections = QList<Section *>(sectionKeys().size(), nullptr);

    auto *nav = new QWidget(this);
    m_navigation = nav;
    nav->setObjectName(QStringLiteral("navigation"));
    auto *navLayout = new QVBoxLayout(nav);
    navLayout->setContentsMargins(0, 0, 0, 0);
    navLayout->setSpacing(6);
    // No QButtonGroup: in one, Tab reaches only the checked button. Every section is a Tab stop
    // of its own, and showSection() keeps exactly one checked.
    for (const QString &key : sectionKeys()) {
        auto *button = new QToolButton(nav);
        button->setObjectName(QStringLiteral("nav_") + key);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIconSize({40, 40});
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        m_nav.append(button);
        navLayout->addWidget(button, 1);
        connect(button, &QToolButton::clicked, this, [this, key] {
            // Touching the section one is in takes it back to its first screen.
            if (Section *current = currentSectionWidget();
                current && current == m_sections.at(sectionKeys().indexOf(key)))
                current->reset();
            showSection(key);
        });
    }
    connect(m_back, &QPushButton::clicked, this, &MainWindow::goBack);
    connect(m_languageButton, &QPushButton::clicked, this, [this] {
        if (!m_language)
            return;
        const QStringList &offered = m_options.languages;
        const qsizetype at = offered.indexOf(m_language->language());
        m_language->setLanguage(offered.value((at + 1) % offered.size()));
    });

    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(m_title, 1);
    header->addWidget(m_freshness, 0, Qt::AlignVCenter);
    header->addWidget(m_languageButton, 0, Qt::AlignVCenter);

    // Help for reading, on every screen beside the section's name.
    m_largeTextButton->setObjectName(QStringLiteral("largeTextButton"));
    m_contrastButton->setObjectName(QStringLiteral("contrastButton"));
    m_readAloudButton->setObjectName(QStringLiteral("readAloudButton"));
    m_largeTextButton->setCheckable(true);
    m_contrastButton->setCheckable(true);
    m_readAloudButton->setCheckable(true);
    if (!m_options.styleSheet.isEmpty()) {
        m_theme = new ThemeController(m_options.styleSheet, m_options.highContrast,
                                      m_options.largeText, this);
        connect(m_largeTextButton, &QPushButton::toggled, m_theme, &ThemeController::setLargeText);
        connect(m_contrastButton, &QPushButton::toggled, m_theme,
                &ThemeController::setHighContrast);
        connect(m_theme, &ThemeController::changed, this, &MainWindow::updateIcons);
        connect(m_theme, &ThemeController::changed, this, [this] {
            const QSignalBlocker blockLarge(m_largeTextButton);
            const QSignalBlocker blockContrast(m_contrastButton);
            m_largeTextButton->setChecked(m_theme->largeText());
            m_contrastButton->setChecked(m_theme->highContrast());
        });
        m_largeTextButton->setChecked(m_theme->largeText());
        m_contrastButton->setChecked(m_theme->highContrast());
    } else {
        m_largeTextButton->hide();
        m_contrastButton->hide();
    }
    if (m_options.readAloud) {
        m_narrator = new Narrator(m_options.speechEngine, this);
        if (!m_narrator->available())
            qCInfo(lcShell).noquote() << "read aloud is off:" << m_narrator->unavailableReason();
        connect(m_narrator, &Narrator::speakingChanged, m_readAloudButton,
                &QPushButton::setChecked);
        // Better silence than an English voice reading Spanish: say so on the button.
        connect(m_narrator, &Narrator::noVoiceForLanguage, this,
                [this] { m_readAloudButton->setText(tr("No voice in this language")); });
        connect(m_narrator, &Narrator::availableChanged, m_readAloudButton,
                &QPushButton::setVisible);
    }
    // Where no speech engine is installed there is no button, rather than one that fails.
    m_readAloudButton->setVisible(m_narrator && m_narrator->available());
    connect(m_readAloudButton, &QPushButton::clicked, this, &MainWindow::readAloud);

    auto *sectionBar = new QHBoxLayout;
    sectionBar->setSpacing(16);
    sectionBar->addWidget(m_back);
    sectionBar->addWidget(m_sectionTitle, 1);
    sectionBar->addWidget(m_readAloudButton);
    sectionBar->addWidget(m_largeTextButton);
    sectionBar->addWidget(m_contrastButton);

    auto *content = new QVBoxLayout;
    content->setSpacing(10);
    content->addLayout(sectionBar);
    content->addWidget(m_stack, 1);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(nav);
    body->addLayout(content, 1);

    auto *central = new QWidget(m_kioskPage);
    central->setObjectName(QStringLiteral("central"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(20, 10, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    auto *kioskLayout = new QVBoxLayout(m_kioskPage);
    kioskLayout->setContentsMargins(0, 0, 0, 0);
    kioskLayout->setSpacing(0);
    buildClerkDesk(central);
    kioskLayout->addWidget(m_kioskContent, 1);
    if (m_options.onScreenKeyboard && KeyboardPanel::inputMethodIsVirtualKeyboard()) {
        // Created without a parent and then placed: a QQuickWidget given its parent at
        // construction never renders under Qt 6.4's software renderer (its keys keep no size).
        m_keyboard = new KeyboardPanel;
        kioskLayout->addWidget(m_keyboard, 0, Qt::AlignHCenter);
        connect(m_keyboard, &KeyboardPanel::loadFinished, this, [](bool ok) {
            if (!ok)
                qCWarning(lcShell)
                    << "the on-screen keyboard is switched on in the configuration but could "
                       "not be loaded: citizens cannot type by touch";
        });
        connect(m_keyboard, &KeyboardPanel::openChanged, this, [this](bool open) {
            // While typing, the keys take the room the navigation had: the form stays in
            // view above them, and Back is still there.
            m_navigation->setVisible(!open);
            // Lay out now rather than on the next turn of the event loop, so that the
            // keyboard never shows for a moment below the bottom of the screen.
            for (QWidget *widget : {m_navigation->parentWidget(), m_kioskPage})
                widget->layout()->activate();
            if (open)
                QTimer::singleShot(0, this, &MainWindow::keepFocusVisible);
        });
    }

    // Staff: a hidden gesture, a PIN, then a menu; each a page over the whole window.
    m_pinGate =
        new PinGate(m_options.staffPinHash, m_options.staffMaxAttempts, m_options.staffLockout,
                    m_context.clock ? *m_context.clock : m_systemClock, this);
    m_pinPad = new PinPad(m_pinGate, m_pages);
    m_staffMenu = new StaffMenu(m_pages);
    m_attract = new AttractScreen(m_context, m_municipality, m_pages);
    m_pages->addWidget(m_kioskPage);
    m_pages->addWidget(m_pinPad);
    m_pages->addWidget(m_staffMenu);
    m_pages->addWidget(m_attract);
    setCentralWidget(m_pages);
    // The window is the screen: no page may make it taller than the screen it fills.
    m_pages->setMinimumSize(1, 1);
    new FocusRing(this);
    auto *gesture = new StaffGesture(m_title, this, this);
    connect(gesture, &StaffGesture::triggered, this, &MainWindow::showStaffAccess);
    connect(m_pinPad, &PinPad::accepted, this, [this] {
        qCInfo(lcShell) << "staff menu opened";
        m_staffMenu->setStatus(m_staffStatus ? m_staffStatus() : QString());
        showPage(Page::StaffMenu);
    });
    connect(m_pinPad, &PinPad::cancelled, this, [this] { showPage(Page::Kiosk); });
    connect(m_staffMenu, &StaffMenu::backRequested, this, [this] { showPage(Page::Kiosk); });
    connect(m_staffMenu, &StaffMenu::syncNowRequested, this, &MainWindow::syncNowRequested);
    connect(m_staffMenu, &StaffMenu::exitRequested, this, &MainWindow::exitRequested);
    if (m_clerkDesk) {
        m_pinPad->setClerkLoginOffered(m_options.clerks.mode == QLatin1String("kiosk"));
        connect(m_pinPad, &PinPad::clerkLoginRequested, this, &MainWindow::showClerkDesk);
    }

    // Idle: ask, then wipe, then attract.
    m_countdown = new CountdownOverlay(this);
    connect(m_idle, &IdleMonitor::countdownStarted, this, [this](int left) {
        m_countdown->setSecondsLeft(left);
        m_countdown->show();
        m_countdown->raise();
    });
    connect(m_idle, &IdleMonitor::countdownTick, m_countdown, &CountdownOverlay::setSecondsLeft);
    connect(m_idle, &IdleMonitor::countdownCancelled, m_countdown, &QWidget::hide);
    connect(m_idle, &IdleMonitor::wipeRequested, this, &MainWindow::wipe);
    connect(m_idle, &IdleMonitor::attractRequested, this, [this] {
        wipe(); // whatever led here, the attract screen hides a kiosk ready for anyone
        showPage(Page::Attract);
        m_attract->start();
    });
    // The touch that wakes the kiosk only wakes it: the attract screen swallows it.
    connect(m_idle, &IdleMonitor::woken, this, [this] { showPage(Page::Kiosk); });
    connect(m_attract, &AttractScreen::dismissed, this, [this] {
        if (page() == Page::Attract)
            showPage(Page::Kiosk);
    });
    connect(m_countdown, &CountdownOverlay::stillHere, m_idle, &IdleMonitor::activity);
    if (m_options.idleReset) {
        m_idle->setTiming(m_options.idle);
        m_idle->start();
    }

    // Sync applies page after page; repaint the sections once the burst is over, not per page.
    m_refreshTimer->setObjectName(QStringLiteral("sectionRefresh")); // named in bench_uistall
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshSections);
    m_freshnessTimer->setObjectName(QStringLiteral("freshnessRefresh"));
    m_freshnessTimer->setInterval(30 * 1000);
    connect(m_freshnessTimer, &QTimer::timeout, this, &MainWindow::updateFreshness);
    m_freshnessTimer->start();

    updateIcons();
    showSection(sectionKeys().first());
    if (m_clerkDesk && m_options.clerks.mode == QLatin1String("desk"))
        showClerkDesk();
    retranslate();
}

void MainWindow::buildClerkDesk(QWidget *central)
{
    m_kioskContent = new QStackedWidget(m_kioskPage);
    m_kioskContent->setObjectName(QStringLiteral("kioskContent"));
    m_kioskContent->setMinimumSize(1, 1);
    m_kioskContent->addWidget(central);
    ClerkSession *session = m_context.clerks;
    const QString &mode = m_options.clerks.mode;
    if (mode != QLatin1String("kiosk") && mode != QLatin1String("desk"))
        return;
    // Without a session (the clerks' file could not be opened) the desk is still there: its
    // login tells clerks, in words, to call IT staff.
    ClerkDesk::Options desk;
    desk.municipality = m_municipality;
    desk.residentRequired = m_options.clerks.residentRequired;
    desk.printer = m_options.clerks.printer;
    desk.counterPc = mode == QLatin1String("desk");
    m_clerkDesk = new ClerkDesk(m_context, session, desk, m_kioskContent);
    m_kioskContent->addWidget(m_clerkDesk);
    connect(m_clerkDesk, &ClerkDesk::leaveRequested, this, &MainWindow::leaveClerkDesk);
    if (!session)
        return;
    connect(session, &ClerkSession::loggedIn, this, [this] { useClerkTiming(true); });
    connect(session, &ClerkSession::loggedOut, this, [this](const QString &why) {
        useClerkTiming(false);
        // A kiosk in a public hall goes back to the citizens; a counter PC to its login.
        if (why == QLatin1String("clerk") && m_options.clerks.mode != QLatin1String("desk"))
            leaveClerkDesk();
    });
}

bool MainWindow::clerkDeskShown() const
{
    return m_clerkDesk && m_kioskContent->currentWidget() == m_clerkDesk && page() == Page::Kiosk;
}

void MainWindow::showClerkDesk()
{
    if (!m_clerkDesk)
        return;
    showPage(Page::Kiosk);
    if (m_keyboard)
        m_keyboard->close();
    if (m_narrator)
        m_narrator->stop();
    m_kioskContent->setCurrentWidget(m_clerkDesk);
}

void MainWindow::leaveClerkDesk()
{
    if (m_keyboard)
        m_keyboard->close();
    m_kioskContent->setCurrentIndex(0);
    if (m_clerkDesk && m_options.clerks.mode == QLatin1String("desk"))
        m_kioskContent->setCurrentWidget(m_clerkDesk); // a counter PC has nothing else
}

void MainWindow::useClerkTiming(bool clerk)
{
    if (!m_options.idleReset)
        return;
    IdleMonitor::Timing timing = m_options.idle;
    if (clerk) {
        // A clerk on the phone with a resident may not touch the screen for a while, but a
        // clerk who walks away must not leave the desk open to the next person at the counter.
        timing.countdownAfter = m_options.clerks.logoutAfter;
        timing.attractAfter = std::chrono::milliseconds(0);
    }
    m_idle->setTiming(timing);
}

void MainWindow::updateIcons()
{
    // Each icon comes dark (for light buttons) and white (for dark ones); high contrast turns
    // the light buttons black and the dark ones yellow or white, so the pairs swap.
    const bool swap = m_theme && m_theme->highContrast();
    const QString normal =
        swap ? QStringLiteral(":/icons/%1-on.svg") : QStringLiteral(":/icons/%1.svg");
    const QString checked =
        swap ? QStringLiteral(":/icons/%1.svg") : QStringLiteral(":/icons/%1-on.svg");
    for (int i = 0; i < m_sections.size(); ++i) {
        const QString &key = sectionKeys().at(i);
        QIcon icon(normal.arg(key));
        icon.addFile(checked.arg(key), {}, QIcon::Normal, QIcon::On);
        m_nav.at(i)->setIcon(icon);
    }
    m_back->setIcon(QIcon(checked.arg(QStringLiteral("back"))));
}

Section *MainWindow::section(const QString &key)
{
    const qsizetype index = sectionKeys().indexOf(key);
    return index >= 0 ? buildSection(index) : nullptr;
}

bool MainWindow::isSectionBuilt(const QString &key) const
{
    return m_sections.value(sectionKeys().indexOf(key)) != nullptr;
}

Section *MainWindow::buildSection(qsizetype index)
{
    if (Section *built = m_sections.at(index))
        return built;
    Section *section = nullptr;
    switch (index) {
    case 0:
        section = new HomeSection(m_context, m_stack);
        break;
    case 1:
        section = new NewsSection(m_context, m_stack);
        break;
    case 2:
        section = new ServicesSection(m_context, m_stack);
        break;
    case 3:
        section = new NoticeboardSection(m_context, m_stack);
        break;
    case 4:
        section = new LegalSection(m_context, m_stack);
        break;
    case 5:
        section = new ParticipateSection(m_context, m_stack);
        break;
    case 6:
        section = new MyRequestSection(m_context, m_stack);
        break;
    default:
        section = new MunicipalitySection(m_context, m_stack);
        break;
    }
    m_sections[index] = section;
    m_stack->addWidget(section);
    connect(section, &Section::depthChanged, this, &MainWindow::updateBackButton);
    connect(section, &Section::openRequested, this,
            [this](Collection collection, const QString &id) { openItem(collection, id); });
    return section;
}

Section *MainWindow::currentSectionWidget() const
{
    return static_cast<Section *>(m_stack->currentWidget());
}

QString MainWindow::currentSection() const
{
    const qsizetype index = m_sections.indexOf(currentSectionWidget());
    return index >= 0 ? sectionKeys().at(index) : QString();
}

void MainWindow::showSection(const QString &key)
{
    const qsizetype index = sectionKeys().indexOf(key);
    if (index < 0)
        return;
    Section *target = buildSection(index);
    // Another section: whatever was being typed is out of sight, and so go the keys.
    if (m_keyboard && currentSectionWidget() != target)
        m_keyboard->close();
    if (m_narrator)
        m_narrator->stop();
    m_stack->setCurrentWidget(target);
    for (qsizetype i = 0; i < m_nav.size(); ++i)
        m_nav.at(i)->setChecked(i == index);
    m_sectionTitle->setText(m_nav.at(index)->text());
    updateBackButton();
}

bool MainWindow::openItem(Collection collection, const QString &id)
{
    Section *target = section(sectionFor(collection));
    if (target)
        target->refreshIfStale();
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
    m_changedEverything = true;
    m_refreshTimer->start();
}

void MainWindow::onCollectionsChanged(const QList<Collection> &collections)
{
    for (const Collection collection : collections)
        m_changed.insert(collection);
    m_refreshTimer->start();
}

void MainWindow::onSyncFinished(const SyncReport &report)
{
    m_online = report.ok;
    updateFreshness();
}

void MainWindow::onBlobArrived(const QString &sha256)
{
    // A legal section not built yet reads its documents when it is.
    if (auto *legal = static_cast<LegalSection *>(
            m_sections.at(sectionKeys().indexOf(QStringLiteral("legal")))))
        legal->blobArrived(sha256);
    onContentChanged(); // pictures on Home and in News
}

void MainWindow::goBack()
{
    Section *current = currentSectionWidget();
    if (current && current->goBack())
        return;
    // At a section's first screen, Back leads Home.
    showSection(sectionKeys().first());
}

void MainWindow::resetAll()
{
    for (Section *section : std::as_const(m_sections)) {
        if (section)
            section->reset();
    }
    showSection(sectionKeys().first());
}

MainWindow::~MainWindow()
{
    m_idle->stop();
    // Child widgets outlive the members; the gate reads m_systemClock, so it goes first.
    delete m_pinPad;
    delete m_pinGate;
}

MainWindow::Page MainWindow::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::setStaffStatusProvider(std::function<QString()> provider)
{
    m_staffStatus = std::move(provider);
}

void MainWindow::showPage(Page page)
{
    if (page != Page::Attract)
        m_attract->stop();
    if (page != Page::Kiosk && m_keyboard)
        m_keyboard->close();
    if (page == Page::StaffPin)
        m_pinPad->reset();
    m_pages->setCurrentIndex(static_cast<int>(page));
    if (page == Page::StaffPin)
        m_pinPad->setFocus();
}

void MainWindow::showStaffAccess()
{
    showPage(Page::StaffPin);
}

void MainWindow::wipe()
{
    if (m_narrator)
        m_narrator->stop();
    if (m_keyboard)
        m_keyboard->close();
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    m_countdown->hide();
    m_pinPad->reset();
    m_staffMenu->setStatus({});
    if (m_context.clerks && m_context.clerks->isLoggedIn())
        m_context.clerks->logOut(QStringLiteral("idle"));
    if (m_clerkDesk) {
        m_clerkDesk->reset();
        leaveClerkDesk();
    }
    showPage(Page::Kiosk);
    resetAll();
    // Every list, reader and form page back at its top, hidden ones included, whatever a
    // section's own reset remembered to do.
    for (QAbstractScrollArea *area : findChildren<QAbstractScrollArea *>()) {
        if (QScroller::hasScroller(area->viewport()))
            QScroller::scroller(area->viewport())->stop();
        area->verticalScrollBar()->setValue(0);
        area->horizontalScrollBar()->setValue(0);
    }
    // Text copied with a keyboard, or selected (X11 keeps the selection for middle-click
    // paste), must not wait there for the next person.
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    if (m_language && m_language->language() != m_options.defaultLanguage)
        m_language->setLanguage(m_options.defaultLanguage);
    if (m_theme)
        m_theme->restoreDefaults();
    qCInfo(lcShell) << "idle: the screen was cleared for the next person";
}

void MainWindow::readAloud()
{
    if (!m_narrator)
        return;
    if (m_narrator->speaking()) {
        m_narrator->stop();
        return;
    }
    const Section *current = currentSectionWidget();
    const QString text = current ? current->readableText() : QString();
    m_readAloudButton->setChecked(false); // speakingChanged checks it while it speaks
    if (!text.isEmpty())
        m_narrator->speak(text,
                          QLocale(m_language ? m_language->language() : m_options.defaultLanguage));
}

void MainWindow::keepFocusVisible()
{
    // The keyboard took the bottom of the window: bring the field being typed into above it.
    QWidget *focused = QApplication::focusWidget();
    for (QWidget *parent = focused ? focused->parentWidget() : nullptr; parent;
         parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(focused, 20, 40);
            return;
        }
    }
}

KeyboardPanel *MainWindow::keyboard() const
{
    return m_keyboard && !m_keyboard->hasFailed() ? m_keyboard : nullptr;
}

bool MainWindow::event(QEvent *event)
{
    // The keyboard's scene takes longer to load than everything before the first frame: it
    // starts loading (in the background) once that frame is on screen.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        if (m_keyboard)
            QTimer::singleShot(0, m_keyboard, &KeyboardPanel::load);
    }
    return QMainWindow::event(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    // Keys a finger can hit, but never more than two fifths of the screen.
    if (m_keyboard)
        m_keyboard->setMaxKeysHeight(height() * 2 / 5);
    QMainWindow::resizeEvent(event);
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
        m_nav.at(i)->setText(labels.at(i));
    m_back->setText(tr("Back"));
    m_largeTextButton->setText(tr("Larger text"));
    m_contrastButton->setText(tr("High contrast"));
    m_readAloudButton->setText(tr("Read aloud"));
    if (m_keyboard && m_language)
        m_keyboard->setLanguage(m_language->language());
    // The button names the other language in that language, so that whoever needs it finds it.
    m_languageButton->setText(m_language && m_language->language() == QLatin1String("es")
                                  ? QStringLiteral("English")
                                  : QStringLiteral("Español"));
    if (QToolButton *current = m_nav.value(m_sections.indexOf(currentSectionWidget())))
        m_sectionTitle->setText(current->text());
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
    Section *current = currentSectionWidget();
    const bool atHome = current && current == m_sections.first() && current->depth() == 0;
    m_back->setVisible(!atHome);
}

void MainWindow::refreshSections()
{
    const bool everything = std::exchange(m_changedEverything, false);
    const QSet<Collection> changed = std::exchange(m_changed, {});
    for (Section *section : std::as_const(m_sections)) {
        if (!section)
            continue; // it reads the cache as it is when it is built
        if (!section->isVisible())
            section->markStale();
        else if (everything)
            section->refresh();
        else
            section->refreshChanged(changed);
    }
    if (m_clerkDesk)
        m_clerkDesk->refresh();
    updateFreshness();
}
