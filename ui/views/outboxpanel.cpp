#include "outboxpanel.h"

#include "clerksession.h"
#include "clock.h"
#include "contentstore.h"
#include "myrequestsection.h"
#include "outboxwriter.h"
#include "plainlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kShown = 200; // a counter's fortnight; the rest is in the log and on the server

QPushButton *actionButton(const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setMinimumHeight(64);
    return button;
}

} // namespace

OutboxPanel::OutboxPanel(const ViewContext &context, ClerkSession *session, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
    , m_heading(new PlainLabel(QStringLiteral("outboxHeading"), this))
    , m_counts(new PlainLabel(QStringLiteral("outboxCounts"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_retry(actionButton(QStringLiteral("outboxRetry"), this))
    , m_edit(actionButton(QStringLiteral("outboxEdit"), this))
    , m_discard(actionButton(QStringLiteral("outboxDiscard"), this))
    , m_discardBox(new QWidget(this))
    , m_discardCaption(new PlainLabel(QStringLiteral("outboxDiscardCaption"), m_discardBox))
    , m_reason(new QLineEdit(m_discardBox))
    , m_discardConfirm(actionButton(QStringLiteral("outboxDiscardConfirm"), m_discardBox))
    , m_discardCancel(actionButton(QStringLiteral("outboxDiscardCancel"), m_discardBox))
    , m_message(new PlainLabel(QStringLiteral("outboxMessage"), this))
{
    setObjectName(QStringLiteral("outboxPanel"));
    m_heading->setProperty("heading", true);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(56);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Message, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxPanel::updateActions);

    m_reason->setObjectName(QStringLiteral("outboxDiscardReason"));
    m_reason->setMaxLength(500);
    m_reason->setMinimumHeight(56);
    m_reason->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_discardConfirm->setProperty("primary", true);
    auto *discardLayout = new QHBoxLayout(m_discardBox);
    discardLayout->setContentsMargins(0, 0, 0, 0);
    discardLayout->addWidget(m_discardCaption);
    discardLayout->addWidget(m_reason, 1);
    discardLayout->addWidget(m_discardConfirm);
    discardLayout->addWidget(m_discardCancel);
    m_discardBox->hide();
    m_message->setProperty("notice", true);
    m_message->hide();

    connect(m_retry, &QPushButton::clicked, this, &OutboxPanel::retryNow);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto item = selectedItem())
            emit editRequested(item->localId);
    });
    connect(m_discard, &QPushButton::clicked, this, &OutboxPanel::askDiscard);
    connect(m_discardConfirm, &QPushButton::clicked, this, &OutboxPanel::confirmDiscard);
    connect(m_reason, &QLineEdit::returnPressed, this, &OutboxPanel::confirmDiscard);
    connect(m_discardCancel, &QPushButton::clicked, this, [this] {
        m_reason->clear();
        m_discardBox->hide();
    });

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_edit);
    actions->addWidget(m_discard);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_discardBox);
    layout->addLayout(actions);
    retranslate();
    updateActions();
}

void OutboxPanel::refresh()
{
    const qint64 selected = selectedId();
    m_items = m_context.outbox ? m_context.outbox->recent(kShown) : QList<OutboxStore::Item>();
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_items.size()));
    int pending = 0;
    int rejected = 0;
    for (int row = 0; row < m_items.size(); ++row) {
        const OutboxStore::Item &item = m_items.at(row);
        pending += item.state == OutboxStore::State::Pending ? 1 : 0;
        rejected += item.state == OutboxStore::State::Rejected ? 1 : 0;
        const QString number =
            item.reference.isEmpty() ? item.receipt : item.reference + u'\n' + item.receipt;
        const QStringList cells{number,
                                item.summary,
                                item.clerk.isEmpty() ? tr("Citizen at the kiosk") : item.clerk,
                                stateText(item),
                                ageText(item.createdAt),
                                QString::number(item.attempts),
                                messageText(item)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setData(Qt::UserRole, item.localId);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeRowsToContents();
    m_counts->setText(
        m_context.outbox
            ? tr("Waiting to be sent: %1. Refused by the server: %2.").arg(pending).arg(rejected)
            : tr("This computer has no outbox: see the log."));
    if (selected)
        select(selected);
    updateActions();
}

int OutboxPanel::rowOf(qint64 localId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).localId == localId)
            return row;
    }
    return -1;
}

void OutboxPanel::select(qint64 localId)
{
    const int row = rowOf(localId);
    if (row < 0)
        m_table->clearSelection();
    else
        m_table->selectRow(row);
    updateActions();
}

qint64 OutboxPanel::selectedId() const
{
    const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
    return chosen.isEmpty() ? 0 : chosen.first()->data(Qt::UserRole).toLongLong();
}

std::optional<OutboxStore::Item> OutboxPanel::selectedItem() const
{
    const qint64 id = selectedId();
    return id && m_context.outbox ? m_context.outbox->item(id) : std::nullopt;
}

void OutboxPanel::updateActions()
{
    const auto item = selectedItem();
    const bool pending = item && item->state == OutboxStore::State::Pending;
    const bool rejected = item && item->state == OutboxStore::State::Rejected;
    m_retry->setEnabled(pending);
    // Only complaints have a form here that can open them again.
    m_edit->setEnabled(rejected && item->type == QLatin1String("complaint"));
    m_discard->setEnabled(rejected);
    if (!rejected)
        m_discardBox->hide();
}

void OutboxPanel::retryNow()
{
    const auto item = selectedItem();
    if (!item || !m_context.outbox)
        return;
    if (m_context.outbox->retryNow(item->localId)) {
        if (m_session)
            m_session->record(QStringLiteral("retry"), item->receipt);
        m_message->setText(tr("%1 will be sent now, if the network allows.").arg(item->receipt));
    } else {
        m_message->setText(tr("%1 is no longer waiting.").arg(item->receipt));
    }
    m_message->show();
    refresh();
}

void OutboxPanel::askDiscard()
{
    m_reason->clear();
    m_discardBox->show();
    m_reason->setFocus();
}

void OutboxPanel::confirmDiscard()
{
    const auto item = selectedItem();
    if (!item || !m_context.outbox)
        return;
    const QString reason = m_reason->text().simplified();
    if (reason.isEmpty()) {
        m_message->setText(tr("Please write why this item is put aside: the reason stays in "
                              "the audit log."));
        m_message->show();
        return;
    }
    QString error;
    if (!m_context.outbox->discard(item->localId, reason, &error)) {
        m_message->setText(tr("%1 could not be put aside: %2").arg(item->receipt, error));
        m_message->show();
        return;
    }
    if (m_session)
        m_session->record(QStringLiteral("discard"), item->receipt, reason);
    m_reason->clear();
    m_discardBox->hide();
    m_message->setText(tr("%1 was put aside.").arg(item->receipt));
    m_message->show();
    refresh();
}

QString OutboxPanel::stateText(const OutboxStore::Item &item) const
{
    switch (item.state) {
    case OutboxStore::State::Pending:
        return tr("Waiting to be sent");
    case OutboxStore::State::Sent:
        return tr("Sent");
    case OutboxStore::State::Rejected:
        return tr("Refused by the server");
    case OutboxStore::State::Discarded:
        return tr("Put aside");
    }
    return {};
}

QString OutboxPanel::messageText(const OutboxStore::Item &item) const
{
    switch (item.state) {
    case OutboxStore::State::Pending:
        return item.lastError.isEmpty() ? QString() : tr("Last try: %1").arg(item.lastError);
    case OutboxStore::State::Rejected:
        return item.lastError;
    case OutboxStore::State::Discarded:
        return tr("Reason: %1").arg(item.discardReason);
    case OutboxStore::State::Sent:
        break;
    }
    // What the municipality answered, as the change feed brought it.
    const auto status = m_context.store && !item.reference.isEmpty()
                            ? m_context.store->item(Collection::Statuses, item.reference)
                            : std::nullopt;
    if (!status)
        return MyRequestSection::statusText(item.status.isEmpty() ? QStringLiteral("received")
                                                                  : item.status);
    const QString note = status->data.value(QLatin1StringView("note")).toString().trimmed();
    const QString words = MyRequestSection::statusText(status->category);
    return note.isEmpty() ? words : tr("%1. The municipality's note: %2").arg(words, note);
}

QString OutboxPanel::ageText(const QDateTime &since) const
{
    const QDateTime now =
        m_context.clock ? m_context.clock->now() : QDateTime::currentDateTimeUtc();
    const qint64 minutes = qMax<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n days", nullptr, int(minutes / (24 * 60)));
}

void OutboxPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void OutboxPanel::retranslate()
{
    m_heading->setText(tr("Outbox of this computer"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("What"), tr("Entered by"), tr("State"),
                                        tr("Age"), tr("Tries"), tr("Message or answer")});
    m_retry->setText(tr("Send now"));
    m_edit->setText(tr("Correct and send again"));
    m_discard->setText(tr("Put aside..."));
    m_discardCaption->setText(tr("Why?"));
    m_reason->setPlaceholderText(tr("For example: entered twice by mistake"));
    m_discardConfirm->setText(tr("Put aside"));
    m_discardCancel->setText(tr("Cancel"));
}
