#include "complaintform.h"

#include "choicefield.h"
#include "complaintplacemodel.h"
#include "contentstore.h"
#include "formactions.h"
#include "formfieldcontact.h"
#include "formfielddatetime.h"
#include "formfieldnumber.h"
#include "formfieldpage.h"
#include "formfieldresident.h"
#include "formfieldtext.h"
#include "plainlabel.h"
#include "requestsubmitter.h"
#include "touchlist.h"

#include <QEvent>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// The server's limits (SubmissionValidator): a field never holds more than it accepts.
constexpr int kDescriptionMax = 5000;
constexpr int kLocationMax = 500;
constexpr int kShortAttributeMax = 500;
constexpr int kCategoryColumns = 3;
// The list of places is a page of its own, after the four steps: a list that scrolls inside
// a page that scrolls is hard to drag with a finger.
constexpr int kPlacesPage = 4;

const QLatin1StringView kAttributePrefix("attribute_");

QString attributeName(const QString &code)
{
    return kAttributePrefix + code;
}

// The attribute's code in the payload, from the field's name.
QString attributeCode(const FormField *field)
{
    return field->name().mid(kAttributePrefix.size());
}

// The touch widget for one Open311 attribute of a category.
FormField *attributeField(const QJsonObject &attribute, const Clock *clock, QWidget *parent)
{
    const QString code = attribute.value(QLatin1StringView("code")).toString();
    const QString datatype = attribute.value(QLatin1StringView("datatype")).toString();
    const QString name = attributeName(code);
    FormField *field = nullptr;
    if (datatype == QLatin1String("singlevaluelist") ||
        datatype == QLatin1String("multivaluelist")) {
        QList<ChoiceField::Option> options;
        const QJsonArray values = attribute.value(QLatin1StringView("values")).toArray();
        for (const QJsonValue &value : values) {
            const QJsonObject entry = value.toObject();
            const QString key = entry.value(QLatin1StringView("key")).toString();
            QString label = entry.value(QLatin1StringView("name")).toString();
            if (!key.isEmpty())
                options.append({key, label.isEmpty() ? key : label});
        }
        field = new ChoiceField(name,
                                datatype == QLatin1String("singlevaluelist")
                                    ? ChoiceField::Mode::One
                                    : ChoiceField::Mode::Several,
                                options, parent);
    } else if (datatype == QLatin1String("number")) {
        field = new FormFieldNumber(name, parent);
    } else if (datatype == QLatin1String("datetime")) {
        field = new FormFieldDateTime(name, clock, parent);
    } else if (datatype == QLatin1String("text")) {
        field = new FormFieldText(name, FormFieldText::Lines::Several, kDescriptionMax, parent);
    } else { // string, and any type a newer server may add: text is what it can always take
        field = new FormFieldText(name, FormFieldText::Lines::One, kShortAttributeMax, parent);
    }
    const QString description = attribute.value(QLatin1StringView("description")).toString();
    field->setCaption(description.isEmpty() ? code : description,
                      attribute.value(QLatin1StringView("required")).toBool());
    return field;
}

} // namespace

ComplaintForm::ComplaintForm(const ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stepLabel(new PlainLabel(QStringLiteral("complaintStepLabel"), this))
    , m_steps(new QStackedWidget(this))
    , m_categoryPage(new FormFieldPage(this))
    , m_detailsPage(new FormFieldPage(this))
    , m_contactPage(new FormFieldPage(this))
    , m_reviewPage(new FormFieldPage(this))
{
    setObjectName(QStringLiteral("complaintForm"));
    m_stepLabel->setProperty("stepLabel", true);

    // Step 1: the kind of problem.
    m_categoryIntro = new PlainLabel(QStringLiteral("complaintCategoryIntro"), m_categoryPage);
    m_categoryIntro->setProperty("heading", true);
    m_categoryButtons = new QWidget(m_categoryPage);
    m_categoryButtons->setObjectName(QStringLiteral("complaintCategories"));
    new QVBoxLayout(m_categoryButtons);
    m_categoryButtons->layout()->setContentsMargins(0, 0, 0, 0);
    m_noCategories = new PlainLabel(QStringLiteral("complaintNoCategories"), m_categoryPage);
    m_categoryPage->addWidget(m_categoryIntro);
    m_categoryPage->addWidget(m_categoryButtons);
    m_categoryPage->addWidget(m_noCategories);

    // Step 2: the category's own questions, the description and the place.
    m_categoryTitle = new PlainLabel(QStringLiteral("complaintCategoryTitle"), m_detailsPage);
    m_categoryTitle->setProperty("heading", true);
    m_categoryDescription =
        new PlainLabel(QStringLiteral("complaintCategoryDescription"), m_detailsPage);
    auto *attributes = new QWidget(m_detailsPage);
    attributes->setObjectName(QStringLiteral("complaintAttributes"));
    m_attributeLayout = new QVBoxLayout(attributes);
    m_attributeLayout->setContentsMargins(0, 0, 0, 0);
    m_publicNote = new PlainLabel(QStringLiteral("complaintPublicNote"), m_detailsPage);
    m_publicNote->setProperty("notice", true);
    m_description =
        new FormFieldText(QStringLiteral("complaintDescription"), FormFieldText::Lines::Several,
                          kDescriptionMax, m_detailsPage);
    m_location = new FormFieldText(QStringLiteral("complaintLocation"), FormFieldText::Lines::One,
                                   kLocationMax, m_detailsPage);
    m_placesCaption = new PlainLabel(QStringLiteral("complaintPlacesCaption"), m_detailsPage);
    m_choosePlace = new QPushButton(m_detailsPage);
    m_choosePlace->setObjectName(QStringLiteral("complaintChoosePlace"));
    m_choosePlace->setMinimumHeight(72);
    connect(m_choosePlace, &QPushButton::clicked, this, &ComplaintForm::showPlaces);

    m_placesPage = new QWidget(this);
    m_placesPage->setObjectName(QStringLiteral("complaintPlacesPage"));
    m_placesHeading = new PlainLabel(QStringLiteral("complaintPlacesHeading"), m_placesPage);
    m_placesHeading->setProperty("heading", true);
    m_places = new TouchList(m_placesPage);
    m_places->setObjectName(QStringLiteral("complaintPlaces"));
    m_placeModel = new ComplaintPlaceModel(context.store, this);
    m_places->setModel(m_placeModel);
    connect(m_places, &QListView::activated, this, [this](const QModelIndex &index) {
        m_location->setText(index.data().toString());
        showStep(Details);
    });
    auto *placesLayout = new QVBoxLayout(m_placesPage);
    placesLayout->setContentsMargins(24, 16, 24, 0);
    placesLayout->addWidget(m_placesHeading);
    placesLayout->addWidget(m_places, 1);
    m_detailsPage->addWidget(m_categoryTitle);
    m_detailsPage->addWidget(m_categoryDescription);
    m_detailsPage->addWidget(attributes);
    m_detailsPage->addWidget(m_publicNote);
    m_detailsPage->addWidget(m_description);
    m_detailsPage->addWidget(m_location);
    m_detailsPage->addWidget(m_placesCaption);
    m_detailsPage->addWidget(m_choosePlace, 0);
    m_detailsPage->layout()->setAlignment(m_choosePlace, Qt::AlignLeft);

    // Step 3: an optional way to be contacted.
    m_contactIntro = new PlainLabel(QStringLiteral("complaintContactIntro"), m_contactPage);
    m_contact = new FormFieldContact(QStringLiteral("contact"), m_contactPage);
    m_contactPage->addWidget(m_contactIntro);
    m_contactPage->addWidget(m_contact);

    // Step 4: a last look.
    m_reviewTitle = new PlainLabel(QStringLiteral("complaintReviewTitle"), m_reviewPage);
    m_reviewTitle->setProperty("heading", true);
    m_review = new PlainLabel(QStringLiteral("complaintReview"), m_reviewPage);
    m_review->setProperty("review", true);
    m_reviewPage->addWidget(m_reviewTitle);
    m_reviewPage->addWidget(m_review);

    for (FormFieldPage *page : {m_categoryPage, m_detailsPage, m_contactPage, m_reviewPage})
        m_steps->addWidget(page);
    m_steps->addWidget(m_placesPage);

    m_actions = new FormActions(QStringLiteral("complaint"), this);
    m_next = m_actions->addForward(QStringLiteral("Next"));
    connect(m_actions->back(), &QPushButton::clicked, this, [this] {
        if (!goBack())
            emit leaveRequested();
    });
    connect(m_next, &QPushButton::clicked, this, &ComplaintForm::next);
    connect(m_actions->send(), &QPushButton::clicked, this, &ComplaintForm::send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stepLabel->setContentsMargins(24, 12, 24, 0);
    QFont stepFont = m_stepLabel->font();
    stepFont.setBold(true);
    m_stepLabel->setFont(stepFont);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_actions);

    buildCategories();
    retranslate();
    showStep(ChooseCategory);
}

int ComplaintForm::step() const
{
    const int index = m_steps->currentIndex();
    return index == kPlacesPage ? Details : index;
}

int ComplaintForm::depth() const
{
    return step() + 1 + (m_steps->currentIndex() == kPlacesPage ? 1 : 0);
}

bool ComplaintForm::goBack()
{
    if (m_steps->currentIndex() == kPlacesPage) {
        showStep(Details);
        return true;
    }
    if (step() == ChooseCategory)
        return false;
    showStep(Step(step() - 1));
    return true;
}

void ComplaintForm::showPlaces()
{
    m_places->resetPosition();
    m_steps->setCurrentIndex(kPlacesPage);
    m_actions->showProblem({});
    m_next->setVisible(false);
    m_actions->send()->setVisible(false);
    retranslate();
    emit stepChanged();
}

void ComplaintForm::clear()
{
    clearAttributes();
    m_categoryId.clear();
    m_categoryName.clear();
    m_categoryTitle->clear();
    m_categoryDescription->clear();
    m_description->clear();
    m_location->clear();
    m_contact->clear();
    if (m_resident)
        m_resident->clear();
    m_review->clear();
    m_places->resetPosition();
    showStep(ChooseCategory);
}

void ComplaintForm::refresh()
{
    m_placeModel->refresh();
    buildCategories();
}

bool ComplaintForm::startWith(const QString &categoryId)
{
    if (!m_context.store || !m_context.store->item(Collection::Categories, categoryId))
        return false;
    chooseCategory(categoryId);
    return true;
}

void ComplaintForm::buildCategories()
{
    QList<ContentItem> categories;
    if (m_context.store)
        categories = m_context.store->list(Collection::Categories);
    m_noCategories->setVisible(categories.isEmpty());

    // Rebuilt whole: a list of a dozen buttons, changed by a sync once in a long while.
    QLayout *layout = m_categoryButtons->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (item->widget()) {
            item->widget()->hide();
            item->widget()->deleteLater();
        }
        delete item;
    }
    // The cache orders categories by group, then name.
    QString group;
    QGridLayout *grid = nullptr;
    int index = 0;
    for (const ContentItem &category : std::as_const(categories)) {
        if (!grid || category.category != group) {
            group = category.category;
            if (!group.isEmpty()) {
                QLabel *heading = new PlainLabel(QString(), m_categoryButtons);
                heading->setText(group);
                heading->setProperty("groupHeading", true);
                layout->addWidget(heading);
            }
            auto *holder = new QWidget(m_categoryButtons);
            grid = new QGridLayout(holder);
            grid->setContentsMargins(0, 0, 0, 8);
            grid->setSpacing(12);
            for (int column = 0; column < kCategoryColumns; ++column)
                grid->setColumnStretch(column, 1);
            layout->addWidget(holder);
            index = 0;
        }
        auto *button = new QPushButton(category.title, grid->parentWidget());
        button->setObjectName(QStringLiteral("complaintCategory_") + category.id);
        button->setProperty("tile", true);
        button->setMinimumHeight(88);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        const QString id = category.id;
        connect(button, &QPushButton::clicked, this, [this, id] { chooseCategory(id); });
        grid->addWidget(button, index / kCategoryColumns, index % kCategoryColumns);
        ++index;
    }
}

void ComplaintForm::clearAttributes()
{
    for (FormField *field : std::as_const(m_attributes)) {
        // Emptied now, since deleteLater leaves it alive (and findable) until the event loop.
        field->clear();
        field->hide();
        field->deleteLater();
    }
    m_attributes.clear();
}

void ComplaintForm::chooseCategory(const QString &categoryId)
{
    const auto category =
        m_context.store ? m_context.store->item(Collection::Categories, categoryId) : std::nullopt;
    if (!category)
        return;
    if (categoryId != m_categoryId) {
        clearAttributes();
        m_categoryId = categoryId;
        m_categoryName = category->title;
        QList<QJsonObject> attributes;
        const QJsonArray list = category->data.value(QLatin1StringView("attributes")).toArray();
        for (const QJsonValue &value : list) {
            if (value.isObject() &&
                !value.toObject().value(QLatin1StringView("code")).toString().isEmpty())
                attributes.append(value.toObject());
        }
        std::stable_sort(attributes.begin(), attributes.end(),
                         [](const QJsonObject &a, const QJsonObject &b) {
                             return a.value(QLatin1StringView("order")).toDouble() <
                                    b.value(QLatin1StringView("order")).toDouble();
                         });
        for (const QJsonObject &attribute : std::as_const(attributes)) {
            FormField *field = attributeField(attribute, m_context.clock, m_detailsPage->content());
            m_attributeLayout->addWidget(field);
            m_attributes.append(field);
        }
        m_categoryTitle->setText(category->title);
        m_categoryDescription->setText(
            category->data.value(QLatin1StringView("description")).toString());
    }
    m_detailsPage->scrollToTop();
    showStep(Details);
}

QJsonObject ComplaintForm::payload() const
{
    QJsonObject attributes;
    for (FormField *field : m_attributes) {
        const QJsonValue answer = field->value();
        if (!answer.isUndefined())
            attributes.insert(attributeCode(field), answer);
    }
    QJsonObject payload{{QStringLiteral("category"), m_categoryId},
                        {QStringLiteral("description"), m_description->text().trimmed()},
                        {QStringLiteral("attributes"), attributes}};
    const QString location = m_location->text().trimmed();
    if (!location.isEmpty())
        payload.insert(QStringLiteral("location"), location);
    if (m_resident) {
        const QJsonValue resident = m_resident->value();
        if (!resident.isUndefined())
            payload.insert(QStringLiteral("on_behalf_of"), resident);
        QJsonObject clerk{{QStringLiteral("account"), m_clerkAccount}};
        if (!m_clerkName.isEmpty())
            clerk.insert(QStringLiteral("name"), m_clerkName);
        payload.insert(QStringLiteral("clerk"), clerk);
        return payload;
    }
    const QJsonValue contact = m_contact->value();
    if (!contact.isUndefined()) {
        payload.insert(QStringLiteral("contact"), contact);
        payload.insert(QStringLiteral("consent"), m_contact->hasConsent());
    }
    return payload;
}

void ComplaintForm::enableOnBehalf(const QStringList &residentRequired)
{
    if (m_resident)
        return;
    m_resident = new FormFieldResident(residentRequired, m_contactPage->content());
    m_contactPage->addWidget(m_resident);
    m_contactIntro->hide();
    m_contact->hide();
    retranslate();
}

void ComplaintForm::setClerk(const QString &account, const QString &fullName)
{
    m_clerkAccount = account;
    m_clerkName = fullName;
}

bool ComplaintForm::load(const QJsonObject &payload)
{
    clear();
    const QString category = payload.value(QLatin1StringView("category")).toString();
    if (!startWith(category))
        return false;
    const QJsonObject answers = payload.value(QLatin1StringView("attributes")).toObject();
    for (FormField *field : std::as_const(m_attributes)) {
        const QJsonValue answer = answers.value(attributeCode(field));
        if (!answer.isUndefined())
            field->setValue(answer);
    }
    m_description->setText(payload.value(QLatin1StringView("description")).toString());
    m_location->setText(payload.value(QLatin1StringView("location")).toString());
    if (m_resident)
        m_resident->load(payload.value(QLatin1StringView("on_behalf_of")).toObject());
    for (FormField *field : std::as_const(m_attributes))
        field->setProblem({});
    m_description->setProblem({});
    m_location->setProblem({});
    return true;
}

void ComplaintForm::showStep(Step step)
{
    const int before = m_steps->currentIndex();
    const bool fromPlaces = before == kPlacesPage;
    m_steps->setCurrentIndex(step);
    m_actions->showProblem({});
    m_next->setVisible(step == Details || step == Contact);
    m_actions->send()->setVisible(step == Review);
    if (step == Review)
        m_review->setText(reviewText());
    if (step != before && !fromPlaces) // back from the places: where the person was
        static_cast<FormFieldPage *>(m_steps->currentWidget())->scrollToTop();
    retranslate();
    if (step != before)
        emit stepChanged();
}

void ComplaintForm::next()
{
    if (step() == Details && checkDetails())
        showStep(Contact);
    else if (step() == Contact && checkContact())
        showStep(Review);
}

bool ComplaintForm::checkDetails()
{
    bool ok = true;
    for (FormField *field : std::as_const(m_attributes)) {
        field->setProblem(field->check());
        ok = ok && field->problem().isEmpty();
    }
    m_description->setProblem(m_description->value().isUndefined()
                                  ? tr("Please tell us in a few words what the problem is.")
                                  : m_description->check());
    m_location->setProblem(m_location->check());
    ok = ok && m_description->problem().isEmpty() && m_location->problem().isEmpty();
    if (!ok) {
        m_actions->showProblem(tr("Some answers are missing. They are marked above."));
        return false;
    }
    // The server's own rules, for anything the fields themselves cannot see.
    QJsonObject withoutContact = payload();
    withoutContact.remove(QStringLiteral("contact"));
    withoutContact.remove(QStringLiteral("consent"));
    withoutContact.remove(QStringLiteral("on_behalf_of"));
    withoutContact.remove(QStringLiteral("clerk"));
    const QString problem = RequestSubmitter(m_context.store, m_context.outbox)
                                .problem(QStringLiteral("complaint"), withoutContact);
    if (!problem.isEmpty()) {
        showValidatorProblem(problem);
        return false;
    }
    return true;
}

bool ComplaintForm::checkContact()
{
    if (m_resident)
        return m_resident->checkFields();
    m_contact->setProblem(m_contact->check());
    return m_contact->problem().isEmpty();
}

ComplaintForm::Step ComplaintForm::showValidatorProblem(const QString &problem)
{
    const QString field = RequestSubmitter::fieldOf(problem);
    Step where = Details;
    QString general;
    const auto attribute = std::find_if(
        m_attributes.cbegin(), m_attributes.cend(),
        [&field](const FormField *candidate) { return candidate->name() == attributeName(field); });
    if (attribute != m_attributes.cend()) {
        (*attribute)->setProblem(tr("Please check this answer."));
        general = tr("Some answers need another look. They are marked above.");
    } else if (field == QLatin1String("description")) {
        m_description->setProblem(tr("Please check the description."));
        general = tr("Some answers need another look. They are marked above.");
    } else if (field == QLatin1String("location")) {
        m_location->setProblem(tr("Please check the place."));
        general = tr("Some answers need another look. They are marked above.");
    } else if (field == QLatin1String("contact") || field == QLatin1String("consent") ||
               field == QLatin1String("name") || field == QLatin1String("phone") ||
               field == QLatin1String("email")) {
        where = Contact;
        if (m_resident) {
            m_resident->setProblem(tr("Please check the resident's details."));
            general = tr("The resident's details need another look.");
        } else {
            m_contact->setProblem(tr("Please check your contact details."));
            general = tr("Your contact details need another look.");
        }
    } else if (field == m_categoryId || field == QLatin1String("category")) {
        where = ChooseCategory;
        general = tr("This kind of problem can no longer be reported here. Please choose "
                     "another one, or ask at the office.");
    } else {
        general = tr("Something in this form cannot be sent as it is. Please check your "
                     "answers, or ask at the office.");
    }
    if (step() != where)
        showStep(where);
    m_actions->showProblem(general);
    return where;
}

void ComplaintForm::send()
{
    if (!checkDetails()) {
        if (step() != Details) {
            const QString general = m_actions->problem();
            showStep(Details);
            m_actions->showProblem(general);
        }
        return;
    }
    if (!checkContact()) {
        showStep(Contact);
        if (!m_resident)
            m_contact->setProblem(m_contact->check());
        return;
    }
    const RequestSubmitter submitter(m_context.store, m_context.outbox);
    QString problem;
    const auto item = submitter.submit(QStringLiteral("complaint"), payload(),
                                       tr("Complaint: %1").arg(m_categoryName), &problem,
                                       m_resident ? m_clerkAccount : QString());
    if (!item) {
        if (!problem.isEmpty()) {
            showValidatorProblem(problem);
            return;
        }
        m_actions->showProblem(tr("This kiosk cannot take submissions right now. Please ask at "
                                  "the office."));
        return;
    }
    emit submitted(item->receipt);
}

QString ComplaintForm::reviewText() const
{
    QStringList lines;
    lines << tr("Problem: %1").arg(m_categoryName);
    for (const FormField *field : m_attributes) {
        const QString answer = field->displayValue();
        if (!answer.isEmpty())
            lines << tr("%1: %2").arg(field->caption(), answer);
    }
    lines << tr("Description: %1").arg(m_description->displayValue());
    const QString location = m_location->displayValue();
    lines << (location.isEmpty() ? tr("Place: not given") : tr("Place: %1").arg(location));
    if (m_resident) {
        lines << tr("On behalf of: %1").arg(m_resident->displayValue());
        return lines.join(QStringLiteral("\n\n"));
    }
    const QString contact = m_contact->displayValue();
    lines << (contact.isEmpty() ? tr("Contact: none. The complaint is anonymous and you will "
                                     "follow it with your receipt number.")
                                : tr("Contact: %1").arg(contact));
    return lines.join(QStringLiteral("\n\n"));
}

void ComplaintForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComplaintForm::retranslate()
{
    static const char *const titles[] = {
        QT_TR_NOOP("Step 1 of 4: What is the problem about?"),
        QT_TR_NOOP("Step 2 of 4: Tell us what happens and where"),
        QT_TR_NOOP("Step 3 of 4: Would you like an answer?"),
        QT_TR_NOOP("Step 4 of 4: Check and send"),
    };
    m_stepLabel->setText(m_resident && step() == Contact ? tr("Step 3 of 4: Who is the resident?")
                                                         : tr(titles[qBound(0, step(), 3)]));
    m_categoryIntro->setText(tr("Touch the kind of problem you want to report."));
    m_noCategories->setText(tr("Complaints cannot be made at this kiosk yet. Please ask at the "
                               "office."));
    m_publicNote->setText(tr("Please note: the description and the place may be published on "
                             "the municipality's open data (Open311). Do not write names or "
                             "phone numbers there."));
    m_description->setCaption(tr("Describe the problem"), true);
    m_description->setPlaceholder(tr("What happens, since when, how it affects you..."));
    m_location->setCaption(tr("Where is it? Street, number, between streets, or a landmark"),
                           false);
    m_placesCaption->setText(tr("Or choose it from a list of known places:"));
    m_choosePlace->setText(tr("Choose a place from the list"));
    m_placesHeading->setText(tr("Touch the place. You can add details to it afterwards."));
    m_contactIntro->setText(tr("If you would like the municipality to answer you, leave a way "
                               "to reach you. This is optional: without it, your complaint is "
                               "anonymous and you follow it with your receipt number. Your "
                               "details are never published."));
    m_contact->setCaption(QString(), false);
    m_reviewTitle->setText(tr("Please check your complaint before sending it."));
    if (step() == Review)
        m_review->setText(reviewText());
    m_actions->back()->setText(QStringLiteral("\u25c0 ") + tr("Back"));
    m_next->setText(tr("Next") + QStringLiteral(" \u25b6"));
    m_actions->send()->setText(tr("Send"));
}
