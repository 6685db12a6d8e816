#include "choicefield.h"

#include "choicecheckbox.h"
#include "choiceradiobutton.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QJsonArray>
#include <QVBoxLayout>

namespace {

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
    auto *grid = new QGridLayout(holder);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    const int columns = columnsFor(options);
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
        grid->addWidget(button, i / columns, i % columns);
    }
    connect(m_group, &QButtonGroup::buttonToggled, this,
            [this](QAbstractButton *, bool) { answerChanged(); });
    body()->addWidget(holder);
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
