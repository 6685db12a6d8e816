#include "homesection.h"

#include "cardbutton.h"
#include "clock.h"
#include "contentstore.h"
#include "itempresenter.h"
#include "readabletext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

namespace {

constexpr int kHighlights = 3;
constexpr int kServices = 6;
constexpr int kEvents = 4;
const QSize kNewsPicture(240, 135);

QString text(const ContentItem &item, const char *field)
{
    return item.data.value(QLatin1StringView(field)).toString();
}

QLabel *heading(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(name));
    label->setProperty("heading", true);
    label->setWordWrap(true);
    return label;
}

} // namespace

HomeSection::HomeSection(const ViewContext &context, QWidget *parent)
    : Section(context, parent)
    , m_images(context.blobs)
    , m_scroll(new QScrollArea(this))
    , m_newsTitle(heading(this, "homeNewsTitle"))
    , m_servicesTitle(heading(this, "homeServicesTitle"))
    , m_eventsTitle(heading(this, "homeEventsTitle"))
    , m_waiting(new QLabel(this))
    , m_news(new QVBoxLayout)
    , m_services(new QVBoxLayout)
    , m_events(new QVBoxLayout)
{
    setObjectName(QStringLiteral("homeSection"));
    m_waiting->setObjectName(QStringLiteral("homeWaiting"));
    m_waiting->setProperty("placeholder", true);
    m_waiting->setWordWrap(true);
    m_waiting->setAlignment(Qt::AlignCenter);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("homePage"));
    auto *left = new QVBoxLayout;
    m_left = left;
    left->addWidget(m_newsTitle);
    left->addLayout(m_news);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    m_right = right;
    right->addWidget(m_servicesTitle);
    right->addLayout(m_services);
    right->addSpacing(12);
    right->addWidget(m_eventsTitle);
    right->addLayout(m_events);
    right->addStretch(1);
    for (QVBoxLayout *column : {m_news, m_services, m_events})
        column->setSpacing(10);
    auto *columns = new QHBoxLayout(page);
    m_columns = columns;
    columns->setContentsMargins(0, 0, 8, 0);
    columns->setSpacing(24);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScroller::grabGesture(m_scroll->viewport(), QScroller::LeftMouseButtonGesture);
    m_scroll->viewport()->installEventFilter(this);
    page->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_waiting);
    layout->addWidget(m_scroll, 1);
    retranslate();
}

bool HomeSection::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_scroll->viewport() && event->type() == QEvent::Resize) ||
        (watched == m_scroll->widget() && event->type() == QEvent::LayoutRequest))
        fitColumns();
    return Section::eventFilter(watched, event);
}

void HomeSection::fitColumns()
{
    // Side by side while both columns fit whole; with larger text on a narrower screen the
    // services and events go under the news instead of off the right edge.
    const QMargins margins = m_columns->contentsMargins();
    const int sideBySide = m_left->minimumSize().width() + m_right->minimumSize().width() +
                           m_columns->spacing() + margins.left() + margins.right();
    const auto direction = sideBySide <= m_scroll->viewport()->width() ? QBoxLayout::LeftToRight
                                                                       : QBoxLayout::TopToBottom;
    if (m_columns->direction() != direction)
        m_columns->setDirection(direction);
}

void HomeSection::refresh()
{
    rebuild();
}

void HomeSection::reset()
{
    QScroller::scroller(m_scroll->viewport())->stop();
    m_scroll->verticalScrollBar()->setValue(0);
}

void HomeSection::retranslate()
{
    m_newsTitle->setText(tr("Today's highlights"));
    m_servicesTitle->setText(tr("Services now"));
    m_eventsTitle->setText(tr("Coming up"));
    m_waiting->setText(tr("Welcome. The kiosk is getting the latest information from the "
                          "municipality; it will appear here in a moment."));
    rebuild();
}

void HomeSection::clearColumn(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void HomeSection::refreshChanged(const QSet<Collection> &changed)
{
    // While a large municipality syncs, most pages carry news or laws: reading the services
    // and the events again for each would stall the screen for nothing.
    rebuild(changed.contains(Collection::News), changed.contains(Collection::Services),
            changed.contains(Collection::Events));
}

void HomeSection::rebuild(bool news, bool services, bool events)
{
    if (!context().store)
        return;
    if (news)
        rebuildNews();
    if (services)
        rebuildServices();
    if (events)
        rebuildEvents();
    // Counted, not isEmpty(): cards just added are hidden until the next turn of the loop.
    const bool empty = m_news->count() == 0 && m_services->count() == 0 && m_events->count() == 0;
    m_waiting->setVisible(empty);
    m_scroll->setVisible(!empty);
    m_newsTitle->setVisible(m_news->count() > 0);
    m_servicesTitle->setVisible(m_services->count() > 0);
    m_eventsTitle->setVisible(m_events->count() > 0);
}

void HomeSection::rebuildNews()
{
    clearColumn(m_news);
    const QList<ContentItem> news = context().store->newest(Collection::News, kHighlights);
    for (const ContentItem &item : news) {
        auto *card = new CardButton;
        card->setObjectName(QStringLiteral("homeNews_") + item.id);
        card->setTexts(item.title, text(item, "summary").isEmpty() ? ItemPresenter::subtitle(item)
                                                                   : text(item, "summary"));
        card->setPicture(m_images.filled(text(item, "image"), kNewsPicture));
        connect(card, &QPushButton::clicked, this,
                [this, id = item.id] { emit openRequested(Collection::News, id); });
        m_news->addWidget(card);
    }
}

void HomeSection::rebuildServices()
{
    clearColumn(m_services);
    // Services with a problem first, since that is what a person at the door needs to know.
    const QList<ContentItem> services = context().store->firstWhere(
        Collection::Services, QStringLiteral("status"),
        {QStringLiteral("unavailable"), QStringLiteral("limited")}, kServices);
    for (const ContentItem &item : services) {
        auto *card = new CardButton;
        card->setObjectName(QStringLiteral("homeService_") + item.id);
        card->setTexts(item.title,
                       ItemPresenter::subtitle(item).section(QStringLiteral(" · "), 0, -2));
        card->setAccent(ItemPresenter::statusColor(text(item, "status")));
        connect(card, &QPushButton::clicked, this,
                [this, id = item.id] { emit openRequested(Collection::Services, id); });
        m_services->addWidget(card);
    }
}

void HomeSection::rebuildEvents()
{
    clearColumn(m_events);
    const QDateTime now = context().clock ? context().clock->now() : QDateTime::currentDateTime();
    const QList<ContentItem> events = context().store->notOver(Collection::Events, now, kEvents);
    for (const ContentItem &item : events) {
        auto *card = new CardButton;
        card->setObjectName(QStringLiteral("homeEvent_") + item.id);
        card->setTexts(item.title, ItemPresenter::subtitle(item));
        connect(card, &QPushButton::clicked, this,
                [this, id = item.id] { emit openRequested(Collection::Events, id); });
        m_events->addWidget(card);
    }
}

QString HomeSection::readableText() const
{
    if (m_waiting->isVisibleTo(this))
        return ReadableText::join({m_waiting->text()});
    QStringList parts;
    // Column by column, as a person reads the screen; a service's or an event's second line
    // (its status, its date and place) is what the card is there for.
    const auto column = [this, &parts](const QLabel *heading, const QVBoxLayout *cards,
                                       bool withSubtitle) {
        if (!heading->isVisibleTo(this))
            return;
        parts.append(heading->text());
        for (int i = 0; i < cards->count(); ++i) {
            const auto *card = qobject_cast<const CardButton *>(cards->itemAt(i)->widget());
            if (!card)
                continue;
            parts.append(card->title());
            if (withSubtitle)
                parts.append(card->subtitle());
        }
    };
    column(m_newsTitle, m_news, false);
    column(m_servicesTitle, m_services, true);
    column(m_eventsTitle, m_events, true);
    return ReadableText::join(parts);
}
