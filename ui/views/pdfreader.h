#pragma once

#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

// A PDF for fingers: one page at a time with big previous/next buttons and "Page 3 of 12",
// zoom by buttons or by pinching, and the page dragged around with kinetic scrolling. Only
// the legal section shows PDFs (gazettes), so its parts carry the legal section's names.
class PdfReader final : public QWidget
{
    Q_OBJECT

public:
    explicit PdfReader(QWidget *parent = nullptr);

    // Opens a verified blob; false (and plain words on screen instead of a page) if the file
    // is not a PDF that can be shown.
    bool open(const QString &path);
    void close();
    bool isLoaded() const;
    bool hasFailed() const { return m_failed; } // the last open() could not show the file

    int currentPage() const; // from 0
    int pageCount() const;
    qreal zoom() const; // the zoom on screen, whatever the mode
    QPdfView *view() const { return m_view; }

public slots:
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitWidth();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void goToPage(int page);
    void setZoom(qreal factor);
    void showFailure();
    void updateControls();
    void retranslate();

    QPdfDocument *m_document;
    QPdfView *m_view;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_page;
    QPushButton *m_zoomOut;
    QPushButton *m_zoomIn;
    QPushButton *m_fitWidth;
    QLabel *m_message;
    qreal m_pinchStartZoom = 1.0;
    bool m_failed = false;
};
