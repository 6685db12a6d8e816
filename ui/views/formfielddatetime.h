#pragma once

#include "formfield.h"

#include <QDate>

class Clock;
class QButtonGroup;
class QLabel;
class QPushButton;
class QWidget;

// When something happened, chosen by touch: "Today", "Yesterday" or another day stepped back
// with big arrows, then the hour from a grid of big buttons. Buttons are named <name>_today,
// <name>_yesterday, <name>_other, <name>_earlier, <name>_later and <name>_hour_<0..23>.
class FormFieldDateTime final : public FormField
{
    Q_OBJECT

public:
    // `clock` may be null: the system's time is used.
    FormFieldDateTime(const QString &name, const Clock *clock, QWidget *parent = nullptr);

    QDate date() const;
    int hour() const;

    QJsonValue value() const override;
    QString displayValue() const override;
    void clear() override;
    QString check() const override;

protected:
    void retranslate() override;

private:
    QDateTime now() const;
    QDate today() const;
    void stepOtherDay(int days);
    void updateOtherDay();

    const Clock *m_clock;
    QButtonGroup *m_days;
    QButtonGroup *m_hours;
    QPushButton *m_today;
    QPushButton *m_yesterday;
    QPushButton *m_other;
    QWidget *m_otherRow;
    QPushButton *m_earlier;
    QPushButton *m_later;
    QLabel *m_otherDate;
    QLabel *m_hourCaption;
    int m_otherOffset = 2; // days before today, when "another day" is chosen
};
