#include "blobstore.h"
#include "chipbar.h"
#include "contentlistmodel.h"
#include "democache.h"
#include "legalfiltermodel.h"
#include "legalpresenter.h"
#include "legalresultmodel.h"
#include "legalsearch.h"
#include "legalsection.h"
#include "pdfreader.h"
#include "safetextbrowser.h"
#include "spanishtokenizer.h"
#include "takehomepanel.h"
#include "testpaths.h"
#include "touchlist.h"

#include <QAbstractItemModelTester>
#include <QAbstractTextDocumentLayout>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QtTest>

// The legal section over the demo municipality's real cache, driven by its objectNames as a
// finger would: browse, filter, search as one types, read, enlarge, open a gazette's PDF.
class TestLegalSection : public QObject
{
    Q_OBJECT

private:
    DemoCache m_demo;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    QTemporaryDir m_blobDir;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<LegalSection> m_section;
    QString m_alumbradoSha;
    QString m_brokenSha;

    static const QString kScriptId;
    static const QString kYearOnlyId;
    static const QString kGazetteWithPdf;
    static const QString kGazetteDownloading;

    template<typename T> T *child(const char *name) const
    {
        auto *widget = m_section->findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }

    QLineEdit *field() const { return child<QLineEdit>("legalSearchField"); }
    TouchList *resultList() const { return child<TouchList>("legalResults"); }
    TouchList *browseList() const { return child<TouchList>("legalList"); }
    SafeTextBrowser *reader() const { return child<SafeTextBrowser>("legalReader"); }
    LegalResultModel *results() const
    {
        return qobject_cast<LegalResultModel *>(resultList()->model());
    }

    // QTest::keyClicks takes ASCII only; an on-screen keyboard sends "ñ" as a key with its text.
    static void typeInto(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(widget, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()),
                                    QString(c), Qt::NoModifier);
        }
    }

    // Types as a person would, then waits for the search the pause in typing starts.
    bool type(const QString &text)
    {
        field()->clear();
        typeInto(field(), text);
        return QTest::qWaitFor([&] { return results()->query() == text; });
    }

    QStringList resultIds() const
    {
        QStringList ids;
        for (int row = 0; row < results()->rowCount(); ++row)
            ids << results()->index(row).data(LegalResultModel::LegalIdRole).toString();
        return ids;
    }

    // The words a snippet highlights, folded as the search folds them.
    static QStringList highlighted(const QString &snippet)
    {
        QStringList words;
        static const QRegularExpression marked(QStringLiteral("\\x{0002}([^\\x{0003}]*)\\x{0003}"));
        auto matches = marked.globalMatch(snippet);
        while (matches.hasNext())
            words << SpanishTokenizer::fold(matches.next().captured(1));
        return words;
    }

    static QString storeBlob(const BlobStore &blobs, const QByteArray &bytes)
    {
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QFile partial(blobs.partialPath(sha));
        if (!partial.open(QIODevice::WriteOnly) || partial.write(bytes) != bytes.size())
            return {};
        partial.close();
        QString error;
        return blobs.commit(sha, &error) ? sha : QString();
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QJsonObject legal(const QString &title, const QString &text, const QString &pdf = {})
    {
        QJsonObject data{
            {QStringLiteral("title"), title},
            {QStringLiteral("type"), QStringLiteral("resolucion")},
            {QStringLiteral("number"), QStringLiteral("Resolución No. 99/2026")},
            {QStringLiteral("issuer"), QStringLiteral("Intendencia Municipal")},
            {QStringLiteral("published_at"), QStringLiteral("2026-11-20T09:00:00-05:00")},
            {QStringLiteral("text"), text}};
        if (!pdf.isEmpty())
            data.insert(QStringLiteral("pdf"), pdf);
        return data;
    }

    // The block holding an anchor of the reader, and whether it is on screen.
    QTextBlock anchorBlock(const QString &anchor) const
    {
        for (QTextBlock block = reader()->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().anchorNames().contains(anchor))
                    return block;
            }
        }
        return {};
    }

    bool inView(const QTextBlock &block) const
    {
        const QRectF rect = reader()->document()->documentLayout()->blockBoundingRect(block);
        const int top = reader()->verticalScrollBar()->value();
        return rect.top() >= top - 1 && rect.top() < top + reader()->viewport()->height();
    }

    void clickRow(TouchList *list, int row)
    {
        const QModelIndex index = list->model()->index(row, 0);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.open(), qPrintable(m_demo.error()));
        // Server text that tries to be markup, and a text with "año" but no word in "ano".
        QVERIFY2(m_demo.put(Collection::Legal, kScriptId,
                            legal(QStringLiteral("Resolución sobre avisos en pantalla"),
                                  QStringLiteral("Artículo 1.- Ningún aviso contendrá "
                                                 "<script>alert('zumbido')</script> ni "
                                                 "<img src=\"file:///etc/passwd\"> jamás."))),
                 qPrintable(m_demo.error()));
        QVERIFY2(m_demo.put(Collection::Legal, kYearOnlyId,
                            legal(QStringLiteral("Resolución del calendario municipal"),
                                  QStringLiteral("Artículo 1.- Cada año se publica el calendario "
                                                 "de fiestas del municipio."))),
                 qPrintable(m_demo.error()));

        QVERIFY(m_blobDir.isValid());
        m_blobs = std::make_unique<BlobStore>(m_blobDir.filePath(QStringLiteral("blobs")));
        QVERIFY(m_blobs->ensureDirectory(nullptr));
        // Gazette 15 has arrived at this kiosk; gazette 14 is still downloading.
        const auto gazette = m_demo.store().item(Collection::Legal, kGazetteWithPdf);
        QVERIFY(gazette);
        const QString gazetteSha =
            storeBlob(*m_blobs, readFile(TestPaths::demoDir() + QStringLiteral("/legal/") +
                                         kGazetteWithPdf + QStringLiteral(".pdf")));
        QVERIFY(!gazetteSha.isEmpty());
        QCOMPARE(gazette->data.value(QStringLiteral("pdf")).toString(), gazetteSha);
        const auto downloading = m_demo.store().item(Collection::Legal, kGazetteDownloading);
        QVERIFY(downloading);
        QVERIFY(!downloading->data.value(QStringLiteral("pdf")).toString().isEmpty());

        m_alumbradoSha =
            storeBlob(*m_blobs, readFile(TestPaths::fixture(QStringLiteral("pdf/alumbrado.pdf"))));
        QVERIFY(!m_alumbradoSha.isEmpty());
        m_brokenSha = storeBlob(*m_blobs, QByteArray("%PDF-1.4\nthis is not a PDF at all"));
        QVERIFY(!m_brokenSha.isEmpty());
        QVERIFY(m_demo.put(Collection::Legal, QStringLiteral("legal-test-alumbrado"),
                           legal(QStringLiteral("Resolución del alumbrado de prueba"),
                                 QStringLiteral("Artículo 1.- Texto."), m_alumbradoSha)));
        QVERIFY(m_demo.put(Collection::Legal, QStringLiteral("legal-test-broken"),
                           legal(QStringLiteral("Resolución con un PDF dañado"),
                                 QStringLiteral("Artículo 1.- Texto."), m_brokenSha)));

        ViewContext context;
        context.store = &m_demo.store();
        context.cacheDb = &m_demo.database();
        context.clock = &m_clock;
        context.blobs = m_blobs.get();
        context.publicBase = QUrl(QStringLiteral("https://riohondo.gob.example/"));
        m_section = std::make_unique<LegalSection>(context);
        m_section->resize(1280, 800);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));

        new QAbstractItemModelTester(results(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(browseList()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanupTestCase() { m_section.reset(); }

    void init() { m_section->reset(); }

    void firstScreenListsEveryDocumentNewestFirst()
    {
        QCOMPARE(m_section->objectName(), QStringLiteral("legalSection"));
        QCOMPARE(m_section->depth(), 0);
        QVERIFY(field()->isVisible());
        // Clearing is the large button beside the field, there once something is typed: Qt's own
        // clear icon is too small for a finger.
        QVERIFY(!field()->isClearButtonEnabled());
        QVERIFY(m_section->findChild<QPushButton *>(QStringLiteral("legalSearchClear")));
        QVERIFY(!field()->placeholderText().isEmpty());
        QVERIFY(field()->inputMethodHints() & Qt::ImhNoPredictiveText);
        QVERIFY(browseList()->isVisible());
        QAbstractItemModel *model = browseList()->model();
        QCOMPARE(model->rowCount(), m_demo.store().count(Collection::Legal));
        QString previous = QStringLiteral("9999");
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString published = model->index(row, 0)
                                          .data(ContentListModel::DataRole)
                                          .toJsonObject()
                                          .value(QStringLiteral("published_at"))
                                          .toString();
            const QString utc =
                QDateTime::fromString(published, Qt::ISODate).toUTC().toString(Qt::ISODate);
            QVERIFY2(utc <= previous, qPrintable(published));
            previous = utc;
            QVERIFY(
                !model->index(row, 0).data(ContentListModel::SubtitleRole).toString().isEmpty());
        }
    }

    void filtersOfferOnlyWhatTheCacheHolds()
    {
        auto *types = child<ChipBar>("legalTypeFilter");
        auto *years = child<ChipBar>("legalYearFilter");
        QVERIFY(types->findChild<QPushButton *>(QStringLiteral("legalTypeFilter_")));
        QVERIFY(types->findChild<QPushButton *>(QStringLiteral("legalTypeFilter_gaceta")));
        QVERIFY(types->findChild<QPushButton *>(QStringLiteral("legalTypeFilter_resolucion")));
        // The demo has texts from 2023 to 2026 only, newest first after All.
        const QList<QPushButton *> yearButtons = years->findChildren<QPushButton *>();
        QStringList yearNames;
        for (QPushButton *button : yearButtons)
            yearNames << button->objectName();
        QVERIFY(yearNames.contains(QStringLiteral("legalYearFilter_2023")));
        QVERIFY(yearNames.contains(QStringLiteral("legalYearFilter_2026")));
        QVERIFY(!yearNames.contains(QStringLiteral("legalYearFilter_2022")));
        const auto *newest =
            years->findChild<QPushButton *>(QStringLiteral("legalYearFilter_2026"));
        const auto *oldest =
            years->findChild<QPushButton *>(QStringLiteral("legalYearFilter_2023"));
        QVERIFY(newest->x() < oldest->x());
    }

    void typeFilterNarrowsTheList()
    {
        QAbstractItemModel *model = browseList()->model();
        const int all = model->rowCount();
        QTest::mouseClick(child<QPushButton>("legalTypeFilter_resolucion"), Qt::LeftButton);
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < all);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(ContentListModel::CategoryRole).toString(),
                     QStringLiteral("resolucion"));

        QTest::mouseClick(child<QPushButton>("legalYearFilter_2025"), Qt::LeftButton);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject data =
                model->index(row, 0).data(ContentListModel::DataRole).toJsonObject();
            QCOMPARE(LegalFilterModel::yearOf(data), QStringLiteral("2025"));
        }

        QTest::mouseClick(child<QPushButton>("legalTypeFilter_"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("legalYearFilter_"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), all);
    }

    void searchKeepsEnneApartFromEne()
    {
        QVERIFY(type(QStringLiteral("año")));
        QVERIFY(resultList()->isVisible());
        QVERIFY(!browseList()->isVisible());
        QVERIFY(results()->rowCount() > 3);
        QVERIFY(resultIds().contains(kYearOnlyId));
        for (int row = 0; row < results()->rowCount(); ++row) {
            const QString snippet =
                results()->index(row).data(LegalResultModel::SnippetRole).toString();
            const QStringList words = highlighted(snippet);
            QVERIFY2(!words.isEmpty(), qPrintable(snippet));
            for (const QString &word : words)
                QVERIFY2(word.startsWith(QStringLiteral("año")), qPrintable(snippet));
            static const QRegularExpression ano(QStringLiteral("\\bano\\b"),
                                                QRegularExpression::UseUnicodePropertiesOption);
            QVERIFY2(
                !ano.match(SpanishTokenizer::fold(LegalPresenter::snippetText(snippet))).hasMatch(),
                qPrintable(snippet));
        }
        QVERIFY(child<QLabel>("legalResultCount")->isVisible());
        QVERIFY(!child<QLabel>("legalResultCount")->text().isEmpty());

        // "ano" is another word: it never finds a text that only says "año".
        QVERIFY(type(QStringLiteral("ano")));
        QVERIFY(!resultIds().contains(kYearOnlyId));
        for (int row = 0; row < results()->rowCount(); ++row) {
            const QString snippet =
                results()->index(row).data(LegalResultModel::SnippetRole).toString();
            for (const QString &word : highlighted(snippet))
                QVERIFY2(word.startsWith(QStringLiteral("ano")), qPrintable(snippet));
        }
        // Accents and case are ignored.
        QVERIFY(type(QStringLiteral("ANO ")));
        QVERIFY(!resultIds().contains(kYearOnlyId));
        QVERIFY(type(QStringLiteral("AÑO")));
        QVERIFY(resultIds().contains(kYearOnlyId));
    }

    void resultsAreRankedAndNameTheirArticle()
    {
        QVERIFY(type(QStringLiteral("mercado")));
        QVERIFY(results()->rowCount() >= 2);
        bool anArticle = false;
        double previous = -1e300;
        bool titles = true;
        for (int row = 0; row < results()->rowCount(); ++row) {
            const QModelIndex index = results()->index(row);
            // Laws whose title holds the word first, then the rest; each part best first.
            const bool inTitle = index.data(LegalResultModel::InTitleRole).toBool();
            QVERIFY(titles || !inTitle);
            if (titles && !inTitle) {
                titles = false;
                previous = -1e300;
            }
            if (inTitle) // its snippet is the title: a screen reader says it once
                QCOMPARE(index.data(Qt::AccessibleTextRole), index.data(Qt::DisplayRole));
            const double rank = index.data(LegalResultModel::RankRole).toDouble();
            QVERIFY(rank >= previous);
            previous = rank;
            anArticle |= index.data(LegalResultModel::ArticleRole)
                             .toString()
                             .startsWith(QStringLiteral("Artículo "));
            QVERIFY(!index.data(Qt::DisplayRole).toString().isEmpty());
            QVERIFY(!index.data(LegalResultModel::SubtitleRole).toString().isEmpty());
            QVERIFY(index.data(LegalResultModel::SnippetHtmlRole)
                        .toString()
                        .contains(QStringLiteral("<span style=")));
        }
        QVERIFY(anArticle);
        QVERIFY(!titles); // "mercado" is in a title and in articles: both parts were seen
        QVERIFY(results()->index(0).data(LegalResultModel::InTitleRole).toBool());
        QVERIFY(results()->rowCount() <= 50);
    }

    void noHitsSaysSoInPlainWords()
    {
        QVERIFY(type(QStringLiteral("zxqwy")));
        QCOMPARE(results()->rowCount(), 0);
        auto *message = child<QLabel>("legalMessage");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("zxqwy")));
        QVERIFY(!resultList()->isVisible());
        QVERIFY(!child<QLabel>("legalResultCount")->isVisible());
    }

    void clearingTheFieldReturnsToTheList()
    {
        QVERIFY(type(QStringLiteral("alumbrado")));
        QVERIFY(resultList()->isVisible());
        auto *clear = child<QPushButton>("legalSearchClear");
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(field()->text().isEmpty());
        QVERIFY(browseList()->isVisible());
        QVERIFY(!resultList()->isVisible());
        QCOMPARE(results()->rowCount(), 0);
    }

    void searchWaitsForAPauseInTyping()
    {
        auto *timer = child<QTimer>("legalSearchTimer");
        QVERIFY(timer->isSingleShot());
        QVERIFY(timer->interval() > 0 && timer->interval() <= 300);
        field()->clear();
        QTest::keyClicks(field(), QStringLiteral("alumbr"));
        QVERIFY(timer->isActive());
        QCOMPARE(results()->query(), QString());
        QTRY_COMPARE(results()->query(), QStringLiteral("alumbr")); // a prefix finds alumbrado
        QVERIFY(results()->rowCount() > 0);
    }

    void filtersApplyToSearchResults()
    {
        QTest::mouseClick(child<QPushButton>("legalTypeFilter_gaceta"), Qt::LeftButton);
        QVERIFY(type(QStringLiteral("año")));
        QVERIFY(results()->rowCount() > 0);
        for (const QString &id : resultIds())
            QVERIFY2(id.startsWith(QStringLiteral("legal-gaceta-")), qPrintable(id));
        QTest::mouseClick(child<QPushButton>("legalTypeFilter_"), Qt::LeftButton);
        QVERIFY(resultIds().contains(kYearOnlyId));
    }

    void serverMarkupIsShownAsText()
    {
        QVERIFY(type(QStringLiteral("zumbido")));
        QCOMPARE(resultIds(), QStringList{kScriptId});
        const QModelIndex hit = results()->index(0);
        QVERIFY(hit.data(LegalResultModel::SnippetTextRole)
                    .toString()
                    .contains(QStringLiteral("<script>")));
        const QString html = hit.data(LegalResultModel::SnippetHtmlRole).toString();
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QTextDocument rendered;
        rendered.setHtml(html);
        QVERIFY(
            rendered.toPlainText().contains(QStringLiteral("<script>alert('zumbido')</script>")));

        clickRow(resultList(), 0);
        QCOMPARE(m_section->depth(), 1);
        QVERIFY(
            reader()->toPlainText().contains(QStringLiteral("<script>alert('zumbido')</script>")));
        QVERIFY(
            reader()->toPlainText().contains(QStringLiteral("<img src=\"file:///etc/passwd\">")));
        QCOMPARE(reader()->resourceRequests(), 0);
    }

    void tappingAHitOpensTheReaderAtItsArticle()
    {
        QVERIFY(type(QStringLiteral("alumbrado")));
        // The hit deepest into its law, so that the reader must scroll to show it.
        int chosen = -1;
        int deepest = 0;
        for (int row = 0; row < results()->rowCount(); ++row) {
            const QString article =
                results()->index(row).data(LegalResultModel::ArticleRole).toString();
            const int number = article.section(QLatin1Char(' '), 1, 1).toInt();
            if (number > deepest) {
                deepest = number;
                chosen = row;
            }
        }
        QVERIFY2(deepest >= 3, "alumbrado should be found past the first articles of a law");
        const QModelIndex hit = results()->index(chosen);
        const QString id = hit.data(LegalResultModel::LegalIdRole).toString();
        const QString article = hit.data(LegalResultModel::ArticleRole).toString();

        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        clickRow(resultList(), chosen);
        QCOMPARE(m_section->depth(), 1);
        QCOMPARE(depth.size(), 1);
        QCOMPARE(m_section->currentId(), id);
        QVERIFY(reader()->isVisible());
        QVERIFY(!m_section->currentAnchor().isEmpty());
        QCOMPARE(reader()->property("anchor").toString(), m_section->currentAnchor());

        const QTextBlock block = anchorBlock(m_section->currentAnchor());
        QVERIFY(block.isValid());
        QCOMPARE(block.text(), article); // the article's heading
        QVERIFY(reader()->verticalScrollBar()->value() > 0);
        QVERIFY(inView(block));
        // The words searched for are highlighted in the text.
        QVERIFY(reader()->toHtml().contains(QStringLiteral("#ffe066")));
        QCOMPARE(child<TakeHomePanel>("takeHome")->payload(),
                 QStringLiteral("https://riohondo.gob.example/legal/") + id);
    }

    void aGazetteHitFindsTheRightArticleOne()
    {
        // Gazettes hold several resolutions, each with its own "Artículo 1".
        const auto gazette = m_demo.store().item(Collection::Legal, kGazetteWithPdf);
        QVERIFY(gazette);
        const QString text = gazette->data.value(QStringLiteral("text")).toString();
        QVERIFY(text.count(QStringLiteral("Artículo 1.-")) >= 2);
        const qsizetype second = text.indexOf(QStringLiteral("Artículo 1.-"),
                                              text.indexOf(QStringLiteral("Artículo 1.-")) + 1);
        const QString passage = text.mid(second + 13, 40).trimmed();
        const QString snippet =
            QString(LegalSearch::Ellipsis) + passage.left(30) + QString(LegalSearch::Ellipsis);
        const QString anchor =
            LegalPresenter::anchorFor(text, QStringLiteral("Artículo 1"), snippet);
        QVERIFY(!anchor.isEmpty());
        QVERIFY(anchor != LegalPresenter::anchorFor(text, QStringLiteral("Artículo 1"), {}));
    }

    void largerTextEnlargesTheReader()
    {
        QVERIFY(m_section->openItem(Collection::Legal, QStringLiteral("legal-codigo-convivencia")));
        QCOMPARE(m_section->depth(), 1);
        auto *smaller = child<QPushButton>("legalTextSmaller");
        auto *larger = child<QPushButton>("legalTextLarger");
        QVERIFY(!smaller->isEnabled());
        auto bodyFontSize = [this] {
            const QTextBlock block = anchorBlock(LegalPresenter::anchorName(1)).next();
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::NextCharacter);
            return cursor.charFormat().font().pixelSize();
        };
        const int before = bodyFontSize();
        QVERIFY(before > 0);
        QTest::mouseClick(larger, Qt::LeftButton);
        QCOMPARE(m_section->textSizeStep(), 1);
        QVERIFY2(bodyFontSize() > before, qPrintable(QString::number(bodyFontSize())));
        QVERIFY(smaller->isEnabled());
        for (int i = 0; i < 10; ++i)
            QTest::mouseClick(larger, Qt::LeftButton);
        QCOMPARE(m_section->textSizeStep(), LegalSection::textSizeSteps() - 1);
        QVERIFY(!larger->isEnabled());
        const int largest = bodyFontSize();
        QVERIFY(largest >= before * 3 / 2);

        // Remembered for the next document, until the kiosk resets.
        QVERIFY(m_section->goBack());
        QVERIFY(m_section->openItem(Collection::Legal, QStringLiteral("legal-decreto-residuos")));
        QCOMPARE(bodyFontSize(), largest);
        m_section->reset();
        QCOMPARE(m_section->textSizeStep(), 0);
        QVERIFY(m_section->openItem(Collection::Legal, QStringLiteral("legal-decreto-residuos")));
        QCOMPARE(bodyFontSize(), before);
    }

    void readerShowsTheDocumentsFacts()
    {
        QVERIFY(m_section->openItem(Collection::Legal, kGazetteWithPdf));
        const QString text = reader()->toPlainText();
        const auto gazette = m_demo.store().item(Collection::Legal, kGazetteWithPdf);
        QVERIFY(text.contains(gazette->title));
        QVERIFY(text.contains(QStringLiteral("No. 15 de 2026")));
        QVERIFY(text.contains(QStringLiteral("Asamblea Municipal del Poder Popular de Río Hondo")));
        QVERIFY(text.contains(gazette->data.value(QStringLiteral("summary")).toString()));
        QVERIFY(anchorBlock(LegalPresenter::anchorName(1)).isValid());
        QVERIFY(!m_section->openItem(Collection::News, QStringLiteral("news-2026-0001")));
        QVERIFY(!m_section->openItem(Collection::Legal, QStringLiteral("legal-no-such-law")));
    }

    void aDownloadedGazetteOpensAsAPdf()
    {
        QVERIFY(m_section->openItem(Collection::Legal, kGazetteWithPdf));
        auto *open = child<QPushButton>("legalOpenPdf");
        QVERIFY(open->isVisible());
        QVERIFY(!child<QLabel>("legalPdfNotice")->isVisible());
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(m_section->depth(), 2);
        QCOMPARE(depth.size(), 1);

        auto *pdf = child<PdfReader>("legalPdfReader");
        auto *view = child<QPdfView>("legalPdfView");
        QVERIFY(view->isVisible());
        QVERIFY(pdf->isLoaded());
        QCOMPARE(pdf->pageCount(), 5);
        QCOMPARE(pdf->currentPage(), 0);
        QVERIFY(child<QLabel>("legalPdfPage")->text().contains(QLatin1Char('1')));
        QVERIFY(child<QLabel>("legalPdfPage")->text().contains(QLatin1Char('5')));
        QVERIFY(!child<QPushButton>("legalPdfPrevious")->isEnabled());

        QTest::mouseClick(child<QPushButton>("legalPdfNext"), Qt::LeftButton);
        QCOMPARE(pdf->currentPage(), 1);
        QCOMPARE(view->pageNavigator()->currentPage(), 1);
        QVERIFY(child<QLabel>("legalPdfPage")->text().contains(QLatin1Char('2')));
        QTest::mouseClick(child<QPushButton>("legalPdfPrevious"), Qt::LeftButton);
        QCOMPARE(pdf->currentPage(), 0);
        for (int i = 0; i < 8; ++i)
            QTest::mouseClick(child<QPushButton>("legalPdfNext"), Qt::LeftButton);
        QCOMPARE(pdf->currentPage(), 4);
        QVERIFY(!child<QPushButton>("legalPdfNext")->isEnabled());

        QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        const qreal fitted = pdf->zoom();
        QTest::mouseClick(child<QPushButton>("legalPdfZoomIn"), Qt::LeftButton);
        QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::Custom);
        QVERIFY(view->zoomFactor() > fitted);
        const qreal zoomed = view->zoomFactor();
        QTest::mouseClick(child<QPushButton>("legalPdfZoomOut"), Qt::LeftButton);
        QVERIFY(view->zoomFactor() < zoomed);
        QTest::mouseClick(child<QPushButton>("legalPdfFitWidth"), Qt::LeftButton);
        QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::FitToWidth);

        // Back walks 2 -> 1 -> 0.
        QVERIFY(m_section->goBack());
        QCOMPARE(m_section->depth(), 1);
        QVERIFY(reader()->isVisible());
        QVERIFY(m_section->goBack());
        QCOMPARE(m_section->depth(), 0);
        QVERIFY(!m_section->goBack());
        QCOMPARE(depth.size(), 3);
    }

    void anyVerifiedPdfOpens()
    {
        QVERIFY(m_section->openItem(Collection::Legal, QStringLiteral("legal-test-alumbrado")));
        QTest::mouseClick(child<QPushButton>("legalOpenPdf"), Qt::LeftButton);
        auto *pdf = child<PdfReader>("legalPdfReader");
        QVERIFY(pdf->isLoaded());
        QCOMPARE(pdf->pageCount(), 1);
        QVERIFY(!child<QPushButton>("legalPdfNext")->isEnabled());
        QVERIFY(!child<QPushButton>("legalPdfPrevious")->isEnabled());
    }

    void aGazetteStillDownloadingSaysSo()
    {
        QVERIFY(m_section->openItem(Collection::Legal, kGazetteDownloading));
        QVERIFY(!child<QPushButton>("legalOpenPdf")->isVisible());
        auto *notice = child<QLabel>("legalPdfNotice");
        QVERIFY(notice->isVisible());
        QVERIFY(!notice->text().isEmpty());
        // A law with no PDF says nothing about one.
        QVERIFY(m_section->openItem(Collection::Legal, QStringLiteral("legal-decreto-residuos")));
        QVERIFY(!child<QPushButton>("legalOpenPdf")->isVisible());
        QVERIFY(!notice->isVisible());
    }

    void aBrokenPdfSaysSoWithoutCrashing()
    {
        QVERIFY(m_section->openItem(Collection::Legal, QStringLiteral("legal-test-broken")));
        QTest::mouseClick(child<QPushButton>("legalOpenPdf"), Qt::LeftButton);
        QCOMPARE(m_section->depth(), 2);
        auto *pdf = child<PdfReader>("legalPdfReader");
        QVERIFY(pdf->hasFailed());
        QVERIFY(!pdf->isLoaded());
        QVERIFY(child<QLabel>("legalPdfMessage")->isVisible());
        QVERIFY(!child<QPdfView>("legalPdfView")->isVisible());
        QVERIFY(!child<QPushButton>("legalPdfNext")->isEnabled());
        QTest::mouseClick(child<QPushButton>("legalPdfZoomIn"), Qt::LeftButton);
        QVERIFY(m_section->goBack());
        QCOMPARE(m_section->depth(), 1);
    }

    void aPdfArrivingWhileReadingIsOfferedAtOnce()
    {
        QVERIFY(m_section->openItem(Collection::Legal, kGazetteDownloading));
        QVERIFY(child<QLabel>("legalPdfNotice")->isVisible());
        const QString sha = m_demo.store()
                                .item(Collection::Legal, kGazetteDownloading)
                                ->data.value(QStringLiteral("pdf"))
                                .toString();
        const QString stored =
            storeBlob(*m_blobs, readFile(TestPaths::demoDir() + QStringLiteral("/legal/") +
                                         kGazetteDownloading + QStringLiteral(".pdf")));
        QCOMPARE(stored, sha);
        m_section->blobArrived(m_alumbradoSha); // another blob changes nothing
        QVERIFY(!child<QPushButton>("legalOpenPdf")->isVisible());
        m_section->blobArrived(sha);
        QVERIFY(child<QPushButton>("legalOpenPdf")->isVisible());
        QVERIFY(!child<QLabel>("legalPdfNotice")->isVisible());
        QVERIFY(QFile::remove(m_blobs->path(sha))); // the other tests expect it missing
    }

    void presenterEscapesBeforeMarking()
    {
        const QString marked = QStringLiteral("a <b>&amp; ") + LegalSearch::HighlightStart +
                               QStringLiteral("año") + LegalSearch::HighlightEnd +
                               QStringLiteral(" \"x\" ") + LegalSearch::HighlightStart +
                               QStringLiteral("open");
        const QString html = LegalPresenter::snippetHtml(marked);
        QVERIFY(html.contains(QStringLiteral("a &lt;b&gt;&amp;amp; ")));
        QCOMPARE(html.count(QStringLiteral("<span")), 2);
        QCOMPARE(html.count(QStringLiteral("</span>")), 2); // an unclosed mark is closed
        QCOMPARE(LegalPresenter::snippetText(marked), QStringLiteral("a <b>&amp; año \"x\" open"));

        // The reader marks what the search would find: accents and case aside, ñ kept, the
        // last word a prefix while it is being typed; server text never brings its own marks.
        const auto query = LegalPresenter::query(QStringLiteral("ANO cancion alumbr"));
        QCOMPARE(query.words, (QStringList{QStringLiteral("ano"), QStringLiteral("cancion"),
                                           QStringLiteral("alumbr")}));
        QVERIFY(query.lastIsPrefix);
        const QString text = QStringLiteral("El año, el ano, la CANCIÓN y el alumbrado ") +
                             LegalSearch::HighlightStart + QStringLiteral("x");
        const QString result = LegalPresenter::markMatches(text, query);
        QCOMPARE(highlighted(result), (QStringList{QStringLiteral("ano"), QStringLiteral("cancion"),
                                                   QStringLiteral("alumbrado")}));
        QVERIFY(!LegalPresenter::query(QStringLiteral("alumbrado ")).lastIsPrefix);
    }

    void resetClearsEverything()
    {
        QTest::mouseClick(child<QPushButton>("legalTypeFilter_ley"), Qt::LeftButton);
        QVERIFY(type(QStringLiteral("año")));
        clickRow(resultList(), 0);
        QTest::mouseClick(child<QPushButton>("legalTextLarger"), Qt::LeftButton);
        QCOMPARE(m_section->depth(), 1);
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        m_section->reset();
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(depth.size(), 1);
        QVERIFY(field()->text().isEmpty());
        QCOMPARE(results()->rowCount(), 0);
        QCOMPARE(child<ChipBar>("legalTypeFilter")->current(), QString());
        QCOMPARE(browseList()->model()->rowCount(), m_demo.store().count(Collection::Legal));
        QVERIFY(browseList()->isVisible());
        QCOMPARE(m_section->textSizeStep(), 0);
        QVERIFY(m_section->currentId().isEmpty());
    }

    void backFromTheReaderKeepsTheSearch()
    {
        QVERIFY(type(QStringLiteral("alumbrado")));
        const int hits = results()->rowCount();
        clickRow(resultList(), 0);
        QVERIFY(m_section->goBack());
        QCOMPARE(field()->text(), QStringLiteral("alumbrado"));
        QCOMPARE(results()->rowCount(), hits);
        QVERIFY(resultList()->isVisible());
    }

    void refreshKeepsThePlaceAndLeavesAWithdrawnText()
    {
        QVERIFY(type(QStringLiteral("calendario")));
        QVERIFY(resultIds().contains(kYearOnlyId));
        QVERIFY(m_section->openItem(Collection::Legal, kYearOnlyId));

        // A sync changes another text: the reader and the search stay.
        QVERIFY(m_demo.put(Collection::Legal, QStringLiteral("legal-test-new"),
                           legal(QStringLiteral("Resolución del calendario escolar"),
                                 QStringLiteral("Artículo 1.- El calendario escolar."))));
        m_section->refresh();
        QCOMPARE(m_section->depth(), 1);
        QCOMPARE(m_section->currentId(), kYearOnlyId);
        QCOMPARE(field()->text(), QStringLiteral("calendario"));
        QVERIFY(resultIds().contains(QStringLiteral("legal-test-new")));
        QCOMPARE(browseList()->model()->rowCount(), m_demo.store().count(Collection::Legal));

        // The text being read is withdrawn: back to the search.
        QVERIFY(m_demo.remove(Collection::Legal, kYearOnlyId));
        m_section->refresh();
        QCOMPARE(m_section->depth(), 0);
        QVERIFY(!resultIds().contains(kYearOnlyId));
        QCOMPARE(field()->text(), QStringLiteral("calendario"));
        QVERIFY(m_demo.remove(Collection::Legal, QStringLiteral("legal-test-new")));
        QVERIFY(m_demo.put(Collection::Legal, kYearOnlyId,
                           legal(QStringLiteral("Resolución del calendario municipal"),
                                 QStringLiteral("Artículo 1.- Cada año se publica el calendario "
                                                "de fiestas del municipio."))));
        m_section->refresh();
    }

    void anEmptyCacheSaysTheTextsAreComing()
    {
        QTemporaryDir dir;
        ContentCache empty(dir.path());
        QString error;
        QVERIFY2(empty.open(&error), qPrintable(error));
        ViewContext context;
        context.store = &empty.store();
        context.cacheDb = &empty.database();
        LegalSection section(context);
        section.resize(1280, 800);
        section.show();
        auto *message = section.findChild<QLabel *>(QStringLiteral("legalMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!section.findChild<TouchList *>(QStringLiteral("legalList"))->isVisible());
        auto *search = section.findChild<QLineEdit *>(QStringLiteral("legalSearchField"));
        search->setText(QStringLiteral("año"));
        emit search->returnPressed();
        QVERIFY(message->isVisible());
        QCOMPARE(section.depth(), 0);
    }

    void withoutACacheItSaysSoAndNeverCrashes()
    {
        LegalSection section{ViewContext{}};
        section.resize(1280, 800);
        section.show();
        auto *message = section.findChild<QLabel *>(QStringLiteral("legalMessage"));
        QVERIFY(message->isVisible());
        auto *search = section.findChild<QLineEdit *>(QStringLiteral("legalSearchField"));
        search->setText(QStringLiteral("alumbrado"));
        emit search->returnPressed();
        QVERIFY(message->isVisible());
        QVERIFY(!section.openItem(Collection::Legal, QStringLiteral("legal-decreto-residuos")));
        section.refresh();
        section.reset();
        QCOMPARE(section.depth(), 0);
    }
};

const QString TestLegalSection::kScriptId = QStringLiteral("legal-test-script");
const QString TestLegalSection::kYearOnlyId = QStringLiteral("legal-test-anno");
const QString TestLegalSection::kGazetteWithPdf = QStringLiteral("legal-gaceta-municipal-2026-15");
const QString TestLegalSection::kGazetteDownloading =
    QStringLiteral("legal-gaceta-municipal-2026-14");

QTEST_MAIN(TestLegalSection)
#include "tst_legalsection.moc"
