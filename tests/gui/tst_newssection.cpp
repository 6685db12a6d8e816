#include "blobstore.h"
#include "contentlistmodel.h"
#include "democache.h"
#include "newssection.h"
#include "safetextbrowser.h"
#include "takehomelink.h"
#include "takehomepanel.h"
#include "touchlist.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

// The News section over a real cache of the demo municipality, driven by its objectNames.
class TestNewsSection : public QObject
{
    Q_OBJECT

private:
    DemoCache m_demo;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    QTemporaryDir m_blobDir;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<NewsSection> m_section;
    const QUrl m_base{QStringLiteral("https://www.riohondo.gob.example/kiosco/")};

    TouchList *list() const
    {
        return m_section->findChild<TouchList *>(QStringLiteral("newsList"));
    }
    SafeTextBrowser *reader() const
    {
        return m_section->findChild<SafeTextBrowser *>(QStringLiteral("newsReader"));
    }

    QModelIndex rowOf(const QString &id) const
    {
        QAbstractItemModel *model = list()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ContentListModel::IdRole).toString() == id)
                return model->index(row, 0);
        }
        return {};
    }

    void tap(const QModelIndex &index)
    {
        list()->scrollTo(index);
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {},
                          list()->visualRect(index).center());
    }

    // A picture as the sync would have stored it: a file named by its SHA-256.
    QString storeImage(const QColor &color)
    {
        QImage image(320, 180, QImage::Format_RGB32);
        image.fill(color);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QFile part(m_blobs->partialPath(sha));
        if (!part.open(QIODevice::WriteOnly) || part.write(bytes) != bytes.size())
            return {};
        part.close();
        QString error;
        return m_blobs->commit(sha, &error) ? sha : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.open(), qPrintable(m_demo.error()));
        m_blobs = std::make_unique<BlobStore>(m_blobDir.path());
        ViewContext context;
        context.store = &m_demo.store();
        context.cacheDb = &m_demo.database();
        context.clock = &m_clock;
        context.blobs = m_blobs.get();
        context.publicBase = m_base;
        m_section = std::make_unique<NewsSection>(context);
        m_section->resize(1600, 900);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
    }

    void init() { m_section->reset(); }

    void listsEveryNewsItemNewestFirst()
    {
        QAbstractItemModelTester tester(list()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModel *model = list()->model();
        QCOMPARE(model->rowCount(), m_demo.store().count(Collection::News));
        QDateTime previous;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QDateTime published =
                QDateTime::fromString(model->index(row, 0)
                                          .data(ContentListModel::DataRole)
                                          .toJsonObject()
                                          .value(QStringLiteral("published_at"))
                                          .toString(),
                                      Qt::ISODate);
            QVERIFY(published.isValid());
            if (previous.isValid())
                QVERIFY(published <= previous);
            previous = published;
        }
    }

    void aCategoryButtonNarrowsTheList()
    {
        auto *environment =
            m_section->findChild<QPushButton *>(QStringLiteral("newsCategory_medio-ambiente"));
        QVERIFY(environment && environment->isVisible());
        QAbstractItemModelTester tester(list()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(environment, Qt::LeftButton);
        QAbstractItemModel *model = list()->model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < m_demo.store().count(Collection::News));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(ContentListModel::CategoryRole).toString(),
                     QStringLiteral("medio-ambiente"));
        QTest::mouseClick(m_section->findChild<QPushButton *>(QStringLiteral("newsCategory_")),
                          Qt::LeftButton);
        QCOMPARE(model->rowCount(), m_demo.store().count(Collection::News));
    }

    void aTapOpensTheReaderAndBackReturnsToTheList()
    {
        QSignalSpy depth(m_section.get(), &Section::depthChanged);
        const QModelIndex second = list()->model()->index(1, 0);
        const QString id = second.data(ContentListModel::IdRole).toString();
        tap(second);
        QCOMPARE(m_section->depth(), 1);
        QCOMPARE(depth.count(), 1);
        QCOMPARE(m_section->currentId(), id);
        QVERIFY(reader()->isVisible());
        const auto item = m_demo.store().item(Collection::News, id);
        QVERIFY(reader()->toPlainText().startsWith(item->title));
        // The body is there in full, not only the summary the list carries.
        const QString body = item->data.value(QStringLiteral("body")).toString();
        QVERIFY(
            reader()->toPlainText().contains(body.section(QStringLiteral("\n\n"), -1).left(60)));
        auto *code = m_section->findChild<TakeHomePanel *>(QStringLiteral("takeHome"));
        QCOMPARE(
            code->payload(),
            QString::fromUtf8(TakeHomeLink::forItem(m_base, Collection::News, id).toEncoded()));
        QVERIFY(code->isVisible());

        QVERIFY(m_section->goBack());
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(depth.count(), 2);
        QVERIFY(list()->isVisible());
        QVERIFY(!m_section->goBack());
    }

    void theReaderShowsThePictureTheSyncFetched()
    {
        const QString sha = storeImage(Qt::darkGreen);
        QVERIFY(!sha.isEmpty());
        QJsonObject news{
            {QStringLiteral("title"), QStringLiteral("Nueva siembra en la ribera")},
            {QStringLiteral("summary"), QStringLiteral("Mil árboles.")},
            {QStringLiteral("body"), QStringLiteral("Texto.")},
            {QStringLiteral("category"), QStringLiteral("medio-ambiente")},
            {QStringLiteral("published_at"), QStringLiteral("2026-11-28T09:00:00-05:00")},
            {QStringLiteral("image"), sha}};
        QVERIFY2(m_demo.put(Collection::News, QStringLiteral("news-picture"), news),
                 qPrintable(m_demo.error()));
        m_section->refresh();
        const QModelIndex row = rowOf(QStringLiteral("news-picture"));
        QVERIFY(row.isValid());
        QCOMPARE(row.data(ContentListModel::ImageRole).toString(), sha);
        tap(row);
        auto *image = m_section->findChild<QLabel *>(QStringLiteral("newsImage"));
        QVERIFY(image->isVisible());
        QVERIFY(!image->pixmap().isNull());
        QCOMPARE(image->pixmap().toImage().pixelColor(10, 10), QColor(Qt::darkGreen));

        // A picture not downloaded yet: no picture, and nothing else missing.
        news.insert(QStringLiteral("image"), QString(64, QLatin1Char('a')));
        QVERIFY(m_demo.put(Collection::News, QStringLiteral("news-picture"), news));
        m_section->refresh();
        QCOMPARE(m_section->currentId(), QStringLiteral("news-picture"));
        QVERIFY(!image->isVisible());
        QVERIFY(reader()->toPlainText().startsWith(QStringLiteral("Nueva siembra")));
        QVERIFY(m_demo.remove(Collection::News, QStringLiteral("news-picture")));
        m_section->refresh();
    }

    void hostileTextIsShownAsTextAndLoadsNothing()
    {
        const QString hostile =
            QStringLiteral("<img src=\"file:///etc/passwd\"><script>alert(1)</script><a "
                           "href=\"http://x.example/\">x</a>");
        QVERIFY(m_demo.put(
            Collection::News, QStringLiteral("news-hostile"),
            {{QStringLiteral("title"), hostile},
             {QStringLiteral("summary"), hostile},
             {QStringLiteral("body"), hostile},
             {QStringLiteral("category"), QStringLiteral("comunidad")},
             {QStringLiteral("published_at"), QStringLiteral("2026-11-28T09:30:00-05:00")}}));
        m_section->refresh();
        tap(rowOf(QStringLiteral("news-hostile")));
        QVERIFY(reader()->toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(reader()->toPlainText().contains(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(reader()->resourceRequests(), 0);
        QVERIFY(m_demo.remove(Collection::News, QStringLiteral("news-hostile")));
        m_section->refresh();
    }

    void anItemWithdrawnWhileReadLeadsBackToTheList()
    {
        const QJsonObject news{
            {QStringLiteral("title"), QStringLiteral("Aviso breve")},
            {QStringLiteral("body"), QStringLiteral("Texto.")},
            {QStringLiteral("category"), QStringLiteral("gobierno")},
            {QStringLiteral("published_at"), QStringLiteral("2026-11-28T08:00:00-05:00")}};
        QVERIFY(m_demo.put(Collection::News, QStringLiteral("news-short"), news));
        m_section->refresh();
        QVERIFY(m_section->openItem(Collection::News, QStringLiteral("news-short")));
        QCOMPARE(m_section->depth(), 1);
        QVERIFY(m_demo.remove(Collection::News, QStringLiteral("news-short")));
        m_section->refresh();
        QCOMPARE(m_section->depth(), 0);
        QVERIFY(!m_section->openItem(Collection::News, QStringLiteral("news-short")));
        QVERIFY(!m_section->openItem(Collection::Events, QStringLiteral("evt-2026-0001")));
    }

    void resetReturnsToTheWholeListAtTheTop()
    {
        QTest::mouseClick(
            m_section->findChild<QPushButton *>(QStringLiteral("newsCategory_cultura")),
            Qt::LeftButton);
        tap(list()->model()->index(0, 0));
        QCOMPARE(m_section->depth(), 1);
        m_section->reset();
        QCOMPARE(m_section->depth(), 0);
        QCOMPARE(list()->model()->rowCount(), m_demo.store().count(Collection::News));
        QVERIFY(m_section->findChild<QPushButton *>(QStringLiteral("newsCategory_"))->isChecked());
        QVERIFY(!list()->currentIndex().isValid());
    }

    void aLongListIsReadAsItIsScrolled()
    {
        // A large municipality: 450 more news items, the oldest of a category of its own.
        DemoCache large;
        QVERIFY2(large.open(), qPrintable(large.error()));
        const QDateTime first(QDate(2019, 1, 1), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 450; ++i) {
            const bool oldest = i == 0;
            QVERIFY2(large.put(Collection::News, QStringLiteral("archivo-%1").arg(i),
                               {{QStringLiteral("title"), QStringLiteral("Archivo %1").arg(i)},
                                {QStringLiteral("body"), QStringLiteral("Texto.")},
                                {QStringLiteral("category"),
                                 oldest ? QStringLiteral("historia") : QStringLiteral("cultura")},
                                {QStringLiteral("published_at"),
                                 first.addDays(i).toString(Qt::ISODate)}}),
                     qPrintable(large.error()));
        }
        const int total = large.store().count(Collection::News);
        ViewContext context;
        context.store = &large.store();
        context.cacheDb = &large.database();
        context.clock = &m_clock;
        NewsSection section(context);
        section.resize(1600, 900);
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        auto *longList = section.findChild<TouchList *>(QStringLiteral("newsList"));
        // Not all of it before the list shows ...
        const int shown = longList->model()->rowCount();
        QVERIFY2(shown > 0 && shown < total, qPrintable(QString::number(shown)));
        // ... the rest as the person scrolls to the end, newest first all the way.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                longList->scrollToBottom();
                return longList->model()->rowCount() == total;
            }(),
            10000);
        const QAbstractItemModel *model = longList->model();
        QCOMPARE(model->index(total - 1, 0).data(ContentListModel::IdRole).toString(),
                 QStringLiteral("archivo-0"));
        for (int row = 1; row < total; ++row)
            QVERIFY(model->index(row - 1, 0)
                        .data(ContentListModel::DataRole)
                        .toJsonObject()
                        .value(QStringLiteral("published_at"))
                        .toString() >= model->index(row, 0)
                                           .data(ContentListModel::DataRole)
                                           .toJsonObject()
                                           .value(QStringLiteral("published_at"))
                                           .toString());
        // A category whose only item is the oldest is offered from the start, and choosing it
        // finds that item, though the list had not been read that far.
        section.reset();
        QCOMPARE(longList->model()->rowCount(), shown);
        auto *history = section.findChild<QPushButton *>(QStringLiteral("newsCategory_historia"));
        QVERIFY(history);
        QTest::mouseClick(history, Qt::LeftButton);
        QCOMPARE(longList->model()->rowCount(), 1);
        QVERIFY(longList->isVisible());
        QCOMPARE(longList->model()->index(0, 0).data(ContentListModel::IdRole).toString(),
                 QStringLiteral("archivo-0"));
    }
};

QTEST_MAIN(TestNewsSection)
#include "tst_newssection.moc"
