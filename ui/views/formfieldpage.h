#pragma once

#include <QScrollArea>

class QVBoxLayout;

// A page of a form (or of results) taller than the screen: scrolled by dragging a finger
// anywhere on it, as the lists are, and back at the top whenever it is shown afresh.
class FormFieldPage final : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormFieldPage(QWidget *parent = nullptr);

    QWidget *content() const { return m_content; }
    QVBoxLayout *layout() const { return m_layout; }
    void addWidget(QWidget *widget, int stretch = 0);
    void scrollToTop();

private:
    QWidget *m_content;
    QVBoxLayout *m_layout;
};
