#pragma once

#include <QPushButton>

class QLabel;

// A large touchable card: an optional picture, a title and a line under it, with an optional
// coloured mark on the left (a service's live status). The whole card is one button.
class CardButton final : public QPushButton
{
    Q_OBJECT

public:
    explicit CardButton(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &subtitle);
    void setPicture(const QPixmap &picture); // a null pixmap hides the picture
    void setAccent(const QColor &color);     // an invalid colour hides the mark
    QString title() const;
    QString subtitle() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QLabel *m_picture;
    QLabel *m_accent;
    QLabel *m_title;
    QLabel *m_subtitle;
};
