#include "admincommand.h"

#include "auditlog.h"
#include "blobdirectory.h"
#include "calendarimporter.h"
#include "fleetregistry.h"
#include "forummoderation.h"
#include "itemvalidator.h"
#include "jsonmergepatch.h"
#include "newsfeedimporter.h"
#include "serversettings.h"
#include "sqltransaction.h"
#include "submissionstore.h"
#include "surveyresults.h"
#include "terminaltext.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimeZone>

namespace {

constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024;

// Kiosks show times in the municipality's zone; the server runs in it.
QString localNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
}

// The text of a PDF for search, by poppler's pdftotext where it is installed.
std::optional<QString> pdfText(const QString &pdf, QString *why)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        *why = QStringLiteral("pdftotext (Debian package poppler-utils) is not installed");
        return std::nullopt;
    }
    QProcess process;
    process.start(tool,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *why = QStringLiteral("pdftotext could not read %1: %2")
                   .arg(pdf, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    // Form feeds separate pages; paragraphs are what the kiosk shows.
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QLatin1Char('\f'), QStringLiteral("\n\n"));
    return text.trimmed();
}

} // namespace

AdminCommand::AdminCommand(ServerStore &store, const ServerSettings &settings, QString editor,
                           QTextStream &out, QTextStream &err)
    : m_store(store)
    , m_settings(settings)
    , m_editor(std::move(editor))
    , m_out(out)
    , m_err(err)
{}

QString AdminCommand::usage()
{
    return QStringLiteral(
        "Admin commands (as an editor: --editor NAME or MUNICIPAL_EDITOR, password from\n"
        "MUNICIPAL_EDITOR_PASSWORD or asked for):\n"
        "  admin add COLLECTION FILE.json       publish new items (an object or an array)\n"
        "  admin update COLLECTION FILE.json    change published items: each object has the\n"
        "                                       id and only the fields that change (null\n"
        "                                       removes a field)\n"
        "  admin withdraw COLLECTION ID         take an item off the kiosks\n"
        "  admin status SERVICE available|limited|unavailable [--wait MIN|none] [--note TEXT]\n"
        "                                       a service's live status, as kiosks show it\n"
        "  admin legal FILE.json [--pdf FILE.pdf] [--text FILE.txt]\n"
        "                                       publish a legal text or gazette with its PDF\n"
        "  admin import-news FEED.xml [--category C]   news from an RSS 2.0 or Atom file\n"
        "  admin import-events FILE.ics [--category C] events from an iCalendar file\n"
        "  admin submission REFERENCE STATUS [--note TEXT]\n"
        "                                       a submission's public status\n"
        "  admin forum pending | approve REF | reject REF --note WHY | withdraw REF --note WHY\n"
        "  admin survey close ID                close a survey and publish its results\n"
        "  admin fleet [--silent-minutes N] [--json]   the kiosks and their health\n"
        "  admin audit [--limit N]              who changed what, newest first");
}

int AdminCommand::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return 1;
}

int AdminCommand::run(const QStringList &words, const Options &options)
{
    const QString action = words.value(0);
    const qsizetype count = words.size();
    if ((action == QLatin1String("add") || action == QLatin1String("update")) && count == 3)
        return add(words.at(1), words.at(2), action == QLatin1String("update"));
    if (action == QLatin1String("withdraw") && count == 3)
        return withdraw(words.at(1), words.at(2));
    if (action == QLatin1String("status") && count == 3)
        return serviceStatus(words.at(1), words.at(2), options);
    if (action == QLatin1String("legal") && count == 2)
        return legal(words.at(1), options);
    if (action == QLatin1String("submission") && count == 3)
        return submissionStatus(words.at(1), words.at(2), options);
    if (action == QLatin1String("import-news") && count == 2)
        return importNews(words.at(1), options);
    if (action == QLatin1String("import-events") && count == 2)
        return importEvents(words.at(1), options);
    if (action == QLatin1String("forum") && count >= 2)
        return forum(words.mid(1), options);
    if (action == QLatin1String("survey") && count == 3)
        return survey(words.mid(1));
    if (action == QLatin1String("fleet") && count == 1)
        return fleet(options);
    if (action == QLatin1String("audit") && count == 1)
        return audit(options);
    m_err << usage() << Qt::endl;
    return 2;
}

std::optional<Collection> AdminCommand::collection(const QString &name)
{
    const auto known = collectionFromName(name);
    // Statuses belong to submissions and forum posts to moderation: they have their own
    // commands, which keep the records behind them consistent.
    if (!known || *known == Collection::Statuses || *known == Collection::ForumPosts) {
        QStringList names;
        for (const Collection c : allCollections()) {
            if (c != Collection::Statuses && c != Collection::ForumPosts)
                names << collectionName(c);
        }
        fail(QStringLiteral("'%1' is not a collection editors publish to; use one of: %2")
                 .arg(name, names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return known;
}

std::optional<QByteArray> AdminCommand::readFile(const QString &file, qint64 maxBytes)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read %1: %2").arg(file, in.errorString()));
        return std::nullopt;
    }
    if (in.size() > maxBytes) {
        fail(QStringLiteral("%1 is larger than %2 MiB").arg(file).arg(maxBytes / 1024 / 1024));
        return std::nullopt;
    }
    return in.readAll();
}

std::optional<QList<QJsonObject>> AdminCommand::readObjects(const QString &file)
{
    const auto bytes = readFile(file, kMaxInputBytes);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QStringLiteral("%1 is not valid JSON: %2 at byte %3")
                 .arg(file, parseError.errorString())
                 .arg(parseError.offset));
        return std::nullopt;
    }
    QList<QJsonObject> objects;
    if (document.isObject()) {
        objects.append(document.object());
    } else {
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array) {
            if (!value.isObject()) {
                fail(QStringLiteral("%1: every entry of the array must be an object").arg(file));
                return std::nullopt;
            }
            objects.append(value.toObject());
        }
    }
    for (const QJsonObject &object : std::as_const(objects)) {
        if (!ItemValidator::isValidId(object.value(QLatin1StringView("id")).toString())) {
            fail(QStringLiteral("%1: every item needs an \"id\" of 1-200 letters, digits, '.', "
                                "'_' or '-'")
                     .arg(file));
            return std::nullopt;
        }
    }
    if (objects.isEmpty()) {
        fail(QStringLiteral("%1 holds no items").arg(file));
        return std::nullopt;
    }
    return objects;
}

int AdminCommand::publishAudited(const QList<ServerStore::Publication> &items,
                                 const QList<Withdrawal> &withdrawals, const QString &action,
                                 const QString &target, const QString &detail)
{
    SqlTransaction transaction(m_store.database().connection());
    if (!transaction.isActive())
        return fail(QStringLiteral("the server's store is busy or unwritable: %1")
                        .arg(transaction.lastError()));
    QString error;
    for (const ServerStore::Publication &item : items) {
        if (!m_store.publishInTransaction(item, &error))
            return fail(QStringLiteral("nothing was published: %1").arg(error));
    }
    for (const Withdrawal &withdrawal : withdrawals) {
        if (!m_store.withdrawInTransaction(withdrawal.collection, withdrawal.id, &error))
            return fail(QStringLiteral("nothing was withdrawn: %1").arg(error));
    }
    if (!AuditLog(m_store.database()).record(m_editor, action, target, detail, &error))
        return fail(
            QStringLiteral("nothing was changed: the audit log cannot be written: %1").arg(error));
    if (!transaction.commit())
        return fail(QStringLiteral("nothing was changed: %1").arg(transaction.lastError()));
    return 0;
}

int AdminCommand::add(const QString &collectionName, const QString &file, bool mustExist)
{
    const auto target = collection(collectionName);
    if (!target)
        return 1;
    const auto objects = readObjects(file);
    if (!objects)
        return 1;
    QList<ServerStore::Publication> items;
    QStringList ids;
    for (QJsonObject object : *objects) {
        const QString id = object.take(QLatin1StringView("id")).toString();
        const auto existing = m_store.item(*target, id);
        if (mustExist && !existing)
            return fail(
                QStringLiteral("%1 '%2' is not published; use add").arg(collectionName, id));
        if (!mustExist && existing)
            return fail(QStringLiteral("%1 '%2' is already published; use update to change it")
                            .arg(collectionName, id));
        items.append({*target, id, mustExist ? JsonMergePatch::apply(*existing, object) : object});
        ids << id;
    }
    const QString action = mustExist ? QStringLiteral("update") : QStringLiteral("add");
    if (const int code = publishAudited(items, {}, action, collectionName, ids.join(u' ')))
        return code;
    m_out << (mustExist ? "Updated " : "Published ") << items.size() << ' ' << collectionName
          << (items.size() == 1 ? QStringLiteral(" item: ") : QStringLiteral(" items: "))
          << ids.join(QStringLiteral(", ")) << Qt::endl;
    return 0;
}

int AdminCommand::withdraw(const QString &collectionName, const QString &id)
{
    const auto target = collection(collectionName);
    if (!target)
        return 1;
    if (const int code =
            publishAudited({}, {{*target, id}}, QStringLiteral("withdraw"), collectionName, id))
        return code;
    m_out << "Withdrew " << collectionName << ' ' << id << Qt::endl;
    return 0;
}

int AdminCommand::serviceStatus(const QString &id, const QString &status, const Options &options)
{
    auto service = m_store.item(Collection::Services, id);
    if (!service)
        return fail(QStringLiteral("there is no published service '%1'").arg(id));
    static const QStringList statuses{QStringLiteral("available"), QStringLiteral("limited"),
                                      QStringLiteral("unavailable")};
    if (!statuses.contains(status))
        return fail(QStringLiteral("the status must be available, limited or unavailable"));
    service->insert(QStringLiteral("status"), status);
    if (options.wait) {
        const QString wait = options.wait->trimmed();
        bool ok = false;
        const int minutes = wait.toInt(&ok);
        if (wait == QLatin1String("none") || wait == QLatin1String("-"))
            service->insert(QStringLiteral("waiting_minutes"), QJsonValue::Null);
        else if (ok && minutes >= 0 && minutes <= 24 * 60)
            service->insert(QStringLiteral("waiting_minutes"), minutes);
        else
            return fail(QStringLiteral("--wait is the waiting time in minutes (0 to 1440), or "
                                       "none"));
    } else if (status == QLatin1String("unavailable")) {
        service->insert(QStringLiteral("waiting_minutes"), QJsonValue::Null);
    }
    // A note belongs to the status it was written for: a new status without one clears it.
    service->insert(QStringLiteral("status_note"), options.note.value_or(QString()));
    service->insert(QStringLiteral("updated_at"), localNow());
    const QJsonValue minutes = service->value(QLatin1StringView("waiting_minutes"));
    const QString detail =
        status +
        (minutes.isDouble() ? QStringLiteral(", wait %1 min").arg(minutes.toInt()) : QString());
    if (const int code = publishAudited({{Collection::Services, id, *service}}, {},
                                        QStringLiteral("service-status"), id, detail))
        return code;
    m_out << id << ": " << detail << Qt::endl;
    return 0;
}

int AdminCommand::legal(const QString &file, const Options &options)
{
    const auto objects = readObjects(file);
    if (!objects)
        return 1;
    if (objects->size() != 1)
        return fail(QStringLiteral("%1 must hold one legal text (one object)").arg(file));
    QJsonObject data = objects->first();
    const QString id = data.take(QLatin1StringView("id")).toString();
    if (!options.pdf.isEmpty()) {
        QString error;
        const auto sha256 = BlobDirectory(m_settings.blobs()).add(options.pdf, &error);
        if (!sha256)
            return fail(error);
        data.insert(QStringLiteral("pdf"), *sha256);
    }
    if (!options.text.isEmpty()) {
        const auto text = readFile(options.text, kMaxInputBytes);
        if (!text)
            return 1;
        data.insert(QStringLiteral("text"), QString::fromUtf8(*text).trimmed());
    } else if (!options.pdf.isEmpty() && !data.contains(QLatin1StringView("text"))) {
        QString why;
        const auto text = pdfText(options.pdf, &why);
        if (!text || text->isEmpty())
            return fail(QStringLiteral("the text for search could not be taken from the PDF (%1); "
                                       "give it with --text FILE.txt")
                            .arg(text ? QStringLiteral("it has no text layer") : why));
        data.insert(QStringLiteral("text"), *text);
    }
    if (const int code =
            publishAudited({{Collection::Legal, id, data}}, {}, QStringLiteral("legal"), id,
                           data.value(QLatin1StringView("pdf")).toString()))
        return code;
    m_out << "Published legal " << id
          << (data.contains(QLatin1StringView("pdf"))
                  ? QStringLiteral(" with PDF %1")
                        .arg(data.value(QLatin1StringView("pdf")).toString())
                  : QString())
          << Qt::endl;
    return 0;
}

int AdminCommand::submissionStatus(const QString &reference, const QString &status,
                                   const Options &options)
{
    QString error;
    const QString note = options.note.value_or(QStringLiteral(""));
    SqlTransaction transaction(m_store.database().connection());
    if (!transaction.isActive())
        return fail(QStringLiteral("the server's store is busy or unwritable: %1")
                        .arg(transaction.lastError()));
    if (!SubmissionStore(m_store).setStatusInTransaction(reference, status, note, &error))
        return fail(error);
    if (!AuditLog(m_store.database())
             .record(m_editor, QStringLiteral("submission-status"), reference, status, &error))
        return fail(
            QStringLiteral("nothing was changed: the audit log cannot be written: %1").arg(error));
    if (!transaction.commit())
        return fail(QStringLiteral("nothing was changed: %1").arg(transaction.lastError()));
    m_out << reference << " is now " << status << Qt::endl;
    return 0;
}

int AdminCommand::publishImported(const QList<QJsonObject> &imported, Collection target,
                                  const QStringList &cancelledIds, const QString &action,
                                  const QString &file)
{
    QList<ServerStore::Publication> items;
    int unchanged = 0;
    for (QJsonObject object : imported) {
        const QString id = object.take(QLatin1StringView("id")).toString();
        // Importing the same feed again must not send every kiosk the same items again.
        if (m_store.item(target, id) == object)
            ++unchanged;
        else
            items.append({target, id, object});
    }
    QList<Withdrawal> withdrawals;
    for (const QString &id : cancelledIds) {
        if (m_store.item(target, id))
            withdrawals.append({target, id});
    }
    if (items.isEmpty() && withdrawals.isEmpty()) {
        m_out << "Nothing new in " << file << " (" << unchanged << " items unchanged)" << Qt::endl;
        return 0;
    }
    if (const int code = publishAudited(
            items, withdrawals, action, file,
            QStringLiteral("%1 published, %2 withdrawn").arg(items.size()).arg(withdrawals.size())))
        return code;
    m_out << "Published " << items.size() << " new or changed items to " << collectionName(target);
    if (!withdrawals.isEmpty())
        m_out << " and withdrew " << withdrawals.size() << " cancelled ones";
    m_out << " from " << file << " (" << unchanged << " unchanged)" << Qt::endl;
    return 0;
}

int AdminCommand::importNews(const QString &file, const Options &options)
{
    NewsFeedImporter::Options importOptions;
    if (!options.category.isEmpty())
        importOptions.defaultCategory = options.category;
    // The server runs in the municipality's time zone; feed dates are shown as written there.
    importOptions.localZone = QTimeZone::systemTimeZone();
    const auto data = readFile(file, importOptions.maxBytes);
    if (!data)
        return 1;
    const NewsFeedImporter::Result result = NewsFeedImporter(importOptions).parse(*data);
    if (!result.ok())
        return fail(QStringLiteral("%1: %2").arg(file, result.error));
    for (const QString &warning : result.warnings)
        m_err << "warning: " << warning << Qt::endl;
    return publishImported(result.items, Collection::News, {}, QStringLiteral("import-news"), file);
}

int AdminCommand::importEvents(const QString &file, const Options &options)
{
    CalendarImporter::Options importOptions;
    if (!options.category.isEmpty())
        importOptions.defaultCategory = options.category;
    importOptions.localZone = QTimeZone::systemTimeZone();
    const auto data = readFile(file, importOptions.maxBytes);
    if (!data)
        return 1;
    const CalendarImporter::Result result = CalendarImporter(importOptions).parse(*data);
    if (!result.ok())
        return fail(QStringLiteral("%1: %2").arg(file, result.error));
    for (const QString &warning : result.warnings)
        m_err << "warning: " << warning << Qt::endl;
    return publishImported(result.items, Collection::Events, result.cancelledIds,
                           QStringLiteral("import-events"), file);
}

int AdminCommand::fleet(const Options &options)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::chrono::seconds silentAfter = std::chrono::minutes(options.silentMinutes);
    QString error;
    const auto kiosks =
        FleetRegistry(m_store.database()).list(now, silentAfter, m_store.latestSeq(), &error);
    if (!error.isEmpty())
        return fail(QStringLiteral("the fleet cannot be read: %1").arg(error));
    if (options.json)
        m_out << FleetRegistry::toJson(kiosks, now, silentAfter) << Qt::endl;
    else
        m_out << FleetRegistry::toText(kiosks, now, silentAfter) << Qt::flush;
    return 0;
}

AdminCommand::AuditHook AdminCommand::auditHook(const QString &action, const QString &target,
                                                const QString &detail)
{
    // Called inside the change's own transaction: no change without its author.
    return [this, action, target, detail](QString *error) {
        QString why;
        if (AuditLog(m_store.database()).record(m_editor, action, target, detail, &why))
            return true;
        if (error)
            *error =
                QStringLiteral("nothing was changed: the audit log cannot be written: %1").arg(why);
        return false;
    };
}

int AdminCommand::forum(const QStringList &words, const Options &options)
{
    ForumModeration moderation(m_store);
    const QString action = words.value(0);
    QString error;
    if (action == QLatin1String("pending") && words.size() == 1) {
        const auto posts = moderation.pending(&error);
        if (!posts)
            return fail(error);
        for (const ForumModeration::PendingPost &post : *posts) {
            m_out << post.reference << '\t' << post.receivedAt << '\t'
                  << TerminalText::printable(post.topicTitle) << " (" << post.topicId << ")\t"
                  << (post.author.isEmpty() ? QStringLiteral("(anonymous)")
                                            : TerminalText::printable(post.author))
                  << Qt::endl;
            const QStringList lines = post.body.split(QLatin1Char('\n'));
            for (const QString &line : lines)
                m_out << "    " << TerminalText::printable(line) << Qt::endl;
        }
        m_out << posts->size() << " post(s) waiting for moderation" << Qt::endl;
        return 0;
    }
    const QString reference = words.value(1);
    if (action == QLatin1String("approve") && words.size() == 2) {
        if (!moderation.approve(reference, m_editor, &error,
                                auditHook(QStringLiteral("forum-approve"), reference, {})))
            return fail(error);
        m_out << reference << " is published as " << ForumModeration::postId(reference) << Qt::endl;
        return 0;
    }
    if ((action == QLatin1String("reject") || action == QLatin1String("withdraw")) &&
        words.size() == 2) {
        const QString reason = options.note.value_or(QString()).trimmed();
        if (reason.isEmpty())
            return fail(QStringLiteral("give the reason the citizen will read: --note TEXT"));
        const auto hook = auditHook(QStringLiteral("forum-") + action, reference, reason);
        const bool done = action == QLatin1String("reject")
                              ? moderation.reject(reference, m_editor, reason, &error, hook)
                              : moderation.withdraw(reference, m_editor, reason, &error, hook);
        if (!done)
            return fail(error);
        m_out << reference << (action == QLatin1String("reject") ? " is rejected" : " is withdrawn")
              << Qt::endl;
        return 0;
    }
    m_err << "Usage: admin forum pending | approve REF | reject REF --note WHY | "
             "withdraw REF --note WHY"
          << Qt::endl;
    return 2;
}

int AdminCommand::survey(const QStringList &words)
{
    if (words.value(0) != QLatin1String("close")) {
        m_err << "Usage: admin survey close ID" << Qt::endl;
        return 2;
    }
    const QString id = words.value(1);
    QString error;
    const auto results = SurveyResults(m_store).close(
        id, &error, [this, &id](const QJsonObject &tally, QString *why) {
            const int count = tally.value(QLatin1StringView("responses")).toInt();
            return auditHook(QStringLiteral("survey-close"), id,
                             QStringLiteral("%1 responses").arg(count))(why);
        });
    if (!results)
        return fail(error);
    const int responses = results->value(QLatin1StringView("responses")).toInt();
    m_out << "Closed " << id << " with " << responses
          << " responses; the results are published to the kiosks" << Qt::endl;
    return 0;
}

int AdminCommand::audit(const Options &options)
{
    const auto entries = AuditLog(m_store.database()).recent(options.limit);
    for (const AuditLog::Entry &entry : entries) {
        m_out << entry.at.toString(Qt::ISODate) << '\t' << entry.actor << '\t' << entry.action
              << '\t' << entry.target << '\t' << entry.detail << Qt::endl;
    }
    return 0;
}
