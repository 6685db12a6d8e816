#include "myrequestsection.h"

#include "contentstore.h"
#include "itempresenter.h"
#include "outboxwriter.h"
#include "plainlabel.h"
#include "readabletext.h"
#include "takehomelink.h"
#include "takehomepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// The server's refusal as the uploader noted it ("HTTP 422 invalid: the survey ... is
// closed"), without the status code and machine code a citizen has no use for.
QString withoutCodes(const QString &lastError)
{
    static const QRegularExpression prefix(QStringLiteral("^HTTP \\d+ [^:]*:\\s*"));
    return lastError.trimmed().remove(prefix);
}

} // namespace

MyRequestSection::MyRequestSection(const ViewContext &context, QWidget *parent)
    : Section(context, parent)
    , m_title(new PlainLabel(QStringLiteral("requestTitle"), this))
    , m_intro(new PlainLabel(QStringLiteral("requestIntro"), this))
    , m_number(new QLineEdit(this))
    , m_lookup(new QPushButton(this))
    , m_result(new QWidget(this))
    , m_headline(new PlainLabel(QStringLiteral("requestHeadline"), m_result))
    , m_details(new PlainLabel(QStringLiteral("requestDetails"), m_result))
    , m_takeHome(new TakeHomePanel(m_result))
{
    setObjectName(QStringLiteral("myRequestSection"));
    m_title->setProperty("heading", true);
    m_number->setObjectName(QStringLiteral("requestNumber"));
    m_number->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhPreferUppercase |
                                  Qt::ImhNoAutoUppercase);
    m_number->setMaxLength(40);
    m_number->setMinimumHeight(80);
    m_number->setContextMenuPolicy(Qt::NoContextMenu);
    QFont numberFont = m_number->font();
    numberFont.setPixelSize(36);
    numberFont.setBold(true);
    m_number->setFont(numberFont);
    // Numbers are printed in capitals; whatever the keyboard sends, they read the same.
    connect(m_number, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString upper = text.toUpper();
        if (upper == text)
            return;
        const int cursor = m_number->cursorPosition();
        m_number->setText(upper);
        m_number->setCursorPosition(cursor);
    });
    connect(m_number, &QLineEdit::returnPressed, this, &MyRequestSection::lookUp);
    m_lookup->setObjectName(QStringLiteral("requestLookup"));
    m_lookup->setProperty("primary", true);
    m_lookup->setMinimumSize(220, 80);
    connect(m_lookup, &QPushButton::clicked, this, &MyRequestSection::lookUp);

    m_result->setObjectName(QStringLiteral("requestResult"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPixelSize(32);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    auto *resultText = new QVBoxLayout;
    resultText->addWidget(m_headline);
    resultText->addWidget(m_details);
    resultText->addStretch(1);
    auto *resultLayout = new QHBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 16, 0, 0);
    resultLayout->addLayout(resultText, 1);
    resultLayout->addWidget(m_takeHome, 0, Qt::AlignTop);
    m_result->setVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_number, 1);
    row->addWidget(m_lookup);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_result, 1);
    layout->addStretch(0);
    retranslate();
}

void MyRequestSection::reset()
{
    m_asked.clear();
    m_number->setText(QString()); // also forgets the undo history
    m_takeHome->clear();
    m_headline->clear();
    m_details->clear();
    m_result->setVisible(false);
}

void MyRequestSection::refresh()
{
    if (!m_asked.isEmpty())
        present();
}

bool MyRequestSection::openItem(Collection collection, const QString &id)
{
    if (collection != Collection::Statuses || !context().store)
        return false;
    const auto status = context().store->item(Collection::Statuses, id);
    if (!status)
        return false;
    m_number->setText(status->title);
    lookUp();
    return true;
}

QString MyRequestSection::statusText(const QString &status)
{
    if (status == QLatin1String("received"))
        return tr("Received: waiting to be looked at");
    if (status == QLatin1String("in-progress"))
        return tr("In progress: the municipality is working on it");
    if (status == QLatin1String("answered"))
        return tr("Answered: the municipality has replied");
    if (status == QLatin1String("closed"))
        return tr("Closed: this matter is finished");
    if (status == QLatin1String("rejected"))
        return tr("Not accepted: the municipality could not take this matter on");
    return tr("Status: %1").arg(status);
}

void MyRequestSection::lookUp()
{
    m_asked = m_number->text().trimmed().toUpper();
    present();
}

void MyRequestSection::present()
{
    if (m_asked.isEmpty()) {
        showResult("empty", tr("Please type the number first."),
                   tr("You find it on your receipt. It looks like MUN-2026-000123 or "
                      "R-1A2B-3C4D."),
                   {});
        return;
    }
    // A receipt of this kiosk leads to its reference once the item is sent.
    const auto local = context().outbox ? context().outbox->find(m_asked) : std::nullopt;
    const QString reference =
        local && !local->reference.isEmpty() ? local->reference.toUpper() : m_asked;

    if (context().store) {
        const QList<ContentItem> statuses = context().store->list(Collection::Statuses);
        for (const ContentItem &status : statuses) {
            if (status.title.trimmed().toUpper() != reference)
                continue;
            QStringList details;
            details << tr("Reference number: %1").arg(status.title);
            const QString note = status.data.value(QLatin1StringView("note")).toString().trimmed();
            if (!note.isEmpty())
                details << tr("The municipality's note: %1").arg(note);
            const QString updated = ItemPresenter::dateText(
                status.data.value(QLatin1StringView("updated_at")).toString(), true);
            if (!updated.isEmpty())
                details << tr("Last updated: %1").arg(updated);
            showResult("status", statusText(status.category), details.join(QStringLiteral("\n\n")),
                       status.title);
            return;
        }
    }

    if (local) {
        switch (local->state) {
        case OutboxStore::State::Pending:
            showResult("pending", tr("Saved at this kiosk, waiting to be sent"),
                       tr("Receipt number: %1. It will be sent to the municipality as soon as "
                          "the network allows; then its reference number will appear here.")
                           .arg(local->receipt),
                       {});
            return;
        case OutboxStore::State::Sent:
            showResult(
                "sent",
                statusText(local->status.isEmpty() ? QStringLiteral("received") : local->status),
                tr("Sent to the municipality. Reference number: %1. The latest news about "
                   "it will appear here after the next update.")
                    .arg(local->reference),
                local->reference);
            return;
        case OutboxStore::State::Rejected: {
            QString details = tr("The municipality's system could not accept it. Please ask at "
                                 "the office, with your receipt number %1.")
                                  .arg(local->receipt);
            const QString said = withoutCodes(local->lastError);
            if (!said.isEmpty())
                details += QStringLiteral("\n\n") + tr("What the system said: \"%1\"").arg(said);
            showResult("rejected", tr("Not accepted by the municipality's system"), details, {});
            return;
        }
        case OutboxStore::State::Discarded: {
            // The office's reason usually names the corrected submission that replaced it,
            // which is what the resident needs to follow up.
            QString details = tr("It was withdrawn at the municipal office after the "
                                 "municipality's system could not accept it.");
            if (!local->discardReason.isEmpty())
                details += QStringLiteral("\n\n") +
                           tr("The office's note: \"%1\"").arg(local->discardReason);
            showResult("rejected", tr("Withdrawn at the office"), details, {});
            return;
        }
        }
    }

    showResult("notFound", tr("We could not find this number"),
               tr("Please check it on your receipt. A reference number looks like "
                  "MUN-2026-000123; a receipt from this kiosk looks like R-1A2B-3C4D. A "
                  "submission made today may take a little while to appear."),
               {});
}

void MyRequestSection::showResult(const char *state, const QString &headline,
                                  const QString &details, const QString &reference)
{
    m_result->setProperty("state", QLatin1StringView(state));
    // The theme may colour the answer by its state: style it again for the new value.
    for (QWidget *widget : {m_result, static_cast<QWidget *>(m_headline)}) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
    m_headline->setText(headline);
    m_details->setText(details);
    if (reference.isEmpty()) {
        m_takeHome->clear();
    } else {
        const QUrl link = TakeHomeLink::forReceipt(context().publicBase, reference);
        if (link.isValid())
            m_takeHome->setLink(link);
        else
            m_takeHome->setText(reference);
    }
    m_result->setVisible(true);
}

void MyRequestSection::retranslate()
{
    m_title->setText(tr("My request"));
    m_intro->setText(tr("Type the number on your receipt to see how your complaint, suggestion "
                        "or post is going. It looks like MUN-2026-000123 or R-1A2B-3C4D."));
    m_number->setPlaceholderText(tr("MUN-2026-000123"));
    m_lookup->setText(tr("Look up"));
    if (!m_asked.isEmpty())
        present();
}

QString MyRequestSection::readableText() const
{
    // The answer's headline, not its details: they repeat the number typed, and the
    // municipality's note about a person's matter is not for the whole room.
    return ReadableText::join(ReadableText::screenText(this, {m_details}));
}
