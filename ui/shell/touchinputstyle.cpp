#include "touchinputstyle.h"

TouchInputStyle::TouchInputStyle()
    : QProxyStyle(nullptr)
{
    setObjectName(QStringLiteral("touchInputStyle"));
}

int TouchInputStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                               QStyleHintReturn *returnData) const
{
    if (hint == QStyle::SH_RequestSoftwareInputPanel)
        return QStyle::RSIP_OnMouseClick;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}
