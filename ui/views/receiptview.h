#pragma once

#include "viewcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class TakeHomePanel;

// What a person sees after Send: that it is saved, the receipt number to keep, and a code to
// take it home. When the outbox has sent the item, the municipality's reference number
// replaces the promise and the code carries the tracking link.
class ReceiptView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiptView(const ViewContext &context, QWidget *parent = nullptr);

    void showReceipt(const QString &receipt);
    QString receipt() const { return m_receipt; }
    void clear();
    // Looks the item up again: its reference may have arrived.
    void refresh();

signals:
    void done();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ViewContext m_context;
    QString m_receipt;
    QString m_reference;
    QString m_state;
    QLabel *m_title;
    QLabel *m_numberCaption;
    QLabel *m_number;
    QLabel *m_referenceLabel;
    QLabel *m_explanation;
    TakeHomePanel *m_takeHome;
    QPushButton *m_done;
};
