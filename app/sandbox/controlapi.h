#pragma once

#include "httpmessage.h"
#include "router.h"

#include <functional>
#include <optional>

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
    // The attach control of a peering coupled to an emulated provider: the demo operator's
    // call instead of a direct transition. nullopt: not coupled; an empty text: the call was
    // made (and committed); otherwise why it was refused.
    using OperatorPlay = std::function<std::optional<QString>(const QString &id)>;
    void setOperatorPlay(OperatorPlay play) { m_operatorPlay = std::move(play); }

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
    OperatorPlay m_operatorPlay;
};

} // namespace vpw::sandbox
