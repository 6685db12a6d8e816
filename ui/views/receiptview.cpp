#include "receiptview.h"

#include "outboxwriter.h"
#include "plainlabel.h"
#include "takehomelink.h"
#include "takehomepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ReceiptView::ReceiptView(const ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new PlainLabel(QStringLiteral("receiptTitle"), this))
    , m_numberCaption(new PlainLabel(QStringLiteral("receiptNumberCaption"), this))
    , m_number(new PlainLabel(QStringLiteral("receiptNumber"), this))
    , m_referenceLabel(new PlainLabel(QStringLiteral("receiptReference"), this))
    , m_explanation(new PlainLabel(QStringLiteral("receiptExplanation"), this))
    , m_takeHome(new TakeHomePanel(this))
    , m_done(new QPushButton(this))
{
    setObjectName(QStringLiteral("receiptView"));
    for (QLabel *label : {m_title, m_numberCaption, m_number, m_referenceLabel, m_explanation})
        label->setAlignment(Qt::AlignCenter);
    // Large without the theme too: this is the one thing on screen to read and keep.
    QFont titleFont = m_title->font();
    titleFont.setPixelSize(40);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont numberFont = m_number->font();
    numberFont.setPixelSize(48);
    numberFont.setBold(true);
    numberFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_number->setFont(numberFont);
    m_number->setTextInteractionFlags(Qt::NoTextInteraction);
    QFont referenceFont = m_referenceLabel->font();
    referenceFont.setPixelSize(32);
    referenceFont.setBold(true);
    m_referenceLabel->setFont(referenceFont);
    m_referenceLabel->setVisible(false);
    m_done->setObjectName(QStringLiteral("receiptDone"));
    m_done->setProperty("primary", true);
    m_done->setMinimumSize(280, 80);
    connect(m_done, &QPushButton::clicked, this, &ReceiptView::done);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_numberCaption);
    layout->addWidget(m_number);
    layout->addWidget(m_referenceLabel);
    layout->addWidget(m_explanation);
    layout->addWidget(m_takeHome, 0, Qt::AlignHCenter);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_done);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addStretch(1);
    retranslate();
}

void ReceiptView::showReceipt(const QString &receipt)
{
    m_receipt = receipt;
    m_reference.clear();
    m_state.clear();
    refresh();
}

void ReceiptView::clear()
{
    m_receipt.clear();
    m_reference.clear();
    m_state.clear();
    m_takeHome->clear();
    retranslate();
}

void ReceiptView::refresh()
{
    if (m_receipt.isEmpty())
        return;
    const auto item = m_context.outbox ? m_context.outbox->find(m_receipt) : std::nullopt;
    if (item) {
        m_reference = item->reference;
        m_state = item->state == OutboxStore::State::Rejected ? QStringLiteral("rejected")
                  : item->state == OutboxStore::State::Sent   ? QStringLiteral("sent")
                                                              : QStringLiteral("pending");
    }
    // The code carries the tracking link once there is a reference; until then the receipt,
    // which "My request" at this kiosk finds.
    if (!m_reference.isEmpty()) {
        const QUrl link = TakeHomeLink::forReceipt(m_context.publicBase, m_reference);
        if (link.isValid())
            m_takeHome->setLink(link);
        else
            m_takeHome->setText(m_reference);
    } else {
        m_takeHome->setText(m_receipt);
    }
    retranslate();
}

void ReceiptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReceiptView::retranslate()
{
    if (property("state").toString() != m_state) {
        setProperty("state", m_state);
        style()->unpolish(this);
        style()->polish(this);
    }
    m_title->setText(tr("Saved. Thank you."));
    m_numberCaption->setText(tr("Your receipt number:"));
    m_number->setText(m_receipt);
    m_referenceLabel->setVisible(!m_reference.isEmpty());
    m_referenceLabel->setText(m_reference.isEmpty()
                                  ? QString()
                                  : tr("The municipality's reference number: %1").arg(m_reference));
    if (m_state == QLatin1String("rejected"))
        m_explanation->setText(tr("The municipality's system could not accept it. Please ask "
                                  "at the office, with your receipt number."));
    else if (!m_reference.isEmpty())
        m_explanation->setText(tr("It has reached the municipality. Follow it in \"My request\" "
                                  "with this reference number, or scan the code."));
    else
        m_explanation->setText(tr("It will be sent to the municipality as soon as the network "
                                  "allows. The municipality's reference number will then appear "
                                  "in \"My request\": look it up there with your receipt "
                                  "number."));
    m_done->setText(tr("Done"));
}
