#pragma once

#include "formfield.h"

#include <QList>

class QButtonGroup;
class QLabel;
class QPushButton;

// A survey's scale question: a row of big number buttons from min to max (named <name>_<n>),
// with what the ends mean written under them when the survey says so.
class SurveyScaleField final : public FormField
{
    Q_OBJECT

public:
    SurveyScaleField(const QString &name, int min, int max, const QString &minLabel,
                     const QString &maxLabel, QWidget *parent = nullptr);

    QJsonValue value() const override;
    QString displayValue() const override;
    void clear() override;

private:
    int m_min;
    QButtonGroup *m_group;
    QList<QPushButton *> m_buttons;
};
