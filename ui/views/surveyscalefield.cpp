#include "surveyscalefield.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Eleven buttons (0 to 10) still fit a row a finger can use; wider scales wrap.
constexpr int kPerRow = 11;

} // namespace

SurveyScaleField::SurveyScaleField(const QString &name, int min, int max, const QString &minLabel,
                                   const QString &maxLabel, QWidget *parent)
    : FormField(name, parent)
    , m_min(min)
    , m_group(new QButtonGroup(this))
{
    auto *holder = new QWidget(this);
    holder->setObjectName(name);
    auto *grid = new QGridLayout(holder);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    const int count = qMax(0, max - min + 1);
    for (int i = 0; i < count; ++i) {
        auto *button = new QPushButton(QLocale().toString(min + i), holder);
        button->setObjectName(name + QLatin1Char('_') + QString::number(min + i));
        button->setCheckable(true);
        button->setProperty("scaleValue", true);
        button->setMinimumSize(80, 72);
        m_group->addButton(button, i);
        m_buttons.append(button);
        grid->addWidget(button, i / kPerRow, i % kPerRow);
    }
    grid->setColumnStretch(kPerRow, 1);
    body()->addWidget(holder);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            answerChanged();
    });
    // What the ends mean, under the first and the last button of the (last) row.
    const int row = grid->rowCount();
    const int columns = qMin(count, kPerRow);
    const int half = qMax(1, columns / 2);
    const auto addEnd = [&](const QString &text, const char *suffix, int column, int span,
                            Qt::Alignment alignment) {
        if (text.isEmpty() || span < 1)
            return;
        auto *label = new QLabel(text, holder);
        label->setObjectName(name + QLatin1StringView(suffix));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(alignment);
        grid->addWidget(label, row, column, 1, span);
    };
    addEnd(minLabel, "_minLabel", 0, half, Qt::AlignLeft | Qt::AlignTop);
    addEnd(maxLabel, "_maxLabel", half, columns - half, Qt::AlignRight | Qt::AlignTop);
}

QJsonValue SurveyScaleField::value() const
{
    const int id = m_group->checkedId();
    return id < 0 ? QJsonValue(QJsonValue::Undefined) : QJsonValue(m_min + id);
}

QString SurveyScaleField::displayValue() const
{
    const int id = m_group->checkedId();
    return id < 0 ? QString() : QLocale().toString(m_min + id);
}

void SurveyScaleField::clear()
{
    m_group->setExclusive(false);
    for (QPushButton *button : std::as_const(m_buttons))
        button->setChecked(false);
    m_group->setExclusive(true);
    setProblem({});
}
