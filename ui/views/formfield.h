#pragma once

#include <QJsonValue>
#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

// One question of a form (a complaint category's attribute, a survey question, a contact
// block): its caption, marked when an answer is required, the widget a finger answers with,
// and a line under it saying in plain words what is missing. The answering widget is named
// after the field (name()) for tests; the caption and the problem line are <name>_caption and
// <name>_problem.
class FormField : public QWidget
{
    Q_OBJECT

public:
    explicit FormField(const QString &name, QWidget *parent = nullptr);

    QString name() const { return m_name; }
    // `caption` comes from the server: it is shown as plain text.
    void setCaption(const QString &caption, bool required);
    void setHint(const QString &hint);
    bool isRequired() const { return m_required; }
    QString caption() const { return m_captionText; }

    // The answer as the payload carries it; undefined when nothing was answered.
    virtual QJsonValue value() const = 0;
    // The answer as a person reads it on the review screen.
    virtual QString displayValue() const = 0;
    // Forgets the answer (the next person must not see it) and the problem shown.
    virtual void clear() = 0;
    // What is wrong with the answer, in plain words; empty when it can be sent.
    virtual QString check() const;
    // Puts back an answer as value() gave it (a clerk editing an item the server refused).
    // False where the field cannot: the person answers it again.
    virtual bool setValue(const QJsonValue &value);

    // Shows (or, when empty, hides) the problem under the field.
    void setProblem(const QString &problem);
    QString problem() const { return m_problemText; }

signals:
    void changed();

protected:
    QVBoxLayout *body() const { return m_body; }
    // Subclasses call this when the person changes the answer: the old problem no longer holds.
    void answerChanged();
    void changeEvent(QEvent *event) override;
    virtual void retranslate();

private:
    void updateCaption();

    QString m_name;
    QString m_captionText;
    bool m_required = false;
    QLabel *m_caption;
    QLabel *m_hint;
    QVBoxLayout *m_body;
    QLabel *m_problem;
    QString m_problemText;
};
