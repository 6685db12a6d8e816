#pragma once

#include "viewcontext.h"

#include <QStringList>
#include <QWidget>

class ClerkLogin;
class ClerkSession;
class ComplaintForm;
class OutboxPanel;
class QLabel;
class QPushButton;
class QStackedWidget;
class ReceiptView;

// Where a clerk serves residents: the login, then a complaint form that asks who the resident
// is, the receipt with a Print button, and the outbox at a glance. Every step is recorded in
// the audit log under the clerk's name; nothing of the resident goes there.
class ClerkDesk final : public QWidget
{
    Q_OBJECT

public:
    struct Options
    {
        QString municipality;
        QStringList residentRequired;
        QString printer;        // as ReceiptPrinter takes it
        bool counterPc = false; // no way back to the citizens' screens
    };

    enum class Page
    {
        Login,
        Complaint,
        Receipt,
        Outbox,
    };

    ClerkDesk(const ViewContext &context, ClerkSession *session, const Options &options,
              QWidget *parent = nullptr);

    Page page() const;
    ComplaintForm *form() const { return m_form; }
    OutboxPanel *outbox() const { return m_outbox; }
    ReceiptView *receipt() const { return m_receipt; }
    ClerkLogin *login() const { return m_login; }
    QString printMessage() const;
    // The PDF written by the last print to a pdf: printer (tests, and the office's records).
    QString lastPrintedFile() const { return m_lastPrinted; }

    // Everything typed gone, back at the login (after a logout, or idle).
    void reset();
    // The cache or the outbox changed: new categories, a reference arrived, an answer came.
    void refresh();

public slots:
    void showComplaint();
    void showOutbox();
    void print();
    // Opens an item the server refused in the form, to correct and send again.
    void edit(qint64 localId);

signals:
    void leaveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPage(Page page);
    void onSubmitted(const QString &receipt);
    void retranslate();

    ViewContext m_context;
    ClerkSession *m_session;
    Options m_options;
    QStackedWidget *m_pages;
    ClerkLogin *m_login;
    QWidget *m_workspace;
    QLabel *m_who;
    QPushButton *m_newComplaint;
    QPushButton *m_outboxButton;
    QPushButton *m_logout;
    QStackedWidget *m_work;
    ComplaintForm *m_form;
    QWidget *m_receiptPage;
    ReceiptView *m_receipt;
    QPushButton *m_print;
    QLabel *m_printMessage;
    OutboxPanel *m_outbox;
    QLabel *m_editing;
    qint64 m_editingId = 0;
    QString m_editingReceipt;
    QString m_category; // of the complaint on the receipt page
    QString m_lastPrinted;
};
