#pragma once

#include "accountbook.h"

#include <QWidget>

class ClerkSession;
class QLabel;
class QLineEdit;
class QPushButton;

// The clerks' login: account name and password, checked by the session off the UI thread,
// with the outcome in plain words (wrong, locked for a while, disabled). The password box is
// emptied the moment it is sent.
class ClerkLogin final : public QWidget
{
    Q_OBJECT

public:
    explicit ClerkLogin(ClerkSession *session, QWidget *parent = nullptr);

    // Nothing typed, the opening words.
    void reset();
    // Whether there is a way back to the citizens' screens (not on a counter PC).
    void setBackOffered(bool offered);
    QString message() const;

signals:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The notice box shows only while it has something to say.
    void setMessage(const QString &text);
    void submit();
    void showVerdict(AccountBook::Verdict verdict);
    void retranslate();

    ClerkSession *m_session;
    QLabel *m_title;
    QLabel *m_nameCaption;
    QLineEdit *m_name;
    QLabel *m_passwordCaption;
    QLineEdit *m_password;
    QPushButton *m_login;
    QPushButton *m_back;
    QLabel *m_message;
    bool m_awaiting = false;
};
