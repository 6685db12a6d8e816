#pragma once

#include "kiosksettings.h"

// The commands IT staff run over SSH: no display, plain words, meaningful exit codes.
class HeadlessCommands final
{
public:
    enum ExitCode
    {
        Ok = 0,
        ConfigProblem = 1,
        Unauthorized = 3,
        ServerProblem = 4,
        BlobsMissing = 5,  // the content is up to date, but some images or PDFs are not
        OutboxPending = 6, // some submissions are still waiting to be sent
    };

    explicit HeadlessCommands(KioskSettings settings);

    int checkConfig() const;
    int syncOnce() const;
    int status() const;
    int outbox() const;
    int uploadOnce() const;
    // Reads a staff PIN (twice, without echo, from a terminal) and prints the pin_hash line for
    // kiosk.conf. Needs no configuration.
    static int hashPin();

private:
    KioskSettings m_settings;
};
