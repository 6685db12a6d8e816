#include "surveyresultsview.h"

#include "colorcontrast.h"
#include "contentstore.h"
#include "formfieldpage.h"
#include "htmltext.h"
#include "itempresenter.h"
#include "plainlabel.h"
#include "themebuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

constexpr int kLabelPercent = 90; // of the theme's text size: 20 pixels by default
constexpr int kWrapAt = 28;
const QColor kBarColour(0x0b, 0x7a, 0x75); // the default theme's accent

// Qt Charts draws axis labels as rich text: server text is escaped here, and long option
// texts are broken into lines rather than cut off with an ellipsis.
QString axisLabel(const QString &plain)
{
    QStringList lines;
    QString line;
    const QStringList words = plain.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > kWrapAt) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    for (QString &each : lines)
        each = HtmlText::escaped(each);
    return lines.join(QStringLiteral("<br>"));
}

// A chart is drawn by Qt Charts, not by the style sheet: it takes its text size and colours
// from the view's palette and font, so larger text and high contrast reach it too.
struct ChartLook
{
    QFont font;
    QColor text;
    QColor background;
    QColor bar;
    QColor grid;

    QFont labelFont(bool bold = false) const
    {
        QFont each = font;
        each.setBold(bold);
        return each;
    }
};

// One bar per option (or scale value), in the survey's order, with its count written at the
// end of the bar: people read the number, the bar only helps compare.
QChartView *barChart(const QString &objectName, const QStringList &labels, const QList<int> &counts,
                     bool horizontal, const ChartLook &look, QWidget *parent)
{
    auto *set = new QBarSet(QString());
    int largest = 0;
    for (const int count : counts) {
        set->append(count);
        largest = qMax(largest, count);
    }
    set->setColor(look.bar);
    set->setBorderColor(look.bar);
    set->setLabelColor(look.text);
    set->setLabelFont(look.labelFont(true));

    QAbstractBarSeries *series = nullptr;
    if (horizontal)
        series = new QHorizontalBarSeries;
    else
        series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(9);

    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(look.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(8, 8, 24, 8));

    auto *categories = new QBarCategoryAxis;
    for (const QString &label : labels)
        categories->append(axisLabel(label));
    categories->setLabelsFont(look.labelFont());
    categories->setLabelsColor(look.text);
    categories->setLinePenColor(look.grid);
    categories->setTruncateLabels(false);
    categories->setGridLineVisible(false);
    auto *values = new QValueAxis;
    // Room beyond the longest bar for its number.
    values->setRange(0, largest < 4 ? 5 : largest * 1.2);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setLabelsFont(look.labelFont());
    values->setLabelsColor(look.text);
    values->setLinePenColor(look.grid);
    values->setGridLineColor(look.grid);
    values->setTickCount(6);
    values->applyNiceNumbers();
    if (horizontal) {
        categories->setReverse(true); // the first option at the top, as the question listed it
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
    } else {
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
    }
    series->attachAxis(categories);
    series->attachAxis(values);

    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setInteractive(false);
    view->setFocusPolicy(Qt::NoFocus);
    // Let a finger drag on the chart scroll the page, as everywhere else.
    view->setAttribute(Qt::WA_TransparentForMouseEvents);
    int lines = 0;
    for (const QString &label : labels)
        lines += int(axisLabel(label).count(QStringLiteral("<br>"))) + 1;
    const int lineHeight = QFontMetrics(look.font).lineSpacing() * 5 / 4;
    view->setMinimumHeight(horizontal ? qMax(240, lines * lineHeight + int(counts.size()) * 16 + 90)
                                      : qMax(360, lineHeight * 12));
    view->setBackgroundBrush(look.background);
    view->setMinimumWidth(480);
    return view;
}

ChartLook lookOf(const QWidget *view)
{
    ChartLook look;
    look.font = view->font();
    if (look.font.pixelSize() > 0)
        look.font.setPixelSize(qMax(1, look.font.pixelSize() * kLabelPercent / 100));
    else
        look.font.setPointSizeF(look.font.pointSizeF() * kLabelPercent / 100.0);
    look.text = view->palette().color(QPalette::WindowText);
    // The page's own text colour decides: dark text on white, or light text on black.
    look.background = ColorContrast::textOn(look.text);
    const bool dark = ColorContrast::luminance(look.background) < 0.5;
    look.bar = dark ? ThemeBuilder::highContrastColor(kBarColour) : kBarColour;
    look.grid = ColorContrast::mix(look.text, look.background, 0.6);
    return look;
}

QString numberText(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

SurveyResultsView::SurveyResultsView(const ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_page(new FormFieldPage(this))
{
    setObjectName(QStringLiteral("surveyResults"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
}

bool SurveyResultsView::load(const QString &surveyId)
{
    const auto survey =
        m_context.store ? m_context.store->item(Collection::Surveys, surveyId) : std::nullopt;
    if (!survey ||
        survey->data.value(QLatin1StringView("status")).toString() != QLatin1String("closed") ||
        !survey->data.value(QLatin1StringView("results")).isObject())
        return false;
    m_surveyId = surveyId;
    build(*survey);
    m_page->scrollToTop();
    return true;
}

void SurveyResultsView::clear()
{
    m_surveyId.clear();
    if (m_content) {
        m_content->hide();
        m_content->deleteLater();
        m_content = nullptr;
    }
    m_page->scrollToTop();
}

void SurveyResultsView::refresh()
{
    if (m_surveyId.isEmpty())
        return;
    const auto survey =
        m_context.store ? m_context.store->item(Collection::Surveys, m_surveyId) : std::nullopt;
    if (!survey || !survey->data.value(QLatin1StringView("results")).isObject())
        return; // withdrawn: what is on screen stays until the person leaves
    const int position = m_page->verticalScrollBar()->value();
    build(*survey);
    m_page->verticalScrollBar()->setValue(position);
}

void SurveyResultsView::build(const ContentItem &survey)
{
    ensurePolished(); // the theme's font and colours, which the charts take
    if (m_content) {
        m_content->hide();
        m_content->deleteLater();
    }
    m_content = new QWidget(m_page->content());
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);

    const QJsonObject results = survey.data.value(QLatin1StringView("results")).toObject();
    const int responses = results.value(QLatin1StringView("responses")).toInt();
    auto *title = new PlainLabel(QStringLiteral("resultsTitle"), survey.title, m_content);
    title->setProperty("heading", true);
    layout->addWidget(title);
    const QString closed = ItemPresenter::dateText(
        survey.data.value(QLatin1StringView("closed_at")).toString(), false);
    QString summary = tr("Answers received: %1.").arg(QLocale().toString(responses));
    if (!closed.isEmpty())
        summary = tr("Survey closed on %1. Answers received: %2.")
                      .arg(closed, QLocale().toString(responses));
    layout->addWidget(new PlainLabel(QStringLiteral("resultsSummary"), summary, m_content));
    const QString description = survey.data.value(QLatin1StringView("description")).toString();
    if (!description.isEmpty())
        layout->addWidget(
            new PlainLabel(QStringLiteral("resultsDescription"), description, m_content));

    const QJsonObject byQuestion = results.value(QLatin1StringView("questions")).toObject();
    const QJsonArray questions = survey.data.value(QLatin1StringView("questions")).toArray();
    QStringList seen;
    for (const QJsonValue &value : questions) {
        const QJsonObject question = value.toObject();
        const QString id = question.value(QLatin1StringView("id")).toString();
        if (id.isEmpty() || seen.contains(id) || !byQuestion.value(id).isObject())
            continue;
        seen.append(id);
        layout->addWidget(questionBlock(question, byQuestion.value(id).toObject()));
    }
    m_page->addWidget(m_content);
}

QWidget *SurveyResultsView::questionBlock(const QJsonObject &question, const QJsonObject &result)
{
    const QString id = question.value(QLatin1StringView("id")).toString();
    const QString type = question.value(QLatin1StringView("type")).toString();
    const int answered = result.value(QLatin1StringView("answered")).toInt();
    const QJsonObject counts = result.value(QLatin1StringView("counts")).toObject();

    auto *block = new QWidget(m_content);
    block->setObjectName(QStringLiteral("resultsQuestion_") + id);
    block->setProperty("resultsBlock", true);
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new PlainLabel(QStringLiteral("resultsCaption_") + id,
                                   question.value(QLatin1StringView("text")).toString(), block);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    layout->addWidget(caption);

    if (type == QLatin1String("text")) {
        // Only how many wrote something: their words stay with the municipality.
        layout->addWidget(new PlainLabel(QStringLiteral("resultsText_") + id,
                                         tr("People who answered in their own words: %1. The "
                                            "municipality reads every answer; they are not shown "
                                            "here.")
                                             .arg(QLocale().toString(answered)),
                                         block));
        return block;
    }

    QStringList labels;
    QList<int> values;
    if (type == QLatin1String("scale")) {
        const int min = question.value(QLatin1StringView("min")).toInt(1);
        const int max = question.value(QLatin1StringView("max")).toInt(5);
        for (int value = min; value <= max && value - min < 101; ++value) {
            labels.append(QLocale().toString(value));
            values.append(counts.value(QString::number(value)).toInt());
        }
    } else {
        const QJsonArray options = question.value(QLatin1StringView("options")).toArray();
        for (const QJsonValue &value : options) {
            const QJsonObject option = value.toObject();
            const QString key = option.value(QLatin1StringView("id")).toString();
            if (key.isEmpty())
                continue;
            labels.append(option.value(QLatin1StringView("text")).toString());
            values.append(counts.value(key).toInt());
        }
    }
    layout->addWidget(barChart(QStringLiteral("resultsChart_") + id, labels, values,
                               type != QLatin1String("scale"), lookOf(this), block));

    QString words = tr("People who answered this question: %1.").arg(QLocale().toString(answered));
    if (type == QLatin1String("multiple"))
        words += QLatin1Char(' ') + tr("Each person could choose more than one answer.");
    if (type == QLatin1String("scale")) {
        const QJsonValue mean = result.value(QLatin1StringView("mean"));
        const int max = question.value(QLatin1StringView("max")).toInt(5);
        const int min = question.value(QLatin1StringView("min")).toInt(1);
        words += QLatin1Char(' ') +
                 (mean.isDouble() ? tr("On average: %1, on a scale from %2 to %3.")
                                        .arg(numberText(mean.toDouble()), QLocale().toString(min),
                                             QLocale().toString(max))
                                  : tr("Nobody answered this question."));
        auto *meanLabel = new PlainLabel(QStringLiteral("resultsMean_") + id, words, block);
        layout->addWidget(meanLabel);
        return block;
    }
    layout->addWidget(new PlainLabel(QStringLiteral("resultsAnswered_") + id, words, block));
    return block;
}

void SurveyResultsView::changeEvent(QEvent *event)
{
    // A new theme (larger text, high contrast) reaches the charts only by drawing them again.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::FontChange)
        refresh();
    QWidget::changeEvent(event);
}
