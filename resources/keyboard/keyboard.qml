// The on-screen keyboard, embedded at the bottom of the kiosk's window (see KeyboardPanel).
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

Item {
    id: root

    property string keyboardLocale: "es_ES"
    readonly property real panelHeight: panel.height

    onKeyboardLocaleChanged: VirtualKeyboardSettings.locale = keyboardLocale

    InputPanel {
        id: panel
        objectName: "inputPanel"
        width: root.width
        y: 0
    }

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["es_ES", "en_GB"]
        VirtualKeyboardSettings.locale = keyboardLocale
    }
}
