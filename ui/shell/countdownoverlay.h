#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// Covers the window while the idle countdown runs: asks whether anyone is still there, says
// when what was typed will be cleared, and offers one big button to carry on.
class CountdownOverlay final : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownOverlay(QWidget *parent);

    void setSecondsLeft(int seconds);
    int secondsLeft() const { return m_seconds; }

signals:
    void stillHere();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_number;
    QLabel *m_text;
    QPushButton *m_button;
    int m_seconds = 0;
};
