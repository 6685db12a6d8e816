#pragma once

#include <QProxyStyle>

// Qt's widgets open the on-screen keyboard only when a field that already has the focus is
// touched again (their default suits a desktop with a tablet mode). At a kiosk the first touch
// on a field must bring the keys up; everything else is the platform's own style.
class TouchInputStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    TouchInputStyle();

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};
