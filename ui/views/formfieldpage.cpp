#include "formfieldpage.h"

#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

FormFieldPage::FormFieldPage(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->setContentsMargins(24, 16, 24, 24);
    m_layout->setSpacing(16);
    m_layout->setAlignment(Qt::AlignTop);
    setWidget(m_content);
    QScroller::grabGesture(viewport(), QScroller::LeftMouseButtonGesture);
}

void FormFieldPage::addWidget(QWidget *widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
}

void FormFieldPage::scrollToTop()
{
    QScroller::scroller(viewport())->stop();
    verticalScrollBar()->setValue(0);
}
