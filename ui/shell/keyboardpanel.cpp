#include "keyboardpanel.h"

#include "touchinputstyle.h"

#include <QApplication>
#include <QInputMethod>
#include <QLoggingCategory>
#include <QQmlError>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtMath>

Q_LOGGING_CATEGORY(lcKeyboard, "ui.keyboard")

namespace {

const char *const imModule = "qtvirtualkeyboard";

} // namespace

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
    setSource(QUrl(QStringLiteral("qrc:/keyboard/keyboard.qml")));
    if (!isLoaded()) {
        for (const QQmlError &error : errors())
            qCCritical(lcKeyboard).noquote()
                << "on-screen keyboard unavailable:" << error.toString();
        hide();
        return;
    }
    // Closed, it keeps no height but stays "shown": a QQuickWidget hidden before its first
    // frame never lays its keys out under Qt 6.4's software renderer.
    setFixedHeight(0);
    if (!qobject_cast<TouchInputStyle *>(QApplication::style()))
        QApplication::setStyle(new TouchInputStyle);
    connect(rootObject(), SIGNAL(panelHeightChanged()), this, SLOT(follow()));
    connect(QGuiApplication::inputMethod(), &QInputMethod::visibleChanged, this,
            &KeyboardPanel::follow);
    follow();
}

bool KeyboardPanel::isLoaded() const
{
    return status() == QQuickWidget::Ready && rootObject();
}

void KeyboardPanel::setLanguage(const QString &code)
{
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
    const bool open = isOpen();
    const int wanted = open ? qCeil(rootObject()->property("panelHeight").toReal()) : 0;
    const bool changed = open != (height() > 0);
    setFixedHeight(wanted);
    if (changed)
        emit openChanged(open);
}
