#include "formfielddatetime.h"

#include "clock.h"
#include "itempresenter.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

enum Day
{
    Today,
    Yesterday,
    Other,
};

constexpr int kHoursPerRow = 6;
constexpr int kFurthestBack = 366; // a complaint about last year's noise is not a complaint

// Room for the label in bold too: a chosen chip may be drawn bold by the theme.
void fitBold(QPushButton *button)
{
    QFont bold = button->font();
    bold.setBold(true);
    button->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button->text()) + 56);
}

QPushButton *chip(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setProperty("chip", true);
    button->setMinimumHeight(64);
    return button;
}

} // namespace

FormFieldDateTime::FormFieldDateTime(const QString &name, const Clock *clock, QWidget *parent)
    : FormField(name, parent)
    , m_clock(clock)
    , m_days(new QButtonGroup(this))
    , m_hours(new QButtonGroup(this))
{
    auto *holder = new QWidget(this);
    holder->setObjectName(name);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto *dayRow = new QHBoxLayout;
    m_today = chip(name + QStringLiteral("_today"), holder);
    m_yesterday = chip(name + QStringLiteral("_yesterday"), holder);
    m_other = chip(name + QStringLiteral("_other"), holder);
    m_days->addButton(m_today, Today);
    m_days->addButton(m_yesterday, Yesterday);
    m_days->addButton(m_other, Other);
    for (QPushButton *button : {m_today, m_yesterday, m_other})
        dayRow->addWidget(button);
    dayRow->addStretch(1);
    layout->addLayout(dayRow);

    m_otherRow = new QWidget(holder);
    auto *otherLayout = new QHBoxLayout(m_otherRow);
    otherLayout->setContentsMargins(0, 0, 0, 0);
    m_earlier = new QPushButton(QStringLiteral("\u25c0"), m_otherRow);
    m_later = new QPushButton(QStringLiteral("\u25b6"), m_otherRow);
    m_earlier->setObjectName(name + QStringLiteral("_earlier"));
    m_later->setObjectName(name + QStringLiteral("_later"));
    m_otherDate = new QLabel(m_otherRow);
    m_otherDate->setObjectName(name + QStringLiteral("_date"));
    m_otherDate->setAlignment(Qt::AlignCenter);
    m_otherDate->setMinimumWidth(360);
    for (QPushButton *button : {m_earlier, m_later}) {
        button->setMinimumSize(80, 64);
        button->setAutoRepeat(true);
        button->setProperty("stepper", true);
    }
    otherLayout->addWidget(m_earlier);
    otherLayout->addWidget(m_otherDate);
    otherLayout->addWidget(m_later);
    otherLayout->addStretch(1);
    m_otherRow->setVisible(false);
    layout->addWidget(m_otherRow);

    m_hourCaption = new QLabel(holder);
    m_hourCaption->setObjectName(name + QStringLiteral("_hourCaption"));
    layout->addWidget(m_hourCaption);
    auto *hours = new QGridLayout;
    hours->setSpacing(8);
    for (int hour = 0; hour < 24; ++hour) {
        QPushButton *button = chip(name + QStringLiteral("_hour_") + QString::number(hour), holder);
        button->setText(QStringLiteral("%1:00").arg(hour)); // the 24-hour clock, as in Cuba
        fitBold(button);
        m_hours->addButton(button, hour);
        hours->addWidget(button, hour / kHoursPerRow, hour % kHoursPerRow);
    }
    hours->setColumnStretch(kHoursPerRow, 1);
    layout->addLayout(hours);
    body()->addWidget(holder);

    connect(m_days, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (id == Other)
            m_otherRow->setVisible(checked);
        if (checked)
            answerChanged();
    });
    connect(m_hours, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            answerChanged();
    });
    connect(m_earlier, &QPushButton::clicked, this, [this] { stepOtherDay(1); });
    connect(m_later, &QPushButton::clicked, this, [this] { stepOtherDay(-1); });
    retranslate();
}

QDateTime FormFieldDateTime::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTime();
}

QDate FormFieldDateTime::today() const
{
    return now().date();
}

QDate FormFieldDateTime::date() const
{
    switch (m_days->checkedId()) {
    case Today:
        return today();
    case Yesterday:
        return today().addDays(-1);
    case Other:
        return today().addDays(-m_otherOffset);
    default:
        return {};
    }
}

int FormFieldDateTime::hour() const
{
    return m_hours->checkedId();
}

QJsonValue FormFieldDateTime::value() const
{
    const QDate day = date();
    if (!day.isValid() || hour() < 0)
        return QJsonValue::Undefined;
    // The hour as the person lived it, in the kiosk's zone, with that day's offset written out
    // so that the server reads the same moment whatever its own zone.
    const QDateTime local(day, QTime(hour(), 0), now().timeZone());
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString FormFieldDateTime::displayValue() const
{
    const QJsonValue answer = value();
    return answer.isString() ? ItemPresenter::dateText(answer.toString(), true) : QString();
}

void FormFieldDateTime::clear()
{
    for (QButtonGroup *group : {m_days, m_hours}) {
        const QSignalBlocker blocker(group);
        group->setExclusive(false);
        const QList<QAbstractButton *> buttons = group->buttons();
        for (QAbstractButton *button : buttons)
            button->setChecked(false);
        group->setExclusive(true);
    }
    m_otherOffset = 2;
    m_otherRow->setVisible(false);
    updateOtherDay();
    setProblem({});
}

QString FormFieldDateTime::check() const
{
    const bool day = m_days->checkedId() >= 0;
    const bool time = hour() >= 0;
    if (day && !time)
        return tr("Please choose the hour too.");
    if (time && !day)
        return tr("Please choose the day too.");
    return FormField::check();
}

void FormFieldDateTime::retranslate()
{
    FormField::retranslate();
    m_today->setText(tr("Today"));
    m_yesterday->setText(tr("Yesterday"));
    m_other->setText(tr("Another day"));
    for (QPushButton *button : {m_today, m_yesterday, m_other})
        fitBold(button);
    m_earlier->setAccessibleName(tr("One day earlier"));
    m_later->setAccessibleName(tr("One day later"));
    m_hourCaption->setText(tr("At about what time?"));
    updateOtherDay();
}

void FormFieldDateTime::stepOtherDay(int days)
{
    m_otherOffset = qBound(2, m_otherOffset + days, kFurthestBack);
    updateOtherDay();
    answerChanged();
}

void FormFieldDateTime::updateOtherDay()
{
    m_otherDate->setText(QLocale().toString(today().addDays(-m_otherOffset), QLocale::LongFormat));
    m_earlier->setEnabled(m_otherOffset < kFurthestBack);
    m_later->setEnabled(m_otherOffset > 2);
}
