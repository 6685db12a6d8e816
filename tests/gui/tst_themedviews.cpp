#include "colorcontrast.h"
#include "contentlistmodel.h"
#include "contentstore.h"
#include "democache.h"
#include "homesection.h"
#include "itempresenter.h"
#include "participatesection.h"
#include "safetextbrowser.h"
#include "servicessection.h"
#include "themebuilder.h"
#include "touchlist.h"

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QFile>
#include <QJsonObject>
#include <QScrollArea>
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

    // The words of an answer are drawn by WrappedChoice, not by the style: they must still take
    // the theme's colour (light on black in high contrast).
    void choiceWordsFollowTheTheme()
    {
        ParticipateSection participate(context());
        show(&participate);
        QVERIFY(participate.openItem(Collection::Surveys,
                                     QStringLiteral("encuesta-calidad-servicios-2026")));
        auto *answer =
            participate.findChild<QAbstractButton *>(QStringLiteral("question_q5_informacion"));
        QVERIFY(answer);
        // The share of light pixels where the words are, right of the mark.
        const auto lightShare = [answer] {
            const QImage image = answer->grab().toImage();
            int light = 0;
            int all = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 80; x < image.width(); ++x) {
                    ++all;
                    light += qGray(image.pixel(x, y)) > 160 ? 1 : 0;
                }
            }
            return all > 0 ? double(light) / all : 0.0;
        };
        applyTheme(false);
        QTRY_VERIFY(answer->isVisible());
        const double standard = lightShare();
        QVERIFY2(standard > 0.8, qPrintable(QString::number(standard))); // dark words on light
        applyTheme(true);
        const double contrast = lightShare();
        QVERIFY2(contrast > 0.01 && contrast < 0.3, qPrintable(QString::number(contrast)));
    }

    // Larger text on the narrower screen: the answers of a question go one under the other
    // rather than two to a row with their words cut off.
    void choicesKeepTheirWholeLabelsWithLargerText()
    {
        ParticipateSection participate(context());
        // The section's share of a 1280-pixel screen beside the navigation column.
        participate.resize(1060, 800);
        participate.show();
        QVERIFY(QTest::qWaitForWindowExposed(&participate));
        QVERIFY(participate.openItem(Collection::Surveys,
                                     QStringLiteral("encuesta-calidad-servicios-2026")));
        const auto choices = [&participate] {
            QList<QAbstractButton *> shown;
            for (QAbstractButton *button : participate.findChildren<QAbstractButton *>()) {
                if (button->isVisible() && button->property("bigChoice").toBool())
                    shown << button;
            }
            return shown;
        };
        // Every word shown: each answer as tall as its wrapped words need at its width, and
        // inside the question's width. A change of text size reaches the layouts by posted
        // events, one level at a time: the check waits for them.
        const auto allWhole = [&choices] {
            const auto shown = choices();
            return shown.size() >= 10 &&
                   std::all_of(shown.begin(), shown.end(), [](const QAbstractButton *button) {
                       return button->height() >= button->heightForWidth(button->width()) &&
                              button->geometry().right() <=
                                  button->parentWidget()->contentsRect().right();
                   });
        };
        const auto secondColumn = [&choices] {
            const auto shown = choices();
            return std::count_if(shown.begin(), shown.end(),
                                 [](const QAbstractButton *button) { return button->x() > 0; });
        };
        applyTheme(false);
        QTRY_VERIFY(allWhole());
        const auto twoToARow = secondColumn();
        QVERIFY2(twoToARow > 0, "short answers sit two to a row at the standard size");
        qApp->setStyleSheet(ThemeBuilder::build(m_base, false, true));
        QTRY_VERIFY(allWhole() && secondColumn() < twoToARow);

        // A label longer than the whole width wraps onto a second line.
        auto *longest =
            participate.findChild<QAbstractButton *>(QStringLiteral("question_q5_informacion"));
        QVERIFY(longest);
        longest->setText(longest->text() + QStringLiteral(" y sobre los documentos que hay que "
                                                          "presentar en cada oficina"));
        // The new words ask the layouts (posted, one level at a time) for a taller row.
        QTRY_VERIFY(longest->height() >= longest->heightForWidth(longest->width()));
        QVERIFY(longest->sizeHint().width() > longest->width());
        QVERIFY(longest->height() > longest->minimumHeight());
    }

    // Larger text on the narrower screen: the home screen's services and events go under the
    // news rather than off its right edge.
    void homeColumnsStackRatherThanOverflow()
    {
        HomeSection home(context());
        // The section's share of a 1280-pixel screen beside the navigation column in larger text.
        home.resize(900, 800);
        home.show();
        QVERIFY(QTest::qWaitForWindowExposed(&home));
        auto *scroll = home.findChild<QScrollArea *>();
        QVERIFY(scroll);
        const auto cards = [&home] {
            QList<QWidget *> shown;
            for (QWidget *card : home.findChildren<QWidget *>()) {
                if (card->isVisible() && card->objectName().startsWith(QLatin1String("home")) &&
                    card->objectName().contains(u'_'))
                    shown << card;
            }
            return shown;
        };
        const auto allInside = [&cards, scroll] {
            const auto shown = cards();
            return shown.size() >= 8 &&
                   std::all_of(shown.begin(), shown.end(), [scroll](const QWidget *card) {
                       const QPoint right =
                           card->mapTo(scroll->viewport(), QPoint(card->width() - 1, 0));
                       return right.x() < scroll->viewport()->width();
                   });
        };
        const auto sideBySide = [&home] {
            auto *news = home.findChild<QWidget *>(QStringLiteral("homeNewsTitle"));
            auto *services = home.findChild<QWidget *>(QStringLiteral("homeServicesTitle"));
            return services->x() > news->x() + news->width();
        };
        applyTheme(false);
        QTRY_VERIFY(allInside() && sideBySide());
        qApp->setStyleSheet(ThemeBuilder::build(m_base, false, true));
        QTRY_VERIFY(allInside());
        home.resize(600, 800); // too narrow for two columns of larger text
        QTRY_VERIFY(allInside() && !sideBySide());
        applyTheme(false);
        home.resize(900, 800);
        QTRY_VERIFY(allInside() && sideBySide());
    }
};

QTEST_MAIN(TestThemedViews)
#include "tst_themedviews.moc"
