#pragma once

#include <QListView>

// A list made for fingers: kinetic scrolling by dragging anywhere, no context menu, one item
// chosen by a tap (activated() fires on release, not on a double click).
class TouchList final : public QListView
{
    Q_OBJECT

public:
    explicit TouchList(QWidget *parent = nullptr);

    // Back to the top with nothing chosen, as a person arriving at the kiosk expects it.
    void resetPosition();
};
