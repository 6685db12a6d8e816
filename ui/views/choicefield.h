#pragma once

#include "formfield.h"

#include <QList>
#include <QPair>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;

// One choice (big radio buttons) or several (big check boxes) among listed options. The
// buttons are named <name>_<key>; the widget holding them is named <name>.
class ChoiceField final : public FormField
{
    Q_OBJECT

public:
    using Option = QPair<QString, QString>; // key, label (server text, shown as is)
    enum class Mode
    {
        One,
        Several,
    };

    ChoiceField(const QString &name, Mode mode, const QList<Option> &options,
                QWidget *parent = nullptr);

    // New labels for the same options, in the same order (a change of language).
    void setLabels(const QStringList &labels);
    QStringList chosen() const;
    void setChosen(const QStringList &keys);

    QJsonValue value() const override;
    QString displayValue() const override;
    void clear() override;
    bool setValue(const QJsonValue &value) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeButtons(int columns);
    void fitColumns();

    Mode m_mode;
    QList<Option> m_options;
    QList<QAbstractButton *> m_buttons;
    QButtonGroup *m_group;
    QGridLayout *m_grid = nullptr;
    int m_preferredColumns = 1;
    int m_columns = 0;
};
