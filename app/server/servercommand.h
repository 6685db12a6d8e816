#pragma once

#include "admincommand.h"
#include "serversettings.h"

#include <QStringList>

class ServerStore;

// The municipal-server command line: `serve` runs the HTTP server; `admin ...` is for editors
// (authenticated against the store); the other commands are for IT staff and scripts
// (`token issue NAME` prints a new device token and nothing else).
class ServerCommand final
{
public:
    int run(const QStringList &arguments);

private:
    int checkConfig();
    int serve();
    int token(const QStringList &words);
    int editor(const QStringList &words);
    int admin(const QStringList &words);
    int loadDemo();
    int compact();
    int addBlob(const QString &file);
    int migrateStore(const QString &from);
    bool openMigrationSource(const QString &from, ServerStore &source);
    bool openMigrationTarget(ServerStore &target);
    bool openStore(ServerStore &store);

    ServerSettings m_settings;
    QString m_demoDir;
    QString m_editor;
    int m_days = 30;
    AdminCommand::Options m_adminOptions;
};
