#include "apioptions.h"

ApiClient::Options apiOptionsFor(const KioskSettings &settings)
{
    ApiClient::Options options;
    options.baseUrl = settings.serverUrl;
    options.deviceToken = settings.readToken(nullptr);
    options.timeout = settings.requestTimeout;
    options.caFile = settings.caFile;
    options.pinnedKeys = settings.pinnedKeys;
    return options;
}
