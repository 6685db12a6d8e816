#pragma once

#include "viewcontext.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class ComplaintPlaceModel;
class FormActions;
class FormField;
class FormFieldContact;
class FormFieldPage;
class FormFieldResident;
class FormFieldText;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class TouchList;

// "Report a problem", in four steps a finger can follow: the kind of problem (a complaint
// category), its own questions with a description and the place, an optional way to be
// contacted, and a last look before Send. Each step checks its answers before the next, with
// the server's own rules as the last word, so nothing is queued that the server would refuse.
class ComplaintForm final : public QWidget
{
    Q_OBJECT

public:
    enum Step
    {
        ChooseCategory,
        Details,
        Contact,
        Review,
    };

    explicit ComplaintForm(const ViewContext &context, QWidget *parent = nullptr);

    int step() const;
    // Back touches to the first step: the step, plus one while the list of places is open.
    int depth() const;
    QString categoryId() const { return m_categoryId; }
    // One step back, keeping the answers; false at the first step.
    bool goBack();
    // First step, every answer forgotten.
    void clear();
    // The cache changed: new categories and places (a form under way keeps its questions).
    void refresh();
    // Straight to the questions of one category; false if there is no such category.
    bool startWith(const QString &categoryId);

    // The payload as Send would queue it now.
    QJsonObject payload() const;

    // A clerk's form: the third step asks who the resident is instead of an optional
    // contact, and the payload carries "on_behalf_of" and the clerk. `residentRequired` as
    // FormFieldResident takes it.
    void enableOnBehalf(const QStringList &residentRequired);
    bool isOnBehalf() const { return m_resident != nullptr; }
    void setClerk(const QString &account, const QString &fullName);
    // Fills the form from a payload queued earlier and opens its details (a clerk editing an
    // item the server refused); false when its category is no longer offered.
    bool load(const QJsonObject &payload);
    QString categoryName() const { return m_categoryName; }

signals:
    void stepChanged();
    // Queued in the outbox under this receipt.
    void submitted(const QString &receipt);
    // Back from the first step: the person wants to leave the form.
    void leaveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildCategories();
    void chooseCategory(const QString &categoryId);
    void clearAttributes();
    void showStep(Step step);
    void showPlaces();
    void next();
    void send();
    bool checkDetails();
    bool checkContact();
    // Points at the field the server's rules complain about; returns the step it is on.
    Step showValidatorProblem(const QString &problem);
    QString reviewText() const;

    ViewContext m_context;
    QString m_categoryId;
    QString m_categoryName;

    QLabel *m_stepLabel;
    QStackedWidget *m_steps;
    // Step 1
    FormFieldPage *m_categoryPage;
    QLabel *m_categoryIntro;
    QWidget *m_categoryButtons;
    QLabel *m_noCategories;
    // Step 2
    FormFieldPage *m_detailsPage;
    QLabel *m_categoryTitle;
    QLabel *m_categoryDescription;
    QVBoxLayout *m_attributeLayout;
    QList<FormField *> m_attributes;
    FormFieldText *m_description;
    FormFieldText *m_location;
    QLabel *m_placesCaption;
    QPushButton *m_choosePlace;
    QWidget *m_placesPage;
    QLabel *m_placesHeading;
    TouchList *m_places;
    ComplaintPlaceModel *m_placeModel;
    QLabel *m_publicNote;
    // Step 3
    FormFieldPage *m_contactPage;
    QLabel *m_contactIntro;
    FormFieldContact *m_contact;
    FormFieldResident *m_resident = nullptr;
    QString m_clerkAccount;
    QString m_clerkName;
    // Step 4
    FormFieldPage *m_reviewPage;
    QLabel *m_reviewTitle;
    QLabel *m_review;
    FormActions *m_actions;
    QPushButton *m_next;
};
