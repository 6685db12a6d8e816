#include "legalsection.h"

#include "blobstore.h"
#include "chipbar.h"
#include "contentlistmodel.h"
#include "contentstore.h"
#include "itemdelegate.h"
#include "itempresenter.h"
#include "legalfiltermodel.h"
#include "legalhitdelegate.h"
#include "legalpresenter.h"
#include "legalresultmodel.h"
#include "legalsearch.h"
#include "pdfreader.h"
#include "plainlabel.h"
#include "readabletext.h"
#include "safetextbrowser.h"
#include "takehomelink.h"
#include "takehomepanel.h"
#include "touchlist.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <cmath>

namespace {

// A pause in typing this long starts the search: each keystroke of a fast typist does not run
// one, yet the answer still seems to come as one types.
constexpr int kSearchDelayMs = 150;
// Enough passages to choose from; more would only make the list longer to scroll, and each
// costs a snippet.
constexpr int kMaxResults = 50;
// With a type or year chosen the hits are narrowed after the search, so it asks for more.
constexpr int kFilteredFetch = 200;
constexpr int kBasePixelSize = 22;
constexpr std::array<double, 4> kTextScales{1.0, 1.25, 1.5, 1.85};

const QStringList kTypeOrder{QStringLiteral("ley"),        QStringLiteral("decreto-ley"),
                             QStringLiteral("decreto"),    QStringLiteral("resolucion"),
                             QStringLiteral("acuerdo"),    QStringLiteral("codigo"),
                             QStringLiteral("reglamento"), QStringLiteral("gaceta")};

enum ListPage
{
    BrowseList,
    ResultList,
    MessagePage,
};

QPushButton *bigButton(const char *name, QWidget *parent, int height = 64)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1StringView(name));
    button->setMinimumHeight(height);
    button->setMinimumWidth(height);
    // Tab reaches it for those with a keyboard; a touch leaves the focus (and the on-screen
    // keyboard) on the search field.
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

LegalSection::LegalSection(const ViewContext &context, QWidget *parent)
    : Section(context, parent)
    , m_search(new QLineEdit(this))
    , m_clearSearch(bigButton("legalSearchClear", this, 72))
    , m_typeFilter(new ChipBar(this))
    , m_yearFilter(new ChipBar(this))
    , m_count(new PlainLabel(QStringLiteral("legalResultCount"), this))
    , m_lists(new QStackedWidget(this))
    , m_list(new TouchList(this))
    , m_results(new TouchList(this))
    , m_message(new PlainLabel(QStringLiteral("legalMessage"), this))
    , m_searchTimer(new QTimer(this))
    , m_filterModel(new LegalFilterModel(this))
    , m_resultModel(new LegalResultModel(this))
    , m_pages(new QStackedWidget(this))
    , m_reader(new SafeTextBrowser(this))
    , m_textSizeLabel(new PlainLabel(QStringLiteral("legalTextSizeLabel"), this))
    , m_smaller(bigButton("legalTextSmaller", this))
    , m_larger(bigButton("legalTextLarger", this))
    , m_openPdf(bigButton("legalOpenPdf", this, 80))
    , m_pdfNotice(new PlainLabel(QStringLiteral("legalPdfNotice"), this))
    , m_takeHome(new TakeHomePanel(this))
    , m_pdf(new PdfReader(this))
{
    setObjectName(QStringLiteral("legalSection"));
    m_typeFilter->setObjectName(QStringLiteral("legalTypeFilter"));
    m_yearFilter->setObjectName(QStringLiteral("legalYearFilter"));
    m_pages->setObjectName(QStringLiteral("legalPages"));
    m_reader->setObjectName(QStringLiteral("legalReader"));
    m_searchTimer->setObjectName(QStringLiteral("legalSearchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    if (context.store) {
        m_listModel = new ContentListModel(*context.store, Collection::Legal, this);
        m_filterModel->setSourceModel(m_listModel);
    }

    m_pages->addWidget(buildBrowsePage());
    m_pages->addWidget(buildReaderPage());
    m_pages->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_search, &QLineEdit::textChanged, this, &LegalSection::onTextChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        runSearch();
    });
    connect(m_searchTimer, &QTimer::timeout, this, [this] { runSearch(); });
    connect(m_clearSearch, &QPushButton::clicked, m_search, &QLineEdit::clear);
    connect(m_typeFilter, &ChipBar::chosen, this, &LegalSection::applyFilters);
    connect(m_yearFilter, &ChipBar::chosen, this, &LegalSection::applyFilters);
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openReader(index.data(ContentListModel::IdRole).toString(), {}, {});
    });
    connect(m_results, &QAbstractItemView::activated, this, &LegalSection::openHit);
    connect(m_smaller, &QPushButton::clicked, this, [this] { setTextStep(m_textStep - 1); });
    connect(m_larger, &QPushButton::clicked, this, [this] { setTextStep(m_textStep + 1); });
    connect(m_openPdf, &QPushButton::clicked, this, &LegalSection::openPdf);

    // The laws are read when the section is first shown (or asked to open one).
    markStale();
    retranslate();
}

QWidget *LegalSection::buildBrowsePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("legalBrowsePage"));
    m_search->setObjectName(QStringLiteral("legalSearchField"));
    m_search->setMinimumHeight(72);
    m_search->setMaxLength(200);
    m_search->setProperty("searchField", true);
    // A law's words are not in the predictive dictionary, and a capital typed for the person
    // changes nothing: the search ignores case.
    m_search->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_clearSearch->setVisible(false);

    m_list->setObjectName(QStringLiteral("legalList"));
    m_list->setItemDelegate(new ItemDelegate(m_list));
    m_list->setUniformItemSizes(true); // ItemDelegate's rows are all as tall: no row is asked
    m_list->setModel(m_filterModel);
    m_results->setObjectName(QStringLiteral("legalResults"));
    m_results->setItemDelegate(new LegalHitDelegate(m_results));
    m_results->setModel(m_resultModel);
    // Rows hold wrapped passages: their heights follow the list's width.
    m_results->setResizeMode(QListView::Adjust);
    m_message->setAlignment(Qt::AlignCenter);
    m_lists->addWidget(m_list);
    m_lists->addWidget(m_results);
    m_lists->addWidget(m_message);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_clearSearch);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(searchRow);
    // The buttons wrap onto a second row on a narrow screen: every type stays in sight.
    layout->addWidget(m_typeFilter);
    layout->addWidget(m_yearFilter);
    layout->addWidget(m_count);
    layout->addWidget(m_lists, 1);
    return page;
}

QWidget *LegalSection::buildReaderPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("legalReaderPage"));
    m_pdfNotice->setVisible(false);
    m_openPdf->setVisible(false);
    m_textSizeLabel->setAlignment(Qt::AlignCenter);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_smaller);
    sizeRow->addWidget(m_larger);
    auto *side = new QVBoxLayout;
    side->setSpacing(16);
    side->addWidget(m_textSizeLabel);
    side->addLayout(sizeRow);
    side->addSpacing(16);
    side->addWidget(m_openPdf);
    side->addWidget(m_pdfNotice);
    side->addStretch(1);
    side->addWidget(m_takeHome);
    auto *sideWidget = new QWidget(page);
    sideWidget->setObjectName(QStringLiteral("legalReaderSide"));
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(340);

    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    layout->addWidget(m_reader, 1);
    layout->addWidget(sideWidget);
    return page;
}

int LegalSection::depth() const
{
    switch (m_pages->currentIndex()) {
    case ReaderPage:
        return 1;
    case PdfPage:
        return 2;
    default:
        return 0;
    }
}

void LegalSection::setPage(Page page)
{
    if (m_pages->currentIndex() == page)
        return;
    m_pages->setCurrentIndex(page);
    emit depthChanged();
}

bool LegalSection::goBack()
{
    switch (m_pages->currentIndex()) {
    case PdfPage:
        m_pdf->close();
        setPage(ReaderPage);
        return true;
    case ReaderPage:
        closeReader();
        setPage(BrowsePage);
        return true;
    default:
        return false;
    }
}

void LegalSection::reset()
{
    m_searchTimer->stop();
    m_search->setText(QString()); // unlike clear(), also forgets the undo history
    m_resultModel->clear();
    m_searchFailed = false;
    m_typeFilter->setCurrent(QString());
    m_yearFilter->setCurrent(QString());
    m_filterModel->setFilter(QString(), QString());
    m_pdf->close();
    closeReader();
    m_textStep = 0;
    m_list->resetPosition();
    m_results->resetPosition();
    setPage(BrowsePage);
    updateView();
}

void LegalSection::refresh()
{
    reloadItems();
    if (searching())
        runSearch(true); // the same words over the new texts
    if (!m_openId.isEmpty()) {
        const auto item =
            context().store ? context().store->item(Collection::Legal, m_openId) : std::nullopt;
        if (!item) { // withdrawn while being read
            m_pdf->close();
            closeReader();
            setPage(BrowsePage);
        } else {
            const QString shownPdf = m_pdfSha;
            renderReader(*item, true);
            const bool pdfStillThere = m_pdfSha == shownPdf && !m_pdfSha.isEmpty() &&
                                       context().blobs && context().blobs->has(m_pdfSha);
            if (depth() == 2 && !pdfStillThere) {
                m_pdf->close();
                setPage(ReaderPage);
            }
        }
    }
    updateView();
}

bool LegalSection::openItem(Collection collection, const QString &id)
{
    if (collection != Collection::Legal)
        return false;
    return openReader(id, {}, {});
}

void LegalSection::reloadItems()
{
    m_items.clear();
    if (!m_listModel)
        return;
    m_listModel->refresh();
    const QList<ContentItem> items = context().store->list(Collection::Legal);
    for (const ContentItem &item : items)
        m_items.insert(item.id, item);
    updateFilterChoices();
}

void LegalSection::updateFilterChoices()
{
    QSet<QString> types;
    QSet<QString> years;
    for (const ContentItem &item : std::as_const(m_items)) {
        types.insert(item.category);
        const QString year = LegalFilterModel::yearOf(item.data);
        if (!year.isEmpty())
            years.insert(year);
    }
    QList<ChipBar::Choice> typeChoices{{QString(), tr("All")}};
    for (const QString &type : kTypeOrder) {
        if (types.contains(type))
            typeChoices.append({type, ItemPresenter::legalTypeText(type)});
    }
    QStringList otherTypes;
    for (const QString &type : std::as_const(types)) {
        if (!kTypeOrder.contains(type))
            otherTypes.append(type);
    }
    otherTypes.sort();
    for (const QString &type : std::as_const(otherTypes))
        typeChoices.append({type, ItemPresenter::legalTypeText(type)});

    QStringList sortedYears(years.cbegin(), years.cend());
    std::sort(sortedYears.begin(), sortedYears.end(), std::greater<>());
    QList<ChipBar::Choice> yearChoices{{QString(), tr("All")}};
    for (const QString &year : std::as_const(sortedYears))
        yearChoices.append({year, year});

    m_typeFilter->setChoices(typeChoices);
    m_yearFilter->setChoices(yearChoices);
    // A type or year that is gone falls back to All, which the bars have chosen already.
    m_filterModel->setFilter(m_typeFilter->current(), m_yearFilter->current());
    m_typeFilter->setVisible(!m_items.isEmpty());
    m_yearFilter->setVisible(!m_items.isEmpty());
}

// The filters also narrow the search: a person who chose "Resolutions" and then types a word
// is looking for resolutions, and the chips stay on screen so the choice can be undone.
void LegalSection::applyFilters()
{
    m_filterModel->setFilter(m_typeFilter->current(), m_yearFilter->current());
    m_list->resetPosition();
    if (searching()) {
        m_searchTimer->stop();
        runSearch();
    }
    updateView();
}

void LegalSection::onTextChanged(const QString &text)
{
    m_clearSearch->setVisible(!text.isEmpty());
    if (LegalSearch::toMatchQuery(text).isEmpty()) {
        // Nothing to search for (an empty box, or only spaces and signs): the list again.
        m_searchTimer->stop();
        m_resultModel->clear();
        m_searchFailed = false;
        updateView();
        return;
    }
    m_searchTimer->start();
}

bool LegalSection::searching() const
{
    return !m_resultModel->query().isEmpty() || m_searchFailed;
}

void LegalSection::runSearch(bool keepPosition)
{
    const QString typed = m_search->text();
    if (LegalSearch::toMatchQuery(typed).isEmpty()) {
        onTextChanged(typed);
        return;
    }
    QList<LegalResultModel::Row> rows;
    m_searchFailed = !context().cacheDb;
    if (context().cacheDb) {
        const LegalSearch search(*context().cacheDb);
        const bool filtered = !m_filterModel->type().isEmpty() || !m_filterModel->year().isEmpty();
        const QList<LegalSearch::Hit> hits =
            search.search(typed, filtered ? kFilteredFetch : kMaxResults);
        m_searchFailed = !search.lastError().isEmpty();
        for (const LegalSearch::Hit &hit : hits) {
            const auto item = m_items.constFind(hit.legalId);
            if (filtered &&
                (item == m_items.cend() ||
                 !m_filterModel->accepts(item->category, LegalFilterModel::yearOf(item->data))))
                continue;
            rows.append({hit, item != m_items.cend() ? ItemPresenter::subtitle(*item) : QString()});
            if (rows.size() == kMaxResults)
                break;
        }
    }
    m_resultsCapped = rows.size() == kMaxResults;
    const int scrolled = m_results->verticalScrollBar()->value();
    m_resultModel->setResults(m_searchFailed ? QString() : typed, rows);
    if (keepPosition)
        m_results->verticalScrollBar()->setValue(scrolled);
    else
        m_results->resetPosition();
    updateView();
}

void LegalSection::updateView()
{
    auto showMessage = [this](const QString &text) {
        m_message->setText(text);
        m_lists->setCurrentIndex(MessagePage);
    };
    m_count->setVisible(false);
    m_message->clear(); // a message may quote what was typed: never leave it behind a list
    if (!m_listModel) {
        showMessage(tr("The laws and regulations cannot be shown on this kiosk right now. The "
                       "staff at the municipal office can help you find them."));
        return;
    }
    if (m_searchFailed) {
        showMessage(tr("Searching is not available on this kiosk right now. You can still find "
                       "a document in the list: clear the search box and choose a type or a "
                       "year."));
        return;
    }
    if (searching()) {
        if (m_resultModel->rowCount() == 0) {
            const bool filtered =
                !m_filterModel->type().isEmpty() || !m_filterModel->year().isEmpty();
            showMessage(filtered ? tr("No document of the type and year chosen contains “%1”. "
                                      "Touch “All” or try another word.")
                                       .arg(m_resultModel->query().trimmed())
                                 : tr("No law contains “%1”. Try another word or fewer words.")
                                       .arg(m_resultModel->query().trimmed()));
            return;
        }
        updateCountText();
        m_count->setVisible(true);
        m_lists->setCurrentIndex(ResultList);
        return;
    }
    if (m_listModel->rowCount() == 0) {
        showMessage(tr("The laws and regulations are on their way to this kiosk. Please come "
                       "back in a few minutes."));
        return;
    }
    if (m_filterModel->rowCount() == 0) {
        showMessage(tr("There is no document of this type from that year. Touch “All” to see "
                       "every document."));
        return;
    }
    m_lists->setCurrentIndex(BrowseList);
}

void LegalSection::updateCountText()
{
    const int passages = m_resultModel->rowCount();
    const int documents = m_resultModel->documentCount();
    QString text;
    if (m_resultsCapped)
        text = tr("The %1 best passages, best first. Add a word to find fewer.").arg(passages);
    else if (passages == 1)
        text = tr("Found in one passage.");
    else if (documents == 1)
        text = tr("Found in %1 passages of one document, best first.").arg(passages);
    else
        text = tr("Found in %1 passages of %2 documents, best first.").arg(passages).arg(documents);
    m_count->setText(text + QLatin1Char(' ') + tr("Touch one to read it."));
}

void LegalSection::openHit(const QModelIndex &index)
{
    const QString id = index.data(LegalResultModel::LegalIdRole).toString();
    const auto item = context().store ? context().store->item(Collection::Legal, id) : std::nullopt;
    if (!item)
        return;
    const QString anchor =
        LegalPresenter::anchorFor(item->data.value(QLatin1StringView("text")).toString(),
                                  index.data(LegalResultModel::ArticleRole).toString(),
                                  index.data(LegalResultModel::SnippetRole).toString());
    openReader(id, anchor, m_resultModel->query());
}

bool LegalSection::openReader(const QString &id, const QString &anchor, const QString &highlight)
{
    const auto item = context().store ? context().store->item(Collection::Legal, id) : std::nullopt;
    if (!item)
        return false;
    m_pdf->close();
    m_openId = id;
    m_anchor = anchor;
    m_highlight = highlight;
    renderReader(*item, false);
    m_takeHome->setLink(TakeHomeLink::forItem(context().publicBase, Collection::Legal, id));
    setPage(ReaderPage);
    if (m_anchor.isEmpty())
        m_reader->verticalScrollBar()->setValue(0);
    else
        m_reader->scrollToAnchor(m_anchor);
    return true;
}

int LegalSection::textSizeSteps()
{
    return int(kTextScales.size());
}

int LegalSection::readerPixelSize() const
{
    // The theme's size for text (22 pixels), scaled by the person's choice.
    int base = QFontInfo(m_reader->font()).pixelSize();
    if (base <= 0)
        base = kBasePixelSize;
    return int(std::lround(base * kTextScales.at(std::size_t(m_textStep))));
}

void LegalSection::renderReader(const ContentItem &item, bool keepPosition)
{
    // The character at the top of the view stays there: larger text or a new version of the
    // text must not lose the person's place.
    const int topPosition = keepPosition ? m_reader->cursorForPosition(QPoint(0, 0)).position() : 0;
    m_reader->setHtml(
        LegalPresenter::readerHtml(item, LegalPresenter::query(m_highlight), readerPixelSize()));
    m_reader->setProperty("anchor", m_anchor);
    m_reader->setProperty("textSizeStep", m_textStep);
    updatePdfOffer(item);
    m_smaller->setEnabled(m_textStep > 0);
    m_larger->setEnabled(m_textStep < textSizeSteps() - 1);
    if (keepPosition)
        scrollReaderTo(topPosition);
}

void LegalSection::scrollReaderTo(int position)
{
    const QTextBlock block = m_reader->document()->findBlock(position);
    if (!block.isValid() || position <= 0) {
        m_reader->verticalScrollBar()->setValue(0);
        return;
    }
    // Asking for the block's place lays the document out down to it, and the scroll bar's
    // range follows the layout.
    const QRectF rect = m_reader->document()->documentLayout()->blockBoundingRect(block);
    m_reader->verticalScrollBar()->setValue(int(rect.top()));
}

void LegalSection::updatePdfOffer(const ContentItem &item)
{
    m_pdfSha = item.data.value(QLatin1StringView("pdf")).toString();
    const bool hasPdf = !m_pdfSha.isEmpty();
    const bool ready = hasPdf && context().blobs && context().blobs->has(m_pdfSha);
    m_openPdf->setVisible(ready);
    m_pdfNotice->setVisible(hasPdf && !ready);
    if (hasPdf && !ready)
        m_pdfNotice->setText(
            context().blobs
                ? tr("The printed gazette (PDF) is still on its way to this kiosk. You can "
                     "read its full text here; the PDF will be ready in a few minutes.")
                : tr("The printed gazette (PDF) cannot be shown on this kiosk. You can read its "
                     "full text here."));
}

void LegalSection::blobArrived(const QString &sha256)
{
    if (m_openId.isEmpty() || sha256 != m_pdfSha || !context().store)
        return;
    if (const auto item = context().store->item(Collection::Legal, m_openId))
        updatePdfOffer(*item);
}

void LegalSection::openPdf()
{
    if (m_pdfSha.isEmpty() || !context().blobs || !context().blobs->has(m_pdfSha))
        return;
    // A file that fails to open shows plain words on the PDF page, with Back to the text.
    m_pdf->open(context().blobs->path(m_pdfSha));
    setPage(PdfPage);
}

void LegalSection::closeReader()
{
    m_openId.clear();
    m_anchor.clear();
    m_highlight.clear();
    m_pdfSha.clear();
    m_reader->clear();
    m_reader->setProperty("anchor", QString());
    m_takeHome->clear();
    m_openPdf->setVisible(false);
    m_pdfNotice->setVisible(false);
}

void LegalSection::setTextStep(int step)
{
    const int bounded = qBound(0, step, textSizeSteps() - 1);
    if (bounded == m_textStep)
        return;
    m_textStep = bounded;
    if (m_openId.isEmpty() || !context().store)
        return;
    const auto item = context().store->item(Collection::Legal, m_openId);
    if (item)
        renderReader(*item, true);
}

void LegalSection::retranslate()
{
    m_search->setPlaceholderText(tr("Search the law: a word, e.g. alumbrado"));
    m_search->setAccessibleName(tr("Search the laws"));
    m_clearSearch->setText(tr("Clear"));
    m_textSizeLabel->setText(tr("Text size"));
    m_smaller->setText(tr("A−"));
    m_smaller->setAccessibleName(tr("Smaller text"));
    m_larger->setText(tr("A+"));
    m_larger->setAccessibleName(tr("Larger text"));
    m_openPdf->setText(tr("Open the gazette (PDF)"));
    updateFilterChoices();
    m_list->viewport()->update();
    if (searching())
        runSearch(true); // the second lines of the hits are in the new language
    if (!m_openId.isEmpty() && context().store) {
        const auto item = context().store->item(Collection::Legal, m_openId);
        if (item)
            renderReader(*item, true);
    }
    updateView();
}

QString LegalSection::readableText() const
{
    switch (m_pages->currentIndex()) {
    case ReaderPage: {
        // A law can be long: reading starts at the paragraph in sight, after its title.
        const QTextDocument *document = m_reader->document();
        const int position =
            m_reader->isVisible() ? m_reader->cursorForPosition(QPoint(0, 0)).position() : 0;
        if (document->findBlock(position) == document->begin())
            return ReadableText::join({ReadableText::fromDocument(document)}); // title first
        return ReadableText::join(
            {m_items.value(m_openId).title, ReadableText::fromDocument(document, position)});
    }
    case PdfPage:
        return ReadableText::join(QStringList{m_items.value(m_openId).title} +
                                  ReadableText::screenText(m_pdf));
    default:
        break;
    }
    QStringList parts{tr("Laws and regulations")};
    switch (m_lists->currentIndex()) {
    case MessagePage:
        // Not the message itself when it quotes the words typed into the search box.
        parts.append(searching() ? tr("Nothing was found for the words you typed. Try another "
                                      "word or fewer words.")
                                 : m_message->text());
        break;
    case ResultList:
        parts.append(m_count->text());
        parts += ReadableText::listTitles(m_results);
        break;
    default:
        parts += ReadableText::listTitles(m_list);
        break;
    }
    return ReadableText::join(parts);
}
