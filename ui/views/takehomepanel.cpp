#include "takehomepanel.h"

#include "qrcode.h"

#include <QEvent>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace {

// About 6 cm on a 21.5" full-HD screen: readable by a phone held at arm's length.
constexpr int kCodePixels = 230;

} // namespace

TakeHomePanel::TakeHomePanel(QWidget *parent)
    : QWidget(parent)
    , m_code(new QLabel(this))
    , m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("takeHome"));
    m_code->setObjectName(QStringLiteral("takeHomeCode"));
    m_caption->setObjectName(QStringLiteral("takeHomeCaption"));
    m_code->setAlignment(Qt::AlignCenter);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_code);
    layout->addWidget(m_caption);
    retranslate();
    setVisible(false);
}

void TakeHomePanel::setLink(const QUrl &link)
{
    present(link.isValid() ? QString::fromUtf8(link.toEncoded()) : QString());
}

void TakeHomePanel::setText(const QString &payload)
{
    present(payload);
}

void TakeHomePanel::clear()
{
    present({});
}

void TakeHomePanel::present(const QString &payload)
{
    const auto code = payload.isEmpty() ? std::nullopt : QrCode::encode(payload.toUtf8());
    m_payload = code ? payload : QString();
    if (!code) {
        m_code->clear();
        setVisible(false);
        return;
    }
    const int modules = code->size() + 8;
    const QImage image = code->toImage(qMax(1, kCodePixels / modules));
    m_code->setPixmap(QPixmap::fromImage(image));
    setVisible(true);
}

void TakeHomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TakeHomePanel::retranslate()
{
    m_caption->setText(tr("Take it with you: scan the code with your phone's camera."));
}
