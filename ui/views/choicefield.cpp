#include "choicefield.h"

#include "choicecheckbox.h"
#include "choiceradiobutton.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QJsonArray>
#include <QVBoxLayout>

namespace {

constexpr int kColumnSpacing = 16;

// Short options sit two to a row so a long list needs less scrolling; long ones get the width.
int columnsFor(const QList<ChoiceField::Option> &options)
{
    if (options.size() < 5)
        return 1;
    for (const ChoiceField::Option &option : options) {
        if (option.second.size() > 32)
            return 1;
    }
    return 2;
}

} // namespace

ChoiceField::ChoiceField(const QString &name, Mode mode, const QList<Option> &options,
                         QWidget *parent)
    : FormField(name, parent)
    , m_mode(mode)
    , m_options(options)
    , m_group(new QButtonGroup(this))
{
    // Only one-of choices share a group: Qt makes a group one Tab stop, which suits radio
    // buttons (the arrows move the choice) but would hide all check boxes but one from Tab.
    m_group->setExclusive(true);
    auto *holder = new QWidget(this);
    holder->setObjectName(name);
    m_grid = new QGridLayout(holder);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(kColumnSpacing);
    m_grid->setVerticalSpacing(8);
    m_preferredColumns = columnsFor(options);
    for (int i = 0; i < options.size(); ++i) {
        QAbstractButton *button = nullptr;
        if (mode == Mode::One)
            button = new ChoiceRadioButton(options.at(i).second, holder);
        else
            button = new ChoiceCheckBox(options.at(i).second, holder);
        button->setObjectName(name + QLatin1Char('_') + options.at(i).first);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        if (mode == Mode::One)
            m_group->addButton(button, i);
        else
            connect(button, &QAbstractButton::toggled, this, [this] { answerChanged(); });
        m_buttons.append(button);
    }
    placeButtons(1);
    holder->installEventFilter(this);
    connect(m_group, &QButtonGroup::buttonToggled, this,
            [this](QAbstractButton *, bool) { answerChanged(); });
    body()->addWidget(holder);
}

void ChoiceField::placeButtons(int columns)
{
    m_columns = columns;
    for (QAbstractButton *button : std::as_const(m_buttons))
        m_grid->removeWidget(button);
    for (int i = 0; i < m_buttons.size(); ++i)
        m_grid->addWidget(m_buttons.at(i), i / columns, i % columns);
    for (int column = 0; column < 2; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

void ChoiceField::fitColumns()
{
    // Two to a row only while every label fits whole in half the width: larger text or a
    // narrow screen puts them one under the other instead of cutting them off.
    int widest = 0;
    for (const QAbstractButton *button : std::as_const(m_buttons))
        widest = qMax(widest, button->sizeHint().width());
    const int available = m_grid->parentWidget()->width();
    const int columns = m_preferredColumns > 1 && 2 * widest + kColumnSpacing <= available ? 2 : 1;
    if (columns != m_columns)
        placeButtons(columns);
}

bool ChoiceField::eventFilter(QObject *watched, QEvent *event)
{
    // A new width, or answers that now want another size (text size, language): fit again.
    if (watched == m_grid->parentWidget() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        fitColumns();
    return FormField::eventFilter(watched, event);
}

void ChoiceField::setLabels(const QStringList &labels)
{
    for (int i = 0; i < m_buttons.size() && i < labels.size(); ++i) {
        m_options[i].second = labels.at(i);
        m_buttons.at(i)->setText(labels.at(i));
    }
}

QStringList ChoiceField::chosen() const
{
    QStringList keys;
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons.at(i)->isChecked())
            keys.append(m_options.at(i).first);
    }
    return keys;
}

void ChoiceField::setChosen(const QStringList &keys)
{
    const QSignalBlocker blocker(m_group);
    m_group->setExclusive(false);
    for (int i = 0; i < m_buttons.size(); ++i) {
        const QSignalBlocker buttonBlocker(m_buttons.at(i));
        m_buttons.at(i)->setChecked(keys.contains(m_options.at(i).first));
    }
    m_group->setExclusive(true);
}

QJsonValue ChoiceField::value() const
{
    const QStringList keys = chosen();
    if (keys.isEmpty())
        return QJsonValue::Undefined;
    if (m_mode == Mode::One)
        return keys.first();
    return QJsonArray::fromStringList(keys);
}

QString ChoiceField::displayValue() const
{
    QStringList labels;
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons.at(i)->isChecked())
            labels.append(m_options.at(i).second);
    }
    return labels.join(QStringLiteral("; "));
}

void ChoiceField::clear()
{
    setChosen({});
    setProblem({});
}

bool ChoiceField::setValue(const QJsonValue &value)
{
    QStringList keys;
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        for (const QJsonValue &key : list)
            keys << key.toString();
    } else if (value.isString()) {
        keys << value.toString();
    }
    setChosen(keys);
    return true;
}
