#include "itempresenter.h"

#include "htmltext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace {

QString field(const ContentItem &item, const char *key)
{
    return item.data.value(QLatin1StringView(key)).toString();
}

QString escaped(const QString &text)
{
    return HtmlText::escaped(text);
}

QString factRow(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(escaped(label), escaped(value));
}

QString facts(const QStringList &rows)
{
    const QString joined = rows.join(QString());
    return joined.isEmpty() ? QString()
                            : QStringLiteral("<table class=\"facts\" cellspacing=\"0\" "
                                             "cellpadding=\"6\">%1</table>")
                                  .arg(joined);
}

QString waitingText(const ContentItem &item)
{
    const QJsonValue waiting = item.data.value(QLatin1StringView("waiting_minutes"));
    if (!waiting.isDouble())
        return {};
    return ItemPresenter::tr("about %n minutes", nullptr, waiting.toInt());
}

} // namespace

QString ItemPresenter::serviceStatusText(const QString &status)
{
    if (status == QLatin1String("available"))
        return tr("Available");
    if (status == QLatin1String("limited"))
        return tr("Limited service");
    if (status == QLatin1String("unavailable"))
        return tr("Not available now");
    return tr("Status unknown");
}

QColor ItemPresenter::statusColor(const QString &status)
{
    // Colour is never the only signal: the status is always written out too.
    if (status == QLatin1String("available"))
        return QColor(0x1e, 0x84, 0x49);
    if (status == QLatin1String("limited"))
        return QColor(0xb9, 0x77, 0x0e);
    if (status == QLatin1String("unavailable"))
        return QColor(0xc0, 0x39, 0x2b);
    return QColor(0x7f, 0x8c, 0x8d);
}

QString ItemPresenter::categoryText(const QString &category)
{
    static const QList<std::pair<const char *, const char *>> names{
        {"medio-ambiente", QT_TR_NOOP("Environment")},
        {"proyectos-locales", QT_TR_NOOP("Local projects")},
        {"innovacion", QT_TR_NOOP("Innovation")},
        {"cultura", QT_TR_NOOP("Culture")},
        {"deportes", QT_TR_NOOP("Sports")},
        {"salud", QT_TR_NOOP("Health")},
        {"gobierno", QT_TR_NOOP("Government")},
        {"comunidad", QT_TR_NOOP("Community")},
        {"educacion", QT_TR_NOOP("Education")},
        {"organizaciones", QT_TR_NOOP("Mass organisations")},
    };
    for (const auto &[key, name] : names) {
        if (category == QLatin1String(key))
            return tr(name);
    }
    return category;
}

QString ItemPresenter::legalTypeText(const QString &type)
{
    static const QList<std::pair<const char *, const char *>> names{
        {"ley", QT_TR_NOOP("Law")},
        {"decreto-ley", QT_TR_NOOP("Decree-law")},
        {"decreto", QT_TR_NOOP("Decree")},
        {"resolucion", QT_TR_NOOP("Resolution")},
        {"acuerdo", QT_TR_NOOP("Agreement")},
        {"codigo", QT_TR_NOOP("Code")},
        {"reglamento", QT_TR_NOOP("Regulation")},
        {"gaceta", QT_TR_NOOP("Official gazette")},
    };
    for (const auto &[key, name] : names) {
        if (type == QLatin1String(key))
            return tr(name);
    }
    return type;
}

QString ItemPresenter::dateText(const QString &isoDateTime, bool withTime)
{
    const QDateTime when = QDateTime::fromString(isoDateTime, Qt::ISODate);
    if (!when.isValid())
        return {};
    // Show the time as the municipality wrote it (its own offset), not the kiosk's zone.
    const QLocale locale;
    const QString date = locale.toString(when.date(), QLocale::LongFormat);
    if (!withTime)
        return date;
    return tr("%1, %2").arg(date, locale.toString(when.time(), QLocale::ShortFormat));
}

QString ItemPresenter::subtitle(const ContentItem &item)
{
    switch (item.collection) {
    case Collection::News:
        return tr("%1 · %2").arg(dateText(field(item, "published_at"), false),
                                 categoryText(item.category));
    case Collection::Services: {
        QString line = serviceStatusText(field(item, "status"));
        const QString waiting = waitingText(item);
        if (!waiting.isEmpty())
            line = tr("%1 · waiting %2").arg(line, waiting);
        return tr("%1 · %2").arg(line, field(item, "office"));
    }
    case Collection::Events:
        return tr("%1 · %2").arg(dateText(field(item, "starts_at"), true), field(item, "place"));
    case Collection::Legal: {
        // Numbers are usually written whole ("Acuerdo No. 318/2026"); name the type only
        // when the number alone does not ("No. 15 de 2026").
        const QString number = field(item, "number");
        const QString kind =
            number.isEmpty() || !number.at(0).isLetter() || number.startsWith(QLatin1String("No"))
                ? tr("%1 %2").arg(legalTypeText(item.category), number).trimmed()
                : number;
        return tr("%1 · %2").arg(kind, dateText(field(item, "published_at"), false));
    }
    default:
        return categoryText(item.category);
    }
}

QString ItemPresenter::paragraphs(const QString &plainText)
{
    QString html;
    const QStringList parts = plainText.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        QString paragraph = escaped(part.trimmed());
        paragraph.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("<p>%1</p>").arg(paragraph);
    }
    return html;
}

QString ItemPresenter::detailHtml(const ContentItem &item)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(item.title));
    switch (item.collection) {
    case Collection::News:
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(escaped(subtitle(item)));
        if (!field(item, "summary").isEmpty())
            html += QStringLiteral("<p class=\"lead\"><b>%1</b></p>")
                        .arg(escaped(field(item, "summary")));
        html += paragraphs(field(item, "body"));
        if (!field(item, "author").isEmpty())
            html += QStringLiteral("<p class=\"meta\">%1</p>").arg(escaped(field(item, "author")));
        break;
    case Collection::Services: {
        QStringList requirements;
        const QJsonArray list = item.data.value(QLatin1StringView("requirements")).toArray();
        for (const QJsonValue &value : list)
            requirements << QStringLiteral("• ") + value.toString();
        const QString status = serviceStatusText(field(item, "status"));
        html += QStringLiteral("<p><b><font color=\"%1\">● %2</font></b></p>")
                    .arg(statusColor(field(item, "status")).name(), escaped(status));
        if (!field(item, "status_note").isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(escaped(field(item, "status_note")));
        html += paragraphs(field(item, "description"));
        html += facts({factRow(tr("Office"), field(item, "office")),
                       factRow(tr("Hours"), field(item, "hours")),
                       factRow(tr("Waiting time"), waitingText(item)),
                       factRow(tr("Fee"), field(item, "fee")),
                       factRow(tr("Requirements"), requirements.join(QLatin1Char('\n')))});
        html.replace(QStringLiteral("\n"), QStringLiteral("<br>"));
        break;
    }
    case Collection::Events: {
        const bool call = field(item, "kind") == QLatin1String("call");
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(escaped(call ? tr("Call · %1").arg(categoryText(item.category))
                                      : categoryText(item.category)));
        html += facts({factRow(tr("When"), dateText(field(item, "starts_at"), true)),
                       factRow(tr("Until"), dateText(field(item, "ends_at"), true)),
                       factRow(tr("Apply by"), dateText(field(item, "deadline"), true)),
                       factRow(tr("Where"), field(item, "place")),
                       factRow(tr("Organised by"), field(item, "organiser"))});
        html += paragraphs(field(item, "description"));
        break;
    }
    case Collection::Legal:
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(escaped(subtitle(item)));
        html += facts({factRow(tr("Issued by"), field(item, "issuer")),
                       factRow(tr("Published in"), field(item, "gazette"))});
        if (!field(item, "summary").isEmpty())
            html += QStringLiteral("<p class=\"lead\"><i>%1</i></p>")
                        .arg(escaped(field(item, "summary")));
        html += paragraphs(field(item, "text"));
        break;
    default:
        html += paragraphs(field(item, "body"));
        html += paragraphs(field(item, "description"));
        break;
    }
    return html;
}
