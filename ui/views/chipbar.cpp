#include "chipbar.h"

#include "flowlayout.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QPushButton>

ChipBar::ChipBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
    , m_group(new QButtonGroup(this))
{
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        if (id < 0 || id >= m_keys.size() || m_keys.at(id) == m_current)
            return;
        m_current = m_keys.at(id);
        emit chosen(m_current);
    });
}

void ChipBar::setChoices(const QList<Choice> &choices)
{
    QStringList keys;
    for (const Choice &choice : choices)
        keys.append(choice.first);
    if (keys == m_keys) { // same choices: only the labels may have changed
        for (int i = 0; i < choices.size(); ++i)
            m_group->button(i)->setText(choices.at(i).second);
        return;
    }
    const QList<QAbstractButton *> old = m_group->buttons();
    for (QAbstractButton *button : old) {
        m_group->removeButton(button);
        delete button;
    }
    m_keys = keys;
    for (int i = 0; i < choices.size(); ++i) {
        auto *button = new QPushButton(choices.at(i).second, this);
        button->setObjectName(objectName() + QLatin1Char('_') + choices.at(i).first);
        button->setProperty("chip", true);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        m_group->addButton(button, i);
        m_layout->insertWidget(i, button);
    }
    if (!m_keys.contains(m_current))
        m_current = m_keys.value(0);
    setCurrent(m_current);
}

void ChipBar::setCurrent(const QString &key)
{
    const qsizetype index = m_keys.indexOf(key);
    if (index < 0)
        return;
    m_current = key;
    m_group->button(int(index))->setChecked(true);
}
