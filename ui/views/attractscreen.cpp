#include "attractscreen.h"

#include "clock.h"
#include "contentstore.h"
#include "eventlistmodel.h"
#include "itempresenter.h"
#include "plainlabel.h"

#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QParallelAnimationGroup>
#include <QPropertyAnimation>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>
#include <algorithm>
#include <cmath>

using namespace std::chrono_literals;

namespace {

constexpr int kNews = 4;
constexpr int kServices = 3;
constexpr int kEvents = 4;
// Placements before the sequence starts again: about nine minutes at the default interval,
// and a multiple of the colour cycle so that both wrap together without a jump.
constexpr int kCycle = 60;
constexpr int kStepsPerColor = 4;
// The whole transition: nothing is repainted between two of them.
constexpr auto kFade = 600ms;
constexpr auto kDrift = 1000ms;
constexpr int kWordSpacing = 12;
// The wandering patches of light, as fractions of the height.
constexpr double kSpotRadii[] = {0.55, 0.38, 0.24};

// Calm tints a white card stands out on; dark text reads on every one of them, so the screen
// stays legible whatever the theme does with text colour.
const QColor kBackgrounds[] = {
    QColor(0xcf, 0xe4, 0xee), // river blue
    QColor(0xd2, 0xea, 0xdf), // leaf green
    QColor(0xef, 0xe3, 0xcd), // sand
    QColor(0xdf, 0xdb, 0xee), // lilac
    QColor(0xe6, 0xec, 0xcf), // cane green
};

double halton(int index, int base)
{
    double fraction = 1.0;
    double result = 0.0;
    while (index > 0) {
        fraction /= base;
        result += fraction * (index % base);
        index /= base;
    }
    return result;
}

int cycled(int step)
{
    return 1 + ((step % kCycle) + kCycle) % kCycle; // index 0 of a Halton sequence is (0, 0)
}

QList<QPointF> spotsAt(int step)
{
    QList<QPointF> spots;
    for (int i = 0; i < int(std::size(kSpotRadii)); ++i)
        spots.append({halton(cycled(step) + 20 * i, 5), halton(cycled(step) + 20 * i, 7)});
    return spots;
}

// Through the hues rather than straight across the RGB cube: halfway between sand and blue
// is then a pale green, not a muddy grey.
QColor mix(const QColor &a, const QColor &b, double t)
{
    const double from = std::max(0.0, double(a.hslHueF()));
    double turn = std::max(0.0, double(b.hslHueF())) - from;
    if (turn > 0.5)
        turn -= 1.0;
    else if (turn < -0.5)
        turn += 1.0;
    double hue = from + turn * t;
    hue -= std::floor(hue);
    return QColor::fromHslF(
        float(hue), float(a.hslSaturationF() + (b.hslSaturationF() - a.hslSaturationF()) * t),
        float(a.lightnessF() + (b.lightnessF() - a.lightnessF()) * t));
}

QString text(const ContentItem &item, const char *field)
{
    return item.data.value(QLatin1StringView(field)).toString();
}

QDateTime moment(const ContentItem &item, const char *field)
{
    return QDateTime::fromString(text(item, field), Qt::ISODate);
}

bool isCall(const ContentItem &event)
{
    return text(event, "kind") == QLatin1String("call");
}

// When an event or call is over, as the noticeboard counts it: a call stays until its deadline.
QDateTime until(const ContentItem &event)
{
    const QDateTime deadline = moment(event, "deadline");
    if (isCall(event) && deadline.isValid())
        return deadline;
    const QDateTime ends = moment(event, "ends_at");
    return ends.isValid() ? ends : moment(event, "starts_at");
}

// The venue without its street address: the noticeboard has the rest.
QString venue(const ContentItem &event)
{
    return text(event, "place").section(QLatin1Char(','), 0, 0).trimmed();
}

QPixmap rounded(const QPixmap &source, int radius)
{
    if (source.isNull())
        return source;
    QPixmap out(source.size());
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(out.rect()), radius, radius);
    painter.setClipPath(path);
    painter.drawPixmap(0, 0, source);
    return out;
}

void setPixelSize(QWidget *widget, int pixels, bool bold)
{
    QFont font = widget->font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

AttractScreen::AttractScreen(const ViewContext &context, const QString &municipality,
                             QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_images(context.blobs)
    , m_municipality(municipality.trimmed())
    , m_timer(new QTimer(this))
    , m_content(new QWidget(this))
    , m_picture(new QLabel(m_content))
    , m_badge(new QLabel(m_content))
    , m_kicker(new PlainLabel(QStringLiteral("attractMunicipality"), m_content))
    , m_title(new PlainLabel(QStringLiteral("attractTitle"), m_content))
    , m_detail(new PlainLabel(QStringLiteral("attractDetail"), m_content))
    , m_callToAction(new PlainLabel(QStringLiteral("attractCallToAction"), this))
    , m_contentFade(new QGraphicsOpacityEffect(m_content))
    , m_callFade(new QGraphicsOpacityEffect(m_callToAction))
    , m_drift(new QVariantAnimation(this))
    , m_transition(new QParallelAnimationGroup(this))
{
    setObjectName(QStringLiteral("attractScreen"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);

    m_content->setObjectName(QStringLiteral("attractContent"));
    m_content->setAttribute(Qt::WA_StyledBackground);
    m_picture->setObjectName(QStringLiteral("attractPicture"));
    m_badge->setObjectName(QStringLiteral("attractBadge"));
    m_picture->hide();
    m_badge->hide();
    restyle();
    m_callToAction->setWordWrap(false);
    m_callToAction->setAlignment(Qt::AlignCenter);

    auto *words = new QVBoxLayout;
    words->setSpacing(kWordSpacing);
    words->addStretch(1);
    words->addWidget(m_kicker);
    words->addWidget(m_title);
    words->addWidget(m_detail);
    words->addStretch(1);
    auto *layout = new QHBoxLayout(m_content);
    layout->setContentsMargins(36, 32, 40, 32);
    layout->setSpacing(36);
    layout->addWidget(m_picture, 0, Qt::AlignVCenter);
    layout->addWidget(m_badge, 0, Qt::AlignVCenter);
    layout->addLayout(words, 1);

    // The fades exist only during a transition; at rest the block is painted directly.
    m_content->setGraphicsEffect(m_contentFade);
    m_callToAction->setGraphicsEffect(m_callFade);
    m_contentFade->setEnabled(false);
    m_callFade->setEnabled(false);
    for (QGraphicsOpacityEffect *fade : {m_contentFade, m_callFade}) {
        auto *animation = new QPropertyAnimation(fade, "opacity", m_transition);
        animation->setStartValue(0.0);
        animation->setEndValue(1.0);
        animation->setDuration(int(kFade.count()));
        animation->setEasingCurve(QEasingCurve::OutCubic);
        m_transition->addAnimation(animation);
    }
    m_drift->setDuration(int(kDrift.count()));
    m_drift->setStartValue(0.0);
    m_drift->setEndValue(1.0);
    m_drift->setEasingCurve(QEasingCurve::InOutSine);
    m_transition->addAnimation(m_drift);
    connect(m_drift, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_progress = value.toDouble();
        update();
    });
    connect(m_transition, &QAbstractAnimation::finished, this, [this] {
        m_contentFade->setEnabled(false);
        m_callFade->setEnabled(false);
    });

    m_timer->setInterval(9s);
    connect(m_timer, &QTimer::timeout, this, &AttractScreen::showNext);

    m_fromColor = driftColor(m_step);
    m_fromSpots = spotsAt(m_step);
    // Nothing to load until start(): the slides are read afresh each time it starts.
    retranslate();
}

void AttractScreen::start()
{
    load();
    m_index = 0;
    moveOn();
    m_timer->start();
    emit slideChanged(m_index);
}

void AttractScreen::stop()
{
    m_timer->stop();
    if (m_transition->state() != QAbstractAnimation::Stopped) {
        m_transition->stop();
        m_progress = 1.0;
        update();
    }
    m_contentFade->setEnabled(false);
    m_callFade->setEnabled(false);
}

bool AttractScreen::isCycling() const
{
    return m_timer->isActive() || m_transition->state() == QAbstractAnimation::Running;
}

void AttractScreen::setInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

std::chrono::milliseconds AttractScreen::interval() const
{
    return m_timer->intervalAsDuration();
}

void AttractScreen::setMunicipality(const QString &municipality)
{
    m_municipality = municipality.trimmed();
    render();
    place();
}

QString AttractScreen::currentTitle() const
{
    return m_title->text();
}

QPointF AttractScreen::placement(int step)
{
    return {halton(cycled(step), 2), halton(cycled(step), 3)};
}

void AttractScreen::showNext()
{
    if (m_slides.isEmpty())
        load();
    m_index = (m_index + 1) % int(m_slides.size());
    if (m_index == 0)
        load(); // a sync may have brought news since the last round
    moveOn();
    emit slideChanged(m_index);
}

void AttractScreen::load()
{
    m_slides.clear();
    QList<Slide> news;
    QList<Slide> services;
    QList<Slide> events;
    if (const ContentStore *store = m_context.store) {
        const QList<ContentItem> published = store->newest(Collection::News, kNews);
        for (const ContentItem &item : published)
            news.append({Kind::News, item});

        // Only services with a problem, the closed ones first: as on Home, the database orders
        // them and returns the few asked for.
        const QStringList troubled{QStringLiteral("unavailable"), QStringLiteral("limited")};
        const QList<ContentItem> first =
            store->firstWhere(Collection::Services, QStringLiteral("status"), troubled, kServices);
        for (const ContentItem &item : first) {
            if (troubled.contains(text(item, "status")))
                services.append({Kind::Service, item});
        }

        const QDateTime now =
            m_context.clock ? m_context.clock->now() : QDateTime::currentDateTime();
        QList<ContentItem> coming = store->list(Collection::Events);
        std::stable_sort(coming.begin(), coming.end(),
                         [](const ContentItem &a, const ContentItem &b) {
                             return moment(a, "starts_at") < moment(b, "starts_at");
                         });
        for (const ContentItem &item : std::as_const(coming)) {
            if (events.size() == kEvents)
                break;
            const QDateTime over = until(item);
            if (over.isValid() && over >= now)
                events.append({isCall(item) ? Kind::Call : Kind::Event, item});
        }
    }
    // Alternated, so that a person passing by sees a bit of everything.
    for (qsizetype i = 0; i < std::max({news.size(), services.size(), events.size()}); ++i) {
        for (const QList<Slide> *kind : {&news, &events, &services}) {
            if (i < kind->size())
                m_slides.append(kind->at(i));
        }
    }
    m_slides.append(Slide{});
    m_index = std::min(m_index, int(m_slides.size()) - 1);
}

void AttractScreen::retranslate()
{
    m_callToAction->setText(tr("Touch the screen to start"));
    setAccessibleName(m_callToAction->text());
    render();
    place();
}

QString AttractScreen::kicker(const Slide &slide) const
{
    QString what;
    switch (slide.kind) {
    case Kind::News:
        what = tr("News");
        break;
    case Kind::Service:
        what = tr("Service notice");
        break;
    case Kind::Event:
        what = tr("Coming up");
        break;
    case Kind::Call:
        what = tr("Open call");
        break;
    case Kind::Welcome:
        return tr("Welcome");
    }
    return m_municipality.isEmpty() ? what : tr("%1 · %2").arg(m_municipality, what);
}

QString AttractScreen::detail(const Slide &slide) const
{
    const ContentItem &item = slide.item;
    const auto joined = [](const QString &first, const QString &second) {
        if (second.isEmpty())
            return first;
        return first.isEmpty() ? second : tr("%1 · %2").arg(first, second);
    };
    switch (slide.kind) {
    case Kind::News:
        return ItemPresenter::subtitle(item);
    case Kind::Service:
        // The status and the wait, as Home shows them; the office is one touch away.
        return ItemPresenter::subtitle(item).section(QStringLiteral(" · "), 0, -2);
    case Kind::Event:
        return joined(EventListModel::spanText(moment(item, "starts_at"), moment(item, "ends_at")),
                      venue(item));
    case Kind::Call: {
        const QDateTime starts = moment(item, "starts_at");
        const QDateTime deadline = moment(item, "deadline");
        const QDateTime now =
            m_context.clock ? m_context.clock->now() : QDateTime::currentDateTime();
        QString when;
        if (!deadline.isValid())
            when = tr("Apply from %1").arg(EventListModel::dayText(starts));
        else if (starts > now)
            when = tr("Apply from %1 until %2")
                       .arg(EventListModel::dayText(starts), EventListModel::dayText(deadline));
        else
            when = tr("Apply until %1").arg(EventListModel::dayText(deadline));
        return joined(when, venue(item));
    }
    case Kind::Welcome:
        break;
    }
    return tr("News, services, activities and procedures of your municipality.");
}

void AttractScreen::render()
{
    if (m_slides.isEmpty())
        return;
    const Slide &slide = m_slides.at(m_index);
    const bool welcome = slide.kind == Kind::Welcome;
    const QString title =
        welcome ? (m_municipality.isEmpty() ? tr("Welcome") : m_municipality) : slide.item.title;
    m_kicker->setText(welcome && m_municipality.isEmpty() ? QString() : kicker(slide));
    m_kicker->setVisible(!m_kicker->text().isEmpty());
    m_title->setText(title);
    m_detail->setText(detail(slide));
    if (m_title->property("welcome").toBool() != welcome) {
        // The welcome is the municipality's name alone: larger, like a poster.
        m_title->setProperty("welcome", welcome);
        restyle();
    }

    const QSize size = pictureSize();
    const QPixmap picture = slide.kind == Kind::News
                                ? rounded(m_images.filled(text(slide.item, "image"), size), 18)
                                : QPixmap();
    m_picture->setPixmap(picture);
    if (!picture.isNull())
        m_picture->setFixedSize(picture.size());
    m_picture->setVisible(!picture.isNull());

    const bool badged =
        slide.kind == Kind::Event || slide.kind == Kind::Call || slide.kind == Kind::Service;
    const int side = std::min(size.height(), size.width());
    const QPixmap mark = badged ? badge(slide, QSize(side, side)) : QPixmap();
    m_badge->setPixmap(mark);
    if (!mark.isNull())
        m_badge->setFixedSize(mark.size());
    m_badge->setVisible(!mark.isNull());

    m_content->setAccessibleName(title);
    m_content->setAccessibleDescription(m_detail->text());
}

// A tile drawn in place of a picture: the day of an event (or a call's deadline), or a
// service's status in its colour with a sign, so that these slides are not all words.
QPixmap AttractScreen::badge(const Slide &slide, QSize size) const
{
    if (size.isEmpty())
        return {};
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF area(pixmap.rect());
    const int side = size.height();
    QFont font = this->font();
    font.setBold(true);

    if (slide.kind == Kind::Service) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(ItemPresenter::statusColor(text(slide.item, "status")));
        painter.drawRoundedRect(area, side / 8.0, side / 8.0);
        font.setPixelSize(side * 6 / 10);
        painter.setFont(font);
        painter.setPen(Qt::white);
        const bool closed = text(slide.item, "status") == QLatin1String("unavailable");
        painter.drawText(area, Qt::AlignCenter,
                         closed ? QStringLiteral("\u2715") : QStringLiteral("!"));
        return pixmap;
    }

    const bool call = slide.kind == Kind::Call;
    const QDateTime deadline = moment(slide.item, "deadline");
    const QDateTime day = call && deadline.isValid() ? deadline : moment(slide.item, "starts_at");
    if (!day.isValid())
        return {};
    const QLocale locale;
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(QRgb(call ? 0x0b4f6c : 0x0b7a75)));
    painter.drawRoundedRect(area, side / 8.0, side / 8.0);
    painter.setPen(Qt::white);
    const QDate today = (m_context.clock ? m_context.clock->now() : QDateTime::currentDateTime())
                            .toOffsetFromUtc(day.offsetFromUtc())
                            .date();
    QString top = locale.toString(day.date(), QStringLiteral("dddd"));
    if (call && deadline.isValid())
        top = tr("until");
    else if (day.date() == today)
        top = tr("today");
    else if (day.date() == today.addDays(1))
        top = tr("tomorrow");
    font.setPixelSize(std::max(12, side / 9));
    painter.setFont(font);
    painter.drawText(QRectF(0, side * 0.08, area.width(), side * 0.18), Qt::AlignCenter,
                     locale.toUpper(top));
    font.setPixelSize(std::max(24, side * 45 / 100));
    painter.setFont(font);
    painter.drawText(QRectF(0, side * 0.24, area.width(), side * 0.5), Qt::AlignCenter,
                     QString::number(day.date().day()));
    font.setPixelSize(std::max(12, side / 8));
    painter.setFont(font);
    painter.drawText(QRectF(0, side * 0.72, area.width(), side * 0.2), Qt::AlignCenter,
                     locale.toUpper(locale.toString(day.date(), QStringLiteral("MMMM"))));
    return pixmap;
}

int AttractScreen::margin() const
{
    return std::max(16, std::min(width(), height()) / 24);
}

int AttractScreen::blockWidth() const
{
    // Seven tenths of a full-HD screen leaves room to wander; a smaller screen gives the
    // words more of its width and the wandering less.
    return std::max(0, std::min(width() - 2 * margin(), std::max(width() * 70 / 100, 1100)));
}

bool AttractScreen::isCompact() const
{
    return width() < 1600;
}

void AttractScreen::restyle()
{
    // Sizes for a screen without the theme; the theme's rules (QLabel#attractTitle, ...) take
    // over where it has them, and its [compact="true"] and [welcome="true"] rules follow the
    // properties set here.
    const bool compact = isCompact();
    const bool welcome = m_title->property("welcome").toBool();
    setProperty("compact", compact);
    setPixelSize(m_kicker, compact ? 22 : 26, true);
    setPixelSize(m_title, welcome ? (compact ? 64 : 80) : (compact ? 40 : 50), true);
    setPixelSize(m_detail, compact ? 26 : 30, false);
    setPixelSize(m_callToAction, compact ? 30 : 34, true);
    for (QWidget *widget : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_kicker),
                            static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_detail),
                            static_cast<QWidget *>(m_callToAction)}) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
}

QSize AttractScreen::pictureSize() const
{
    const int w = blockWidth() * (isCompact() ? 36 : 42) / 100;
    return {w, w * 9 / 16};
}

QSize AttractScreen::blockSize() const
{
    // Worked out here rather than asked of the layout: a box layout's height for a width is
    // only an estimate with word-wrapped labels beside a picture, and a title cut in half
    // is worse than a block a few pixels too tall.
    const QMargins margins = m_content->layout()->contentsMargins();
    const int spacing = m_content->layout()->spacing();
    const QLabel *sideLabel = !m_picture->isHidden() ? m_picture
                              : !m_badge->isHidden() ? m_badge
                                                     : nullptr;
    const QSize side = sideLabel ? sideLabel->pixmap().size() : QSize(0, 0);
    const int sideW = sideLabel ? side.width() + spacing : 0;
    QList<const QLabel *> words;
    for (const QLabel *label : {m_kicker, m_title, m_detail}) {
        if (!label->isHidden() && !label->text().isEmpty())
            words.append(label);
    }
    // The words as wide as their longest line needs, so that a short title does not sit in a
    // wide empty card.
    const int widest = std::max(0, blockWidth() - margins.left() - margins.right() - sideW);
    int longest = 0;
    for (const QLabel *label : std::as_const(words)) {
        const QMargins inner = label->contentsMargins();
        longest = std::max(longest, label->fontMetrics().horizontalAdvance(label->text()) +
                                        inner.left() + inner.right() + 2 * label->margin() + 4);
    }
    const int textW = std::clamp(longest, std::min(widest, blockWidth() / 3), widest);
    int textH = 0;
    for (const QLabel *label : std::as_const(words))
        textH += label->heightForWidth(textW);
    textH += kWordSpacing * std::max(0, int(words.size()) - 1);
    return {margins.left() + sideW + textW + margins.right(),
            margins.top() + std::max(textH, side.height()) + margins.bottom()};
}

void AttractScreen::place()
{
    const int edge = margin();
    const int gap = edge / 2;
    m_content->ensurePolished();
    m_callToAction->ensurePolished();
    const QSize wanted = blockSize();
    const int blockW = std::min(wanted.width(), std::max(0, width() - 2 * edge));

    QSize call = m_callToAction->sizeHint();
    call.setWidth(std::min(call.width(), width() - 2 * edge));
    const int room = height() - 2 * edge - gap - call.height();
    const int blockH = std::clamp(wanted.height(), 0, std::max(0, room));

    const QPointF at = placement(m_step);
    const int freeW = std::max(0, width() - 2 * edge - blockW);
    const int freeH = std::max(0, room - blockH);
    const int x = edge + qRound(at.x() * freeW);
    const int top = edge + qRound(at.y() * freeH);
    // The invitation goes under the block, and every third time over it, and slides along it.
    const bool above = m_step % 3 == 2;
    const int blockY = above ? top + call.height() + gap : top;
    const int callY = above ? top : top + blockH + gap;
    const int along = qRound(halton(cycled(m_step), 5) * std::max(0, blockW - call.width()));
    const int callX = std::clamp(x + along, edge, std::max(edge, width() - edge - call.width()));

    m_content->setGeometry(x, blockY, blockW, blockH);
    // Now, not at the next pass of the event loop: a block of the same size as the last one
    // gets no resize, and its words would sit where the last slide's did until then.
    m_content->layout()->activate();
    m_callToAction->setGeometry(callX, callY, call.width(), call.height());
}

QColor AttractScreen::backgroundColor() const
{
    return mix(m_fromColor, driftColor(m_step), m_progress);
}

QList<QPointF> AttractScreen::spots() const
{
    QList<QPointF> spots = spotsAt(m_step);
    for (qsizetype i = 0; i < spots.size() && i < m_fromSpots.size(); ++i)
        spots[i] = m_fromSpots[i] + (spots[i] - m_fromSpots[i]) * m_progress;
    return spots;
}

QColor AttractScreen::driftColor(int step) const
{
    constexpr int colors = int(std::size(kBackgrounds));
    const int stop = step / kStepsPerColor;
    const double t = double(step % kStepsPerColor) / kStepsPerColor;
    return mix(kBackgrounds[stop % colors], kBackgrounds[(stop + 1) % colors], t);
}

void AttractScreen::moveOn()
{
    // The background sets off from wherever it is, even in the middle of a transition.
    m_fromColor = backgroundColor();
    m_fromSpots = spots();
    m_transition->stop();
    m_progress = 0.0;
    m_step = (m_step + 1) % kCycle;
    render();
    place();
    m_contentFade->setOpacity(0.0);
    m_callFade->setOpacity(0.0);
    m_contentFade->setEnabled(true);
    m_callFade->setEnabled(true);
    m_transition->start();
}

bool AttractScreen::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
        emit dismissed();
        event->accept();
        return true;
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        event->accept();
        return true;
    default:
        return QWidget::event(event);
    }
}

void AttractScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttractScreen::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), backgroundColor());
    // Soft light patches that wander with every slide, so that even the background has no
    // edge that stays put.
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 70));
    const QList<QPointF> centres = spots();
    for (qsizetype i = 0; i < centres.size(); ++i) {
        const double radius = height() * kSpotRadii[i];
        painter.drawEllipse(QPointF(centres[i].x() * width(), centres[i].y() * height()), radius,
                            radius);
    }
}

void AttractScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (property("compact").toBool() != isCompact())
        restyle();
    render(); // the picture is decoded at the size it is shown
    place();
}

void AttractScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Keys must come here, not to a field of the page underneath.
    setFocus(Qt::OtherFocusReason);
}

void AttractScreen::hideEvent(QHideEvent *event)
{
    if (!event->spontaneous())
        stop();
    QWidget::hideEvent(event);
}

void AttractScreen::mousePressEvent(QMouseEvent *event)
{
    emit dismissed();
    event->accept();
}

void AttractScreen::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
}

void AttractScreen::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept();
}

void AttractScreen::keyPressEvent(QKeyEvent *event)
{
    if (!event->isAutoRepeat())
        emit dismissed();
    event->accept();
}

void AttractScreen::keyReleaseEvent(QKeyEvent *event)
{
    event->accept();
}

bool AttractScreen::focusNextPrevChild(bool)
{
    // Tab is a key like any other here: it wakes the kiosk instead of moving the focus.
    return false;
}
