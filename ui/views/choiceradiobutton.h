#pragma once

#include <QRadioButton>

// A radio button for fingers: the whole row answers a touch, not only the small mark and
// the words, so a touch beside the text or near the edge of the tall row still counts.
class ChoiceRadioButton final : public QRadioButton
{
    Q_OBJECT

public:
    explicit ChoiceRadioButton(const QString &text, QWidget *parent = nullptr);

    // Long answers wrap onto more lines rather than being cut off.
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSizeHint() const override;

protected:
    bool hitButton(const QPoint &pos) const override;
    void paintEvent(QPaintEvent *event) override;
};
