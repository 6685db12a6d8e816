#pragma once

#include "formdecoder.h"
#include "httpanswer.h"
#include "servicecatalog.h"
#include "servicerequests.h"

#include <QString>

class DeviceTokens;
class QHttpServerRequest;
class QUrlQuery;
class ServerStore;
class SubmissionStore;

// Open311 GeoReport v2 (JSON only) over the complaint categories and complaints, so that
// third-party civic apps can file and follow complaints. Handlers turn a request into an
// HttpAnswer and know nothing of sockets: ApiServer routes, logs and writes them.
//
//   GET  services.json               the service list (published categories)
//   GET  services/<code>.json        a service definition (the category's attributes)
//   POST requests.json               file a complaint (form-encoded, api_key = device token)
//   GET  requests.json               complaints, filtered (public)
//   GET  requests/<id>.json          one complaint (public)
class Open311Api final
{
public:
    Open311Api(ServerStore &store, const DeviceTokens &tokens, SubmissionStore &submissions);

    // GET /open311/v2/<file>: services.json, requests.json.
    HttpAnswer get(const QString &file, const QHttpServerRequest &request) const;
    // POST /open311/v2/<file>: requests.json.
    HttpAnswer post(const QString &file, const QHttpServerRequest &request);
    // GET /open311/v2/services/<file>.
    HttpAnswer serviceDefinition(const QString &file) const;
    // GET /open311/v2/requests/<file>.
    HttpAnswer serviceRequest(const QString &file) const;

    // Anything else under /open311/, so that clients get errors in the shape they parse.
    static HttpAnswer notFound();
    // GeoReport's error shape: [{"code": <status>, "description": "..."}].
    static HttpAnswer error(int status, const QString &description);

private:
    HttpAnswer serviceList() const;
    HttpAnswer requestList(const QUrlQuery &query) const;
    HttpAnswer createRequest(const QHttpServerRequest &request);
    HttpAnswer failed(const QString &what, const QString &why) const;

    ServerStore &m_store;
    const DeviceTokens &m_tokens;
    SubmissionStore &m_submissions;
    ServiceCatalog m_catalog;
    ServiceRequests m_requests;
    FormDecoder::Limits m_formLimits;
};
