#include "pdfreader.h"

#include "flowlayout.h"

#include <QEvent>
#include <QGestureEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPinchGesture>
#include <QPushButton>
#include <QScreen>
#include <QScroller>
#include <QVBoxLayout>

namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.25;
constexpr qreal kMaxZoom = 5.0;
constexpr int kButtonHeight = 64;

QPushButton *bigButton(const char *name, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1StringView(name));
    button->setMinimumHeight(kButtonHeight);
    button->setMinimumWidth(kButtonHeight);
    // Tab reaches it for those with a keyboard; a touch leaves the focus where it was.
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

PdfReader::PdfReader(QWidget *parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_previous(bigButton("legalPdfPrevious", this))
    , m_next(bigButton("legalPdfNext", this))
    , m_page(new QLabel(this))
    , m_zoomOut(bigButton("legalPdfZoomOut", this))
    , m_zoomIn(bigButton("legalPdfZoomIn", this))
    , m_fitWidth(bigButton("legalPdfFitWidth", this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("legalPdfReader"));
    m_view->setObjectName(QStringLiteral("legalPdfView"));
    m_page->setObjectName(QStringLiteral("legalPdfPage"));
    m_message->setObjectName(QStringLiteral("legalPdfMessage"));
    m_page->setAlignment(Qt::AlignCenter);
    m_page->setMinimumWidth(220);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    // One page at a time: "Page 3 of 12" then always names the page on screen, which a
    // continuous scroll of pages cannot promise near the end of the document.
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::SinglePage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocumentMargins(QMargins(12, 12, 12, 12));
    QScroller::grabGesture(m_view->viewport(), QScroller::LeftMouseButtonGesture);
    m_view->viewport()->grabGesture(Qt::PinchGesture);
    m_view->viewport()->installEventFilter(this);

    // The buttons wrap onto a second row on a narrow screen rather than cutting their words.
    auto *controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("legalPdfControls"));
    auto *flow = new FlowLayout(controls, 12);
    for (QWidget *control : std::initializer_list<QWidget *>{m_previous, m_page, m_next, m_zoomOut,
                                                             m_zoomIn, m_fitWidth})
        flow->addWidget(control);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message, 1);

    connect(m_previous, &QPushButton::clicked, this, &PdfReader::previousPage);
    connect(m_next, &QPushButton::clicked, this, &PdfReader::nextPage);
    connect(m_zoomIn, &QPushButton::clicked, this, &PdfReader::zoomIn);
    connect(m_zoomOut, &QPushButton::clicked, this, &PdfReader::zoomOut);
    connect(m_fitWidth, &QPushButton::clicked, this, &PdfReader::fitWidth);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &PdfReader::updateControls);
    connect(m_view, &QPdfView::zoomFactorChanged, this, &PdfReader::updateControls);
    connect(m_view, &QPdfView::zoomModeChanged, this, &PdfReader::updateControls);
    retranslate();
    updateControls();
}

bool PdfReader::open(const QString &path)
{
    close();
    const QPdfDocument::Error error = m_document->load(path);
    if (error != QPdfDocument::Error::None || m_document->pageCount() <= 0) {
        m_document->close();
        showFailure();
        return false;
    }
    m_failed = false;
    m_message->hide();
    m_view->show();
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    goToPage(0);
    updateControls();
    return true;
}

void PdfReader::close()
{
    QScroller::scroller(m_view->viewport())->stop();
    m_document->close();
    m_view->pageNavigator()->clear();
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_failed = false;
    m_message->hide();
    m_view->show();
    updateControls();
}

bool PdfReader::isLoaded() const
{
    return m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() > 0;
}

int PdfReader::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

int PdfReader::pageCount() const
{
    return isLoaded() ? m_document->pageCount() : 0;
}

qreal PdfReader::zoom() const
{
    if (m_view->zoomMode() == QPdfView::ZoomMode::Custom || !isLoaded())
        return m_view->zoomFactor();
    // Fitted to the width: the factor QPdfView works out for itself (points at the screen's
    // logical resolution, stretched to the viewport less the margins).
    const QSizeF points = m_document->pagePointSize(currentPage());
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal perPoint = (screen ? screen->logicalDotsPerInch() : 96.0) / 72.0;
    const QMargins margins = m_view->documentMargins();
    const int width = m_view->viewport()->width() - margins.left() - margins.right();
    if (points.width() <= 0 || width <= 0)
        return m_view->zoomFactor();
    return width / (points.width() * perPoint);
}

void PdfReader::nextPage()
{
    goToPage(currentPage() + 1);
}

void PdfReader::previousPage()
{
    goToPage(currentPage() - 1);
}

void PdfReader::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void PdfReader::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void PdfReader::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    updateControls();
}

void PdfReader::goToPage(int page)
{
    if (!isLoaded())
        return;
    const int target = qBound(0, page, m_document->pageCount() - 1);
    if (target != currentPage())
        m_view->pageNavigator()->jump(target, {}, m_view->zoomFactor());
    updateControls();
}

void PdfReader::setZoom(qreal factor)
{
    if (!isLoaded())
        return;
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(qBound(kMinZoom, factor, kMaxZoom));
    updateControls();
}

bool PdfReader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted) {
                // A pinch must not also drag the page around.
                QScroller::scroller(m_view->viewport())->stop();
                m_pinchStartZoom = zoom();
            }
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                setZoom(m_pinchStartZoom * pinch->totalScaleFactor());
            gestures->accept(pinch);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PdfReader::showFailure()
{
    m_failed = true;
    m_view->hide();
    m_message->show();
    retranslate();
    updateControls();
}

void PdfReader::updateControls()
{
    const bool loaded = isLoaded();
    const int page = currentPage();
    const int count = loaded ? m_document->pageCount() : 0;
    m_previous->setEnabled(loaded && page > 0);
    m_next->setEnabled(loaded && page < count - 1);
    m_zoomIn->setEnabled(loaded && zoom() < kMaxZoom);
    m_zoomOut->setEnabled(loaded && zoom() > kMinZoom);
    m_fitWidth->setEnabled(loaded && m_view->zoomMode() != QPdfView::ZoomMode::FitToWidth);
    m_page->setText(loaded ? tr("Page %1 of %2").arg(page + 1).arg(count) : QString());
}

void PdfReader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PdfReader::retranslate()
{
    m_previous->setText(tr("◀ Previous page"));
    m_next->setText(tr("Next page ▶"));
    m_zoomOut->setText(tr("− Smaller"));
    m_zoomIn->setText(tr("+ Larger"));
    m_fitWidth->setText(tr("Fit to width"));
    m_message->setText(tr("This gazette cannot be shown on this kiosk right now. Its full text "
                          "is in the reader: touch Back to read it."));
    updateControls();
}
