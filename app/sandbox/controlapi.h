#pragma once

#include "httpmessage.h"
#include "router.h"

#include <functional>

namespace vpw::sandbox {

class ScaledClock;
class FaultInjector;
class Lifecycle;
class RequestStats;
class Store;

// The sandbox's test controls under /sandbox/v1 (docs/api.md "Sandbox controls"): play the
// operator's side of a peering (attach, fail), close an attach window now (expire), bind
// rule-engine resources, inject faults into /api/v1 and read the request counters.
class ControlApi {
public:
    ControlApi(Store *store, Lifecycle *lifecycle, const ScaledClock *clock, FaultInjector *faults,
               RequestStats *stats, std::function<void()> commit);

    void registerRoutes(Router &router);

private:
    HttpResponse attach(const HttpRequest &request, const PathParams &params);
    HttpResponse fail(const HttpRequest &request, const PathParams &params);
    HttpResponse expire(const HttpRequest &request, const PathParams &params);
    HttpResponse addResource(const HttpRequest &request, const PathParams &params);
    HttpResponse removeResource(const HttpRequest &request, const PathParams &params);
    HttpResponse getFaults(const HttpRequest &request, const PathParams &params);
    HttpResponse putFaults(const HttpRequest &request, const PathParams &params);
    HttpResponse deleteFaults(const HttpRequest &request, const PathParams &params);
    HttpResponse getStats(const HttpRequest &request, const PathParams &params);
    HttpResponse deleteStats(const HttpRequest &request, const PathParams &params);

    Store *m_store;
    Lifecycle *m_lifecycle;
    const ScaledClock *m_clock;
    FaultInjector *m_faults;
    RequestStats *m_stats;
    std::function<void()> m_commit;
};

} // namespace vpw::sandbox
