#include "keyboardpanel.h"

#include "touchinputstyle.h"

#include <QApplication>
#include <QBasicTimer>
#include <QInputMethod>
#include <QLoggingCategory>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlError>
#include <QQmlIncubationController>
#include <QQmlIncubator>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimerEvent>
#include <QtMath>

Q_LOGGING_CATEGORY(lcKeyboard, "ui.keyboard")

namespace {

const char *const imModule = "qtvirtualkeyboard";

} // namespace

// Builds the keyboard's objects a few milliseconds at a time, each slice a turn of the UI
// thread's event loop, so that no slice is a stall a person would notice.
class KeyboardPanel::IncubationSlices final : public QObject, public QQmlIncubationController
{
protected:
    void incubatingObjectCountChanged(int count) override
    {
        if (count > 0)
            m_timer.start(0, this);
        else
            m_timer.stop();
    }
    void timerEvent(QTimerEvent *event) override
    {
        if (event->timerId() == m_timer.timerId())
            incubateFor(4);
    }

private:
    QBasicTimer m_timer;
};

// Tells the panel when the keyboard's objects are built (or could not be).
class KeyboardPanel::PanelIncubator final : public QQmlIncubator
{
public:
    explicit PanelIncubator(std::function<void()> changed)
        : QQmlIncubator(QQmlIncubator::Asynchronous)
        , m_changed(std::move(changed))
    {}

protected:
    void statusChanged(Status status) override
    {
        if (status == Ready || status == Error)
            m_changed();
    }

private:
    std::function<void()> m_changed;
};

void KeyboardPanel::prepareEnvironment()
{
    qputenv("QT_IM_MODULE", imModule);
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

bool KeyboardPanel::inputMethodIsVirtualKeyboard()
{
    return qgetenv("QT_IM_MODULE") == imModule;
}

KeyboardPanel::KeyboardPanel(QWidget *parent)
    : QQuickWidget(parent)
{
    setObjectName(QStringLiteral("keyboardPanel"));
    // A touch on a key must leave the focus in the field being typed into.
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setResizeMode(QQuickWidget::SizeRootObjectToView);
    setClearColor(QColor(0x1b, 0x26, 0x31));
    // Closed, it keeps no height but stays "shown": a QQuickWidget hidden before its first
    // frame never lays its keys out under Qt 6.4's software renderer.
    setFixedHeight(0);
}

KeyboardPanel::~KeyboardPanel()
{
    // An incubation cut short must not outlive the engine it builds objects in.
    if (m_incubator)
        m_incubator->clear();
}

void KeyboardPanel::load()
{
    if (m_component)
        return;
    // Loading the keyboard in one go held the UI thread for about 40 ms. Asynchronously, its
    // QML modules load on the engine's own thread and its objects are built in slices between
    // events: the screen answers touches throughout.
    m_slices = std::make_unique<IncubationSlices>();
    engine()->setIncubationController(m_slices.get());
    m_component = new QQmlComponent(engine(), QUrl(QStringLiteral("qrc:/keyboard/keyboard.qml")),
                                    QQmlComponent::Asynchronous, this);
    if (m_component->isLoading())
        connect(m_component, &QQmlComponent::statusChanged, this, &KeyboardPanel::componentLoaded);
    else
        componentLoaded();
}

void KeyboardPanel::componentLoaded()
{
    if (m_component->isLoading())
        return;
    if (m_component->isError()) {
        fail(m_component->errors());
        return;
    }
    m_incubator = std::make_unique<PanelIncubator>([this] { incubated(); });
    m_component->create(*m_incubator);
}

void KeyboardPanel::incubated()
{
    if (m_incubator->isError()) {
        fail(m_incubator->errors());
        return;
    }
    if (!m_incubator->isReady())
        return;
    setContent(m_component->url(), m_component, m_incubator->object());
    if (!isLoaded()) {
        fail(errors());
        return;
    }
    if (!qobject_cast<TouchInputStyle *>(QApplication::style()))
        QApplication::setStyle(new TouchInputStyle);
    connect(rootObject(), SIGNAL(panelHeightChanged()), this, SLOT(follow()));
    connect(QGuiApplication::inputMethod(), &QInputMethod::visibleChanged, this,
            &KeyboardPanel::follow);
    if (!m_locale.isEmpty())
        setLanguage(m_locale);
    follow();
    emit loadFinished(true);
}

void KeyboardPanel::fail(const QList<QQmlError> &errors)
{
    for (const QQmlError &error : errors)
        qCCritical(lcKeyboard).noquote() << "on-screen keyboard unavailable:" << error.toString();
    m_failed = true;
    hide();
    emit loadFinished(false);
}

bool KeyboardPanel::hasFailed() const
{
    return m_failed;
}

bool KeyboardPanel::isLoaded() const
{
    return status() == QQuickWidget::Ready && rootObject();
}

void KeyboardPanel::setLanguage(const QString &code)
{
    m_locale = code;
    if (isLoaded())
        rootObject()->setProperty("keyboardLocale", code == QLatin1String("en")
                                                        ? QStringLiteral("en_GB")
                                                        : QStringLiteral("es_ES"));
}

QString KeyboardPanel::layoutLocale() const
{
    return isLoaded() ? rootObject()->property("keyboardLocale").toString() : QString();
}

void KeyboardPanel::setMaxKeysHeight(int pixels)
{
    // The keys' height follows the keyboard's width (about 1 to 3.2): on a wide screen a
    // full-width keyboard would cover most of the form, so the width is capped instead.
    setMaximumWidth(int(pixels * 3.2));
}

QQuickItem *KeyboardPanel::inputPanel() const
{
    return isLoaded() ? rootObject()->findChild<QQuickItem *>(QStringLiteral("inputPanel"))
                      : nullptr;
}

bool KeyboardPanel::isOpen() const
{
    return isLoaded() && QGuiApplication::inputMethod()->isVisible();
}

QSize KeyboardPanel::sizeHint() const
{
    return {qMin(maximumWidth(), 8192), height()};
}

bool KeyboardPanel::isSettled() const
{
    QQuickItem *panel = inputPanel();
    return isOpen() && height() > 0 && panel && panel->width() > 0 && parentWidget() &&
           geometry().bottom() == parentWidget()->rect().bottom() &&
           mapTo(window(), QPoint(0, height())).y() <= window()->height() &&
           height() == qCeil(rootObject()->property("panelHeight").toReal()) &&
           qFuzzyCompare(rootObject()->width(), qreal(width()));
}

void KeyboardPanel::close()
{
    QGuiApplication::inputMethod()->hide();
}

void KeyboardPanel::follow()
{
    if (!isLoaded())
        return;
    const bool open = isOpen();
    const int wanted = open ? qCeil(rootObject()->property("panelHeight").toReal()) : 0;
    const bool changed = open != (height() > 0);
    setFixedHeight(wanted);
    if (changed)
        emit openChanged(open);
}
