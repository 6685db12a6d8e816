#include "clerkdesk.h"

#include "clerklogin.h"
#include "clerksession.h"
#include "complaintform.h"
#include "outboxpanel.h"
#include "outboxwriter.h"
#include "plainlabel.h"
#include "receiptprinter.h"
#include "receiptview.h"
#include "takehomelink.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

ClerkDesk::ClerkDesk(const ViewContext &context, ClerkSession *session, const Options &options,
                     QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
    , m_options(options)
    , m_pages(new QStackedWidget(this))
    , m_login(new ClerkLogin(session, m_pages))
    , m_workspace(new QWidget(m_pages))
    , m_who(new PlainLabel(QStringLiteral("clerkWho"), m_workspace))
    , m_newComplaint(new QPushButton(m_workspace))
    , m_outboxButton(new QPushButton(m_workspace))
    , m_logout(new QPushButton(m_workspace))
    , m_work(new QStackedWidget(m_workspace))
    , m_form(new ComplaintForm(context, m_work))
    , m_receiptPage(new QWidget(m_work))
    , m_receipt(new ReceiptView(context, m_receiptPage))
    , m_print(new QPushButton(m_receiptPage))
    , m_printMessage(new PlainLabel(QStringLiteral("clerkPrintMessage"), m_receiptPage))
    , m_outbox(new OutboxPanel(context, session, m_work))
    , m_editing(new PlainLabel(QStringLiteral("clerkEditing"), m_workspace))
{
    setObjectName(QStringLiteral("clerkDesk"));
    m_form->enableOnBehalf(m_options.residentRequired);
    m_login->setBackOffered(!m_options.counterPc);
    connect(m_login, &ClerkLogin::backRequested, this, &ClerkDesk::leaveRequested);

    m_newComplaint->setObjectName(QStringLiteral("clerkNewComplaint"));
    m_outboxButton->setObjectName(QStringLiteral("clerkOutbox"));
    m_logout->setObjectName(QStringLiteral("clerkLogout"));
    for (QPushButton *button : {m_newComplaint, m_outboxButton, m_logout}) {
        button->setMinimumHeight(64);
        button->setCheckable(button != m_logout);
    }
    m_logout->setProperty("secondary", true);
    QFont whoFont = m_who->font();
    whoFont.setBold(true);
    m_who->setFont(whoFont);
    m_editing->setProperty("notice", true);
    m_editing->hide();
    connect(m_newComplaint, &QPushButton::clicked, this, [this] {
        m_form->clear();
        m_editingId = 0;
        showComplaint();
    });
    connect(m_outboxButton, &QPushButton::clicked, this, &ClerkDesk::showOutbox);
    connect(m_logout, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->logOut(QStringLiteral("clerk"));
    });

    m_print->setObjectName(QStringLiteral("clerkPrint"));
    m_print->setProperty("primary", true);
    m_print->setMinimumSize(280, 72);
    m_printMessage->setAlignment(Qt::AlignCenter);
    connect(m_print, &QPushButton::clicked, this, &ClerkDesk::print);
    auto *receiptLayout = new QVBoxLayout(m_receiptPage);
    receiptLayout->setContentsMargins(0, 0, 0, 0);
    receiptLayout->addWidget(m_receipt, 1);
    receiptLayout->addWidget(m_printMessage);
    receiptLayout->addWidget(m_print, 0, Qt::AlignHCenter);

    m_work->addWidget(m_form);
    m_work->addWidget(m_receiptPage);
    m_work->addWidget(m_outbox);
    connect(m_form, &ComplaintForm::submitted, this, &ClerkDesk::onSubmitted);
    connect(m_form, &ComplaintForm::leaveRequested, this, &ClerkDesk::showOutbox);
    connect(m_receipt, &ReceiptView::done, this, [this] {
        m_form->clear();
        showComplaint();
    });
    connect(m_outbox, &OutboxPanel::editRequested, this, &ClerkDesk::edit);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(12);
    bar->addWidget(m_who, 1);
    bar->addWidget(m_newComplaint);
    bar->addWidget(m_outboxButton);
    bar->addWidget(m_logout);
    auto *workLayout = new QVBoxLayout(m_workspace);
    workLayout->setContentsMargins(20, 10, 20, 10);
    workLayout->addLayout(bar);
    workLayout->addWidget(m_editing);
    workLayout->addWidget(m_work, 1);

    m_pages->addWidget(m_login);
    m_pages->addWidget(m_workspace);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    if (m_session) {
        connect(m_session, &ClerkSession::loggedIn, this, [this] {
            m_form->setClerk(m_session->account(), m_session->fullName());
            m_form->clear();
            showComplaint();
        });
        connect(m_session, &ClerkSession::loggedOut, this, &ClerkDesk::reset);
    }
    retranslate();
    showPage(Page::Login);
}

ClerkDesk::Page ClerkDesk::page() const
{
    if (m_pages->currentWidget() == m_login)
        return Page::Login;
    if (m_work->currentWidget() == m_receiptPage)
        return Page::Receipt;
    if (m_work->currentWidget() == m_outbox)
        return Page::Outbox;
    return Page::Complaint;
}

QString ClerkDesk::printMessage() const
{
    return m_printMessage->text();
}

void ClerkDesk::showPage(Page page)
{
    const bool in = m_session && m_session->isLoggedIn();
    if (page == Page::Login || !in) {
        m_pages->setCurrentWidget(m_login);
        return;
    }
    m_pages->setCurrentWidget(m_workspace);
    QWidget *target = page == Page::Receipt  ? m_receiptPage
                      : page == Page::Outbox ? static_cast<QWidget *>(m_outbox)
                                             : static_cast<QWidget *>(m_form);
    m_work->setCurrentWidget(target);
    m_newComplaint->setChecked(page == Page::Complaint);
    m_outboxButton->setChecked(page == Page::Outbox);
    m_editing->setVisible(page == Page::Complaint && m_editingId != 0);
    if (page == Page::Outbox)
        m_outbox->refresh();
    retranslate();
}

void ClerkDesk::reset()
{
    m_form->clear();
    m_receipt->clear();
    m_printMessage->clear();
    m_editingId = 0;
    m_editingReceipt.clear();
    m_category.clear();
    m_login->reset();
    showPage(Page::Login);
    retranslate(); // the name of who was logged in goes too
}

void ClerkDesk::refresh()
{
    m_form->refresh();
    m_receipt->refresh();
    if (page() == Page::Outbox)
        m_outbox->refresh();
}

void ClerkDesk::showComplaint()
{
    showPage(Page::Complaint);
}

void ClerkDesk::showOutbox()
{
    showPage(Page::Outbox);
}

void ClerkDesk::edit(qint64 localId)
{
    const auto item = m_context.outbox ? m_context.outbox->item(localId) : std::nullopt;
    if (!item || item->state != OutboxStore::State::Rejected)
        return;
    if (!m_form->load(OutboxStore::payloadOf(*item)))
        return;
    m_editingId = localId;
    m_editingReceipt = item->receipt;
    if (m_session)
        m_session->record(QStringLiteral("edit"), item->receipt);
    showPage(Page::Complaint);
}

void ClerkDesk::onSubmitted(const QString &receipt)
{
    m_category = m_form->categoryName();
    if (m_session) {
        if (m_editingId != 0) {
            // The corrected item is a new one with its own key: the server refused the old
            // body, and a key stands for one body. The refused one is put aside, pointing here.
            QString error;
            const QString reason = QStringLiteral("corrected and sent again as %1").arg(receipt);
            if (m_context.outbox && m_context.outbox->discard(m_editingId, reason, &error))
                m_session->record(QStringLiteral("discard"), m_editingReceipt, reason);
            m_session->record(QStringLiteral("resend"), receipt,
                              QStringLiteral("corrects %1").arg(m_editingReceipt));
        } else {
            m_session->record(QStringLiteral("complaint-on-behalf"), receipt);
        }
    }
    m_editingId = 0;
    m_editingReceipt.clear();
    m_form->clear();
    m_printMessage->clear();
    m_receipt->showReceipt(receipt);
    showPage(Page::Receipt);
}

void ClerkDesk::print()
{
    const QString receipt = m_receipt->receipt();
    const auto item = m_context.outbox ? m_context.outbox->find(receipt) : std::nullopt;
    if (!item)
        return;
    ReceiptPrinter::Receipt paper;
    paper.municipality = m_options.municipality;
    paper.receipt = item->receipt;
    paper.reference = item->reference;
    paper.createdAt = item->createdAt;
    paper.category = m_category.isEmpty() ? item->summary : m_category;
    paper.clerk = m_session ? m_session->fullName() : QString();
    if (!item->reference.isEmpty())
        paper.trackingLink = TakeHomeLink::forReceipt(m_context.publicBase, item->reference);
    QString problem;
    if (!ReceiptPrinter(m_options.printer).print(paper, &problem, &m_lastPrinted)) {
        m_printMessage->setText(problem);
        return;
    }
    if (m_session)
        m_session->record(QStringLiteral("print-receipt"),
                          item->reference.isEmpty() ? item->receipt : item->reference);
    m_printMessage->setText(item->reference.isEmpty()
                                ? tr("Printed with the receipt number; the reference number "
                                     "will come once the complaint is sent.")
                                : tr("Printed."));
}

void ClerkDesk::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClerkDesk::retranslate()
{
    const QString name = m_session ? m_session->fullName() : QString();
    m_who->setText(name.isEmpty() ? QString() : tr("Clerk: %1").arg(name));
    m_newComplaint->setText(tr("New complaint for a resident"));
    m_outboxButton->setText(tr("Outbox"));
    m_logout->setText(tr("Log out"));
    m_print->setText(tr("Print receipt"));
    m_editing->setText(tr("Correcting %1, which the server refused. Sending it makes a new "
                          "item; the refused one is put aside.")
                           .arg(m_editingReceipt));
}
