#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QButtonGroup;
class FlowLayout;

// Rows of large buttons of which one is chosen: a filter a finger can use (categories, "this
// week", an office). The buttons are named <bar's objectName>_<key> for tests; an empty key is
// the usual "All".
class ChipBar final : public QWidget
{
    Q_OBJECT

public:
    using Choice = QPair<QString, QString>; // key, label on screen

    explicit ChipBar(QWidget *parent = nullptr);

    // Replaces the buttons; the chosen key stays chosen if it is still offered, otherwise the
    // first choice is. Labels may change on a language switch without touching the choice.
    void setChoices(const QList<Choice> &choices);
    QString current() const { return m_current; }
    void setCurrent(const QString &key); // without emitting chosen()

signals:
    void chosen(const QString &key);

private:
    FlowLayout *m_layout;
    QButtonGroup *m_group;
    QStringList m_keys;
    QString m_current;
};
