#pragma once

// Log lines go to stderr with a syslog priority prefix (<3>, <4>, <6>...) that systemd's
// journal reads as the line's level; Debian's Qt 6 has no journald backend. Shared by the
// kiosk and the server so their logs read alike.
void installJournalLogFormat();
