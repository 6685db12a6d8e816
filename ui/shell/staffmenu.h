#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What staff may do once their PIN is accepted: see how the kiosk is doing, ask for new
// content at once, or close the program (for maintenance; its service starts it again).
class StaffMenu final : public QWidget
{
    Q_OBJECT

public:
    explicit StaffMenu(QWidget *parent = nullptr);

    void setStatus(const QString &text);
    QString status() const;

signals:
    void syncNowRequested();
    void exitRequested();
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_sync;
    QPushButton *m_exit;
    QPushButton *m_back;
};
