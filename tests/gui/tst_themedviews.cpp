#include "colorcontrast.h"
#include "contentlistmodel.h"
#include "contentstore.h"
#include "democache.h"
#include "itempresenter.h"
#include "participatesection.h"
#include "safetextbrowser.h"
#include "servicessection.h"
#include "themebuilder.h"
#include "touchlist.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QFile>
#include <QJsonObject>
#include <QStyle>
#include <QTextBlock>
#include <QTimeZone>
#include <QtTest>
#include <memory>

namespace {

// How many pixels of the image have exactly this colour.
int countOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    const QRgb wanted = colour.rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += (image.pixel(x, y) | 0xff000000) == wanted ? 1 : 0;
    }
    return count;
}

int lightPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += ColorContrast::luminance(QColor(image.pixel(x, y))) > 0.8 ? 1 : 0;
    }
    return count;
}

} // namespace

// What the kiosk paints itself (list entries, rich text, charts) follows the theme: the
// default, and high contrast as the window switches it on.
class TestThemedViews : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<FixedClock> m_clock;
    QString m_base;
    QPalette m_standard;

    ViewContext context() const
    {
        ViewContext context;
        context.store = &m_demo->store();
        context.cacheDb = &m_demo->database();
        context.clock = m_clock.get();
        return context;
    }

    // As the window does it: the style sheet, and the palette for what no rule paints.
    void applyTheme(bool highContrast)
    {
        qApp->setPalette(highContrast ? ThemeBuilder::highContrastPalette() : m_standard);
        qApp->setStyleSheet(ThemeBuilder::build(m_base, highContrast, false));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }

    static void show(QWidget *widget)
    {
        widget->resize(1280, 800);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
    }

    // Every coloured piece of text in the browser reads at 7:1 on what is behind it.
    static void checkReadable(const SafeTextBrowser *browser, int &coloured)
    {
        const QColor base = browser->palette().color(QPalette::Base);
        for (QTextBlock block = browser->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.foreground().style() == Qt::NoBrush)
                    continue;
                const QColor behind =
                    format.background().style() == Qt::NoBrush ? base : format.background().color();
                const double ratio = ColorContrast::ratio(format.foreground().color(), behind);
                QVERIFY2(ratio >= ColorContrast::kEnhanced,
                         qPrintable(QStringLiteral("\"%1\": %2 on %3")
                                        .arg(it.fragment().text(),
                                             format.foreground().color().name(), behind.name())));
                ++coloured;
            }
        }
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<DemoCache>();
        QVERIFY2(m_demo->open(), qPrintable(m_demo->error()));
        m_clock = std::make_unique<FixedClock>(
            QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600)));
        QFile theme(QStringLiteral(":/themes/default.qss"));
        QVERIFY(theme.open(QIODevice::ReadOnly));
        m_base = QString::fromUtf8(theme.readAll());
        m_standard = qApp->style()->standardPalette();
    }

    void cleanup()
    {
        qApp->setStyleSheet(QString());
        qApp->setPalette(m_standard);
    }

    void listEntriesFollowTheTheme()
    {
        applyTheme(false);
        ServicesSection services(context());
        show(&services);
        auto *list = services.findChild<TouchList *>(QStringLiteral("servicesList"));
        QVERIFY(list);
        const QColor defaultText(0x1b, 0x26, 0x31);
        QImage image = list->viewport()->grab().toImage();
        const int area = image.width() * image.height();
        QVERIFY(countOf(image, Qt::white) > area / 2);
        QVERIFY(countOf(image, defaultText) > 0);

        applyTheme(true);
        image = list->viewport()->grab().toImage();
        QVERIFY(countOf(image, Qt::black) > area / 2);
        QVERIFY(lightPixels(image) > 0);
        QCOMPARE(countOf(image, defaultText), 0);
        QCOMPARE(countOf(image, Qt::white) > area / 2, false);

        // A service's status is a word on its colour, the colour deepened until the word
        // reads at 7:1.
        const QString status = list->model()
                                   ->index(0, 0)
                                   .data(ContentListModel::DataRole)
                                   .toJsonObject()
                                   .value(QLatin1StringView("status"))
                                   .toString();
        const QColor colour = ItemPresenter::statusColor(status);
        const QColor ink = ColorContrast::textOn(colour);
        const QColor fill = ColorContrast::atLeast(colour, ink, ColorContrast::kEnhanced,
                                                   ink == QColor(Qt::white) ? QColor(Qt::black)
                                                                            : QColor(Qt::white));
        QVERIFY(ColorContrast::ratio(fill, ink) >= ColorContrast::kEnhanced);
        QVERIFY2(countOf(image, fill) > 50, qPrintable(fill.name()));
    }

    void richTextStaysReadableInBothThemes()
    {
        applyTheme(false);
        ServicesSection services(context());
        show(&services);
        const QList<ContentItem> items = m_demo->store().list(Collection::Services);
        // One of each status, so that every status colour is met.
        QStringList seen;
        for (const ContentItem &item : items) {
            const QString status = item.data.value(QLatin1StringView("status")).toString();
            if (seen.contains(status))
                continue;
            seen.append(status);
            QVERIFY(services.openItem(Collection::Services, item.id));
            auto *reader = services.findChild<SafeTextBrowser *>(QStringLiteral("servicesReader"));
            int coloured = 0;
            checkReadable(reader, coloured);
            QVERIFY(coloured > 0); // the status, the facts' labels
            applyTheme(true);
            coloured = 0;
            checkReadable(reader, coloured);
            QVERIFY(coloured > 0);
            applyTheme(false);
            checkReadable(reader, coloured);
            services.goBack();
        }
        QVERIFY(seen.size() >= 3);
    }

    void chartsFollowTheTheme()
    {
        applyTheme(false);
        ParticipateSection participate(context());
        show(&participate);
        QVERIFY(participate.openItem(Collection::Surveys,
                                     QStringLiteral("encuesta-verano-cultural-2026")));
        const auto chart = [&participate] {
            // The charts are drawn again: the new ones show, the old ones go, on the next turn.
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            const QList<QChartView *> views = participate.findChildren<QChartView *>();
            for (QChartView *view : views) {
                if (view->isVisible())
                    return view;
            }
            return static_cast<QChartView *>(nullptr);
        };
        const auto barColour = [](QChartView *view) {
            auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
            return series->barSets().first()->color();
        };
        QChartView *view = chart();
        QVERIFY(view);
        QCOMPARE(view->chart()->backgroundBrush().color(), QColor(Qt::white));
        QCOMPARE(barColour(view), QColor(0x0b, 0x7a, 0x75));
        const int pixels = view->chart()->axes().first()->labelsFont().pixelSize();
        QVERIFY(pixels > 0);

        applyTheme(true);
        view = chart();
        QVERIFY(view);
        QCOMPARE(view->chart()->backgroundBrush().color(), QColor(Qt::black));
        QCOMPARE(barColour(view), QColor(0xff, 0xd7, 0x00));
        QCOMPARE(view->chart()->axes().first()->labelsColor(), QColor(Qt::white));

        // Larger text reaches the chart's labels too.
        qApp->setStyleSheet(ThemeBuilder::build(m_base, true, true));
        view = chart();
        QVERIFY(view);
        QVERIFY2(
            view->chart()->axes().first()->labelsFont().pixelSize() > pixels,
            qPrintable(QString::number(view->chart()->axes().first()->labelsFont().pixelSize())));
    }
};

QTEST_MAIN(TestThemedViews)
#include "tst_themedviews.moc"
