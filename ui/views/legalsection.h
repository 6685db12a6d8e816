#pragma once

#include "contentitem.h"
#include "section.h"

#include <QHash>

class ChipBar;
class ContentListModel;
class LegalFilterModel;
class LegalResultModel;
class PdfReader;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTimer;
class SafeTextBrowser;
class TakeHomePanel;
class TouchList;

// Laws, decrees, resolutions and gazettes: browse by type and year, search as one types (down to
// the article, the words found highlighted), read with larger text, and see a gazette's PDF.
// Depth 0 is the list or the search; 1 the reader; 2 the gazette's PDF.
class LegalSection final : public Section
{
    Q_OBJECT

public:
    explicit LegalSection(const ViewContext &context, QWidget *parent = nullptr);

    int depth() const override;
    bool goBack() override;
    void reset() override;
    void refresh() override;
    bool openItem(Collection collection, const QString &id) override;
    QString readableText() const override;

    // What the reader shows: the document's id and the anchor of the article it was opened at
    // (LegalPresenter::anchorName), empty at the first screen.
    QString currentId() const { return m_openId; }
    QString currentAnchor() const { return m_anchor; }
    int textSizeStep() const { return m_textStep; } // 0 (normal) to textSizeSteps() - 1
    static int textSizeSteps();
    int readerPixelSize() const;

public slots:
    // The sync fetched an image or PDF: the reader offers the gazette's PDF as soon as it is
    // here, without waiting for the next change to the cache.
    void blobArrived(const QString &sha256);

protected:
    void retranslate() override;

private:
    enum Page
    {
        BrowsePage,
        ReaderPage,
        PdfPage,
    };

    QWidget *buildBrowsePage();
    QWidget *buildReaderPage();

    void setPage(Page page);
    void reloadItems();
    void updateFilterChoices();
    void applyFilters();
    void onTextChanged(const QString &text);
    void runSearch(bool keepPosition = false);
    bool searching() const;
    void updateView();
    void updateCountText();

    void openHit(const QModelIndex &index);
    bool openReader(const QString &id, const QString &anchor, const QString &highlight);
    void renderReader(const ContentItem &item, bool keepPosition);
    void scrollReaderTo(int position);
    void updatePdfOffer(const ContentItem &item);
    void openPdf();
    void closeReader();
    void setTextStep(int step);

    // Depth 0
    QLineEdit *m_search;
    QPushButton *m_clearSearch;
    ChipBar *m_typeFilter;
    ChipBar *m_yearFilter;
    QLabel *m_count;
    QStackedWidget *m_lists;
    TouchList *m_list;
    TouchList *m_results;
    QLabel *m_message;
    QTimer *m_searchTimer;
    ContentListModel *m_listModel = nullptr; // none without a store
    LegalFilterModel *m_filterModel;
    LegalResultModel *m_resultModel;
    QHash<QString, ContentItem> m_items; // the list's light items, for hits' lines and filters
    bool m_searchFailed = false;
    bool m_resultsCapped = false;

    // Depth 1 and 2
    QStackedWidget *m_pages;
    SafeTextBrowser *m_reader;
    QLabel *m_textSizeLabel;
    QPushButton *m_smaller;
    QPushButton *m_larger;
    QPushButton *m_openPdf;
    QLabel *m_pdfNotice;
    TakeHomePanel *m_takeHome;
    PdfReader *m_pdf;
    QString m_openId;
    QString m_anchor;
    QString m_highlight; // what was typed when the reader was opened from a hit
    QString m_pdfSha;
    int m_textStep = 0;
};
