#pragma once

#include "apiclient.h"
#include "kiosksettings.h"

// What the kiosk's configuration says about talking to the server (address, token, timeout,
// TLS trust), in the network layer's terms. The window, the headless commands and enrolment
// all talk to the server the same way.
ApiClient::Options apiOptionsFor(const KioskSettings &settings);
