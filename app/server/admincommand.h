#pragma once

#include "serverstore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QTextStream;
struct ServerSettings;

// `municipal-server admin ...`: what editors and counter clerks do, as an authenticated editor.
// Every write goes through the change feed (so kiosks see it) and into the audit log with the
// editor's name, both in one transaction.
class AdminCommand final
{
public:
    struct Options
    {
        std::optional<QString> note;
        std::optional<QString> wait;
        QString category;
        QString pdf;
        QString text;
        bool json = false;
        int silentMinutes = 15;
        int limit = 50;
    };

    AdminCommand(ServerStore &store, const ServerSettings &settings, QString editor,
                 QTextStream &out, QTextStream &err);

    // Exit codes: 0 done, 1 refused or failed (the reason is printed), 2 wrong usage.
    int run(const QStringList &words, const Options &options);
    static QString usage();

private:
    struct Withdrawal
    {
        Collection collection;
        QString id;
    };

    int add(const QString &collectionName, const QString &file, bool mustExist);
    int withdraw(const QString &collectionName, const QString &id);
    int serviceStatus(const QString &id, const QString &status, const Options &options);
    int legal(const QString &file, const Options &options);
    int submissionStatus(const QString &reference, const QString &status, const Options &options);
    int importNews(const QString &file, const Options &options);
    int importEvents(const QString &file, const Options &options);
    int forum(const QStringList &words, const Options &options);
    int survey(const QStringList &words);
    int fleet(const Options &options);
    int audit(const Options &options);

    int publishImported(const QList<QJsonObject> &imported, Collection target,
                        const QStringList &cancelledIds, const QString &action,
                        const QString &file);
    int publishAudited(const QList<ServerStore::Publication> &items,
                       const QList<Withdrawal> &withdrawals, const QString &action,
                       const QString &target, const QString &detail);
    std::optional<Collection> collection(const QString &name);
    std::optional<QList<QJsonObject>> readObjects(const QString &file);
    std::optional<QByteArray> readFile(const QString &file, qint64 maxBytes);
    int fail(const QString &message);
    using AuditHook = std::function<bool(QString *error)>;
    AuditHook auditHook(const QString &action, const QString &target, const QString &detail);

    ServerStore &m_store;
    const ServerSettings &m_settings;
    QString m_editor;
    QTextStream &m_out;
    QTextStream &m_err;
};
