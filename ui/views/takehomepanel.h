#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;

// "Take it home": a QR code a phone can read from arm's length, with a line saying what it
// is. Hidden when there is nothing to carry (no public website configured, no reference).
class TakeHomePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TakeHomePanel(QWidget *parent = nullptr);

    void setLink(const QUrl &link);       // an item's page on the municipality's website
    void setText(const QString &payload); // a receipt's reference, when there is no website
    QString payload() const { return m_payload; }
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void present(const QString &payload);
    void retranslate();

    QLabel *m_code;
    QLabel *m_caption;
    QString m_payload;
};
