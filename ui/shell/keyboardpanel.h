#pragma once

#include <QQuickWidget>
#include <memory>

class QQmlComponent;
class QQmlError;
class QQuickItem;

// Qt Virtual Keyboard inside the kiosk's own window, below the content. Under a kiosk
// compositor a separate keyboard window could open behind the kiosk or nowhere, so the
// keyboard's own window is switched off and its panel lives here instead.
class KeyboardPanel final : public QQuickWidget
{
    Q_OBJECT

public:
    // Before the QApplication exists: make Qt Virtual Keyboard the input method, with no
    // window of its own, drawn by the software renderer (a keyboard needs no GPU, and kiosk
    // hardware may offer none to a compositor's clients).
    static void prepareEnvironment();
    // Whether prepareEnvironment() made the virtual keyboard the input method.
    static bool inputMethodIsVirtualKeyboard();

    // Takes its place at no height; the keys come with load().
    explicit KeyboardPanel(QWidget *parent = nullptr);
    ~KeyboardPanel() override;

    // Starts loading the keyboard's QML scene in the background (once); loadFinished() tells
    // when it is done. It takes longer than all else before the kiosk's first frame, so the
    // window asks for it once that frame is painted.
    void load();
    bool isLoaded() const;
    // The keyboard's QML modules could not be loaded (the log says which).
    bool hasFailed() const;
    // "es" or "en": the layout the keyboard shows.
    void setLanguage(const QString &code);
    QString layoutLocale() const;
    // The most height the keys may take (the window's height decides).
    void setMaxKeysHeight(int pixels);
    QQuickItem *inputPanel() const;
    bool isOpen() const;
    // Open, shown, and laid out at its final size: keys are where a finger will find them.
    bool isSettled() const;
    // As wide as allowed: the window's layout centres it and narrows it to the window.
    QSize sizeHint() const override;

public slots:
    void close();

signals:
    void openChanged(bool open);
    void loadFinished(bool ok);

private slots:
    // Shows the panel when the input method asks for the keyboard, at the keys' height.
    void follow();

private:
    class IncubationSlices;
    class PanelIncubator;

    void componentLoaded();
    void incubated();
    void fail(const QList<QQmlError> &errors);

    std::unique_ptr<IncubationSlices> m_slices;
    QQmlComponent *m_component = nullptr;
    std::unique_ptr<PanelIncubator> m_incubator;
    bool m_failed = false;
    QString m_locale; // as last set, for a scene loaded later
};
