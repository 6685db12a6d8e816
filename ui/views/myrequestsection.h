#pragma once

#include "section.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;
class TakeHomePanel;

// My request: the status of a submission by its reference number (MUN-2026-000123) or by the
// receipt this kiosk printed (R-1A2B-3C4D). Statuses come with every sync, so the answer needs
// no network: the cache's statuses, then this kiosk's own outbox.
class MyRequestSection final : public Section
{
    Q_OBJECT

public:
    explicit MyRequestSection(const ViewContext &context, QWidget *parent = nullptr);

    void reset() override;
    void refresh() override;
    bool openItem(Collection collection, const QString &id) override;
    QString readableText() const override;

    // The status words for a public status (received, in-progress...).
    static QString statusText(const QString &status);

protected:
    void retranslate() override;

private:
    void lookUp();
    void present();
    // `state` (a dynamic property of requestResult, for the theme and for tests): status,
    // pending, sent, rejected, notFound or empty.
    void showResult(const char *state, const QString &headline, const QString &details,
                    const QString &reference);

    QString m_asked; // the number last looked up, shown again after a sync or language change
    QLabel *m_title;
    QLabel *m_intro;
    QLineEdit *m_number;
    QPushButton *m_lookup;
    QWidget *m_result;
    QLabel *m_headline;
    QLabel *m_details;
    TakeHomePanel *m_takeHome;
};
