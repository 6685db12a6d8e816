#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

// The foot of a form: a bold line saying what still stops it from being sent, over a bar of
// big buttons, Back on the left and what goes on (Send) on the right. The names are the form's
// own (<prefix>Problem, <prefix>Back, <prefix>Send): tests and the theme look for them. The
// form keeps the texts, so they stay in its translation context.
class FormActions final : public QWidget
{
    Q_OBJECT

public:
    FormActions(const QString &prefix, QWidget *parent);

    QPushButton *back() const { return m_back; }
    QPushButton *send() const { return m_send; }
    // One more primary button just before Send (a step's Next), named <prefix><suffix>.
    QPushButton *addForward(const QString &suffix);

    // An empty problem hides the line.
    void showProblem(const QString &problem);
    QString problem() const;

    // The same pieces for a form laid out otherwise.
    static QLabel *problemLabel(const QString &objectName, QWidget *parent);
    static QPushButton *button(const QString &objectName, QWidget *parent);

private:
    QString m_prefix;
    QLabel *m_problem;
    QPushButton *m_back;
    QPushButton *m_send;
    QHBoxLayout *m_bar;
};
