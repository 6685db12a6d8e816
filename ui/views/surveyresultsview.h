#pragma once

#include "viewcontext.h"

#include <QJsonObject>
#include <QWidget>

struct ContentItem;
class FormFieldPage;
class QLabel;
class QVBoxLayout;

// The results of a closed survey, as the server published them: a bar chart for every choice
// or scale question (resultsChart_<question id>), the average of a scale in words, and for
// questions answered in people's own words only how many answered: the texts never leave the
// server, and none is shown here.
class SurveyResultsView final : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyResultsView(const ViewContext &context, QWidget *parent = nullptr);

    // False if the survey is not in the cache or has no published results.
    bool load(const QString &surveyId);
    QString surveyId() const { return m_surveyId; }
    void clear();
    // The survey changed in the cache: drawn again, at the same place.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build(const ContentItem &survey);
    QWidget *questionBlock(const QJsonObject &question, const QJsonObject &results);

    ViewContext m_context;
    QString m_surveyId;
    FormFieldPage *m_page;
    QWidget *m_content = nullptr;
};
