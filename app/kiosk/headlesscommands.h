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
        TlsRefused = 7,    // the server's certificate or key is not one the kiosk trusts
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
    // False, with the reason printed, for a command that would write the kiosk's data as
    // another user than the one its data directory belongs to: files root made there would
    // lock the kiosk's own service out of its cache and outbox.
    static bool runByTheDataOwner(const KioskSettings &settings);

private:
    KioskSettings m_settings;
};
