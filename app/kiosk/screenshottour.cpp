#include "screenshottour.h"

#include "idlemonitor.h"
#include "mainwindow.h"
#include "pinpad.h"
#include "section.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QGuiApplication>
#include <QInputMethod>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTour, "ui.tour")

namespace {

// Long enough for layouts, kinetic scrolling and images to settle after a step; this is a
// documentation run, not a test.
constexpr int kSettleMs = 700;

// The widget of that name a person can see. The clerks' desk holds forms of its own with the
// same names as the citizens' (hidden while the citizens' screens show), and sections are
// built when first touched, so the first child of that name may well be the clerks'.
template<class T> T *shown(const QWidget &window, const QString &name)
{
    const QList<T *> found = window.findChildren<T *>(name);
    for (T *widget : found) {
        if (widget->isVisible())
            return widget;
    }
    return found.value(0);
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
    , m_sizes{{1920, 1080}, {1280, 800}}
{}

void ScreenshotTour::start()
{
    m_directory.mkpath(QStringLiteral("."));
    m_steps = steps();
    m_size = 0;
    m_step = 0;
    m_window.resetAll();
    m_window.setGeometry(QRect(QPoint(0, 0), m_sizes.first()));
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    if (m_step == m_steps.size()) {
        m_step = 0;
        if (++m_size == m_sizes.size()) {
            emit finished(m_ok);
            return;
        }
        m_window.resetAll();
        m_window.setGeometry(QRect(QPoint(0, 0), m_sizes.at(m_size)));
        QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
        return;
    }
    const Step &step = m_steps.at(m_step);
    if (m_window.page() != MainWindow::Page::Kiosk)
        m_window.wipe();
    if (!step.action()) {
        qCWarning(lcTour).noquote() << "could not reach the view" << step.name;
        m_ok = false;
    }
    QTimer::singleShot(kSettleMs, this, [this] {
        const Step &step = m_steps.at(m_step);
        const QSize size = m_sizes.at(m_size);
        const QString file = m_directory.filePath(
            QStringLiteral("%1-%2x%3.png").arg(step.name).arg(size.width()).arg(size.height()));
        const QPixmap picture = m_window.screen()->grabWindow(0, 0, 0, size.width(), size.height());
        if (picture.isNull() || !picture.save(file)) {
            qCWarning(lcTour).noquote() << "could not save" << file;
            m_ok = false;
        } else {
            qCInfo(lcTour).noquote() << "saved" << file;
        }
        ++m_step;
        next();
    });
}

bool ScreenshotTour::click(const QString &objectName)
{
    auto *button = shown<QAbstractButton>(m_window, objectName);
    if (!button || !button->isVisible())
        return false;
    button->click();
    return true;
}

bool ScreenshotTour::activateRow(const QString &listName, int row)
{
    auto *view = shown<QAbstractItemView>(m_window, listName);
    if (!view || !view->model() || row >= view->model()->rowCount())
        return false;
    const QModelIndex index = view->model()->index(row, 0);
    view->setCurrentIndex(index);
    emit view->activated(index);
    return true;
}

bool ScreenshotTour::type(const QString &fieldName, const QString &text)
{
    auto *field = shown<QLineEdit>(m_window, fieldName);
    if (!field)
        return false;
    field->setFocus();
    field->clear();
    field->insert(text); // as typing does: textEdited and textChanged both fire
    return true;
}

QList<ScreenshotTour::Step> ScreenshotTour::steps()
{
    const auto section = [this](const QString &key) {
        return [this, key] {
            m_window.resetAll();
            m_window.showSection(key);
            return m_window.currentSection() == key;
        };
    };
    const auto open = [this](Collection collection, const QString &id) {
        return [this, collection, id] {
            m_window.resetAll();
            return m_window.openItem(collection, id);
        };
    };
    return {
        {QStringLiteral("01-home"),
         [this, section] {
             // Every size starts in Spanish, the kiosk's default.
             auto *language =
                 m_window.findChild<QAbstractButton *>(QStringLiteral("languageButton"));
             if (language && language->text() == QStringLiteral("Español"))
                 language->click();
             return section(QStringLiteral("home"))();
         }},
        {QStringLiteral("02-news"), section(QStringLiteral("news"))},
        {QStringLiteral("03-news-reader"),
         [this] { return activateRow(QStringLiteral("newsList"), 0); }},
        {QStringLiteral("04-services"), section(QStringLiteral("services"))},
        {QStringLiteral("05-service-status"),
         open(Collection::Services, QStringLiteral("svc-etecsa-oficina-comercial"))},
        {QStringLiteral("06-noticeboard"), section(QStringLiteral("noticeboard"))},
        {QStringLiteral("07-event"),
         [this] { return activateRow(QStringLiteral("eventsList"), 0); }},
        {QStringLiteral("08-legal"), section(QStringLiteral("legal"))},
        {QStringLiteral("09-legal-search"),
         [this] { return type(QStringLiteral("legalSearchField"), QStringLiteral("alumbrado")); }},
        {QStringLiteral("10-legal-reader"),
         [this] { return activateRow(QStringLiteral("legalResults"), 0); }},
        {QStringLiteral("11-legal-gazette-pdf"),
         [this, open] {
             return open(Collection::Legal, QStringLiteral("legal-gaceta-municipal-2026-15"))() &&
                    click(QStringLiteral("legalOpenPdf"));
         }},
        {QStringLiteral("12-participate"), section(QStringLiteral("participate"))},
        {QStringLiteral("13-complaint-category"),
         [this] { return click(QStringLiteral("participateComplaint")); }},
        {QStringLiteral("14-complaint-questions"),
         [this] { return click(QStringLiteral("complaintCategory_alumbrado-publico")); }},
        {QStringLiteral("15-survey"),
         open(Collection::Surveys, QStringLiteral("encuesta-calidad-servicios-2026"))},
        {QStringLiteral("16-survey-results"),
         open(Collection::Surveys, QStringLiteral("encuesta-verano-cultural-2026"))},
        {QStringLiteral("17-forum-topic"),
         open(Collection::ForumTopics, QStringLiteral("forum-limpieza-ribera-rio-hondo"))},
        {QStringLiteral("18-receipt"),
         [this, section] {
             if (!section(QStringLiteral("participate"))() ||
                 !click(QStringLiteral("participateSuggestion")))
                 return false;
             auto *text = shown<QPlainTextEdit>(m_window, QStringLiteral("suggestionText"));
             if (!text)
                 return false;
             text->setPlainText(tr("Tour of the kiosk's views: a suggestion to show the receipt."));
             return click(QStringLiteral("suggestionSend"));
         }},
        {QStringLiteral("19-my-request"),
         [this, section] {
             auto *receipt = shown<QLabel>(m_window, QStringLiteral("receiptNumber"));
             const QString number = receipt ? receipt->text() : QString();
             return section(QStringLiteral("myrequest"))() &&
                    type(QStringLiteral("requestNumber"), number) &&
                    click(QStringLiteral("requestLookup"));
         }},
        {QStringLiteral("20-municipality"), section(QStringLiteral("municipality"))},
        {QStringLiteral("21-projects"),
         [this] { return click(QStringLiteral("municipalityTabs_projects")); }},
        {QStringLiteral("22-home-english"),
         [this, section] {
             return section(QStringLiteral("home"))() && click(QStringLiteral("languageButton"));
         }},
        // From here on each view starts from the state the idle wipe leaves: Spanish, the
        // default look, nothing typed.
        {QStringLiteral("23-on-screen-keyboard"),
         [this] {
             m_window.wipe();
             if (!m_window.openItem(Collection::Categories, QStringLiteral("alumbrado-publico")))
                 return false;
             auto *field = shown<QWidget>(m_window, QStringLiteral("complaintDescription"));
             if (!field)
                 return false;
             // Under Xvfb no window manager makes the window active, and input methods only
             // serve the active window's focused field.
             m_window.activateWindow();
             field->setFocus(Qt::MouseFocusReason);
             QGuiApplication::inputMethod()->show(); // what a touch on the field does
             return m_window.keyboard() != nullptr;
         }},
        {QStringLiteral("24-larger-text"),
         [this] {
             m_window.wipe();
             return click(QStringLiteral("largeTextButton"));
         }},
        {QStringLiteral("25-high-contrast"),
         [this] {
             m_window.wipe();
             m_window.showSection(QStringLiteral("services"));
             return click(QStringLiteral("contrastButton"));
         }},
        {QStringLiteral("26-idle-countdown"),
         [this] {
             m_window.wipe();
             m_window.openItem(Collection::Categories, QStringLiteral("alumbrado-publico"));
             // What the idle monitor does after its time without a touch.
             emit m_window.idleMonitor()->countdownStarted(15);
             return true;
         }},
        {QStringLiteral("27-attract"),
         [this] {
             emit m_window.idleMonitor()->attractRequested();
             return m_window.page() == MainWindow::Page::Attract;
         }},
        {QStringLiteral("28-staff-pin"),
         [this] {
             m_window.wipe();
             m_window.showStaffAccess();
             return m_window.page() == MainWindow::Page::StaffPin;
         }},
        {QStringLiteral("29-staff-menu"),
         [this] {
             auto *pad = m_window.findChild<PinPad *>();
             if (!pad)
                 return false;
             emit pad->accepted(); // the tour knows no PIN; this is what a right one does
             return m_window.page() == MainWindow::Page::StaffMenu;
         }},
    };
}
