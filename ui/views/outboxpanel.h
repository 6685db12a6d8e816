#pragma once

#include "outboxstore.h"
#include "viewcontext.h"

#include <QWidget>

class ClerkSession;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The outbox at a glance, for a clerk: every item this machine took, newest first, with its
// number, what it is, who entered it, whether it waits, went or was refused (with the server's
// words), its age and tries, and for sent items the municipality's latest answer. A waiting
// item can be sent now; a refused one edited and sent again, or put aside with a reason that
// goes to the audit log.
class OutboxPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        What,
        EnteredBy,
        State,
        Age,
        Tries,
        Message,
        ColumnCount
    };

    OutboxPanel(const ViewContext &context, ClerkSession *session, QWidget *parent = nullptr);

    void refresh();
    // The row of an item, or -1 (tests, and keeping the selection across a refresh).
    int rowOf(qint64 localId) const;
    void select(qint64 localId);

signals:
    // The clerk wants to correct a refused item: the desk opens it in the form.
    void editRequested(qint64 localId);

protected:
    void changeEvent(QEvent *event) override;

private:
    qint64 selectedId() const;
    std::optional<OutboxStore::Item> selectedItem() const;
    void updateActions();
    void retryNow();
    void askDiscard();
    void confirmDiscard();
    void retranslate();
    QString stateText(const OutboxStore::Item &item) const;
    QString messageText(const OutboxStore::Item &item) const;
    QString ageText(const QDateTime &since) const;

    ViewContext m_context;
    ClerkSession *m_session;
    QList<OutboxStore::Item> m_items;
    QLabel *m_heading;
    QLabel *m_counts;
    QTableWidget *m_table;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_discard;
    QWidget *m_discardBox;
    QLabel *m_discardCaption;
    QLineEdit *m_reason;
    QPushButton *m_discardConfirm;
    QPushButton *m_discardCancel;
    QLabel *m_message;
};
