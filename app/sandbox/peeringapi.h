#pragma once

#include "httpmessage.h"
#include "router.h"

#include <functional>

namespace vpw::sandbox {

class ScaledClock;
class Lifecycle;
class Store;
struct Options;

// The handlers of the public contract under /api/v1 (docs/api.md): deployments and their
// peerings. Authentication, rate limiting, faults and ETags are the server's job; these only
// apply the rules. `commit` persists the store and re-arms the lifecycle timer after a change.
class PeeringApi {
public:
    PeeringApi(Store *store, Lifecycle *lifecycle, const ScaledClock *clock, const Options *options,
               std::function<void()> commit);

    void registerRoutes(Router &router);
    // Called with a new peering's ID once it is stored, before its answer is made and
    // committed (the server couples it to an emulated provider side there).
    void setSubmitted(std::function<void(const QString &id)> submitted) {
        m_submitted = std::move(submitted);
    }

private:
    HttpResponse listDeployments(const HttpRequest &request, const PathParams &params);
    HttpResponse getDeployment(const HttpRequest &request, const PathParams &params);
    HttpResponse listPeerings(const HttpRequest &request, const PathParams &params);
    // GET /api/v1/peerings: every deployment's peerings, filtered by state, paged by cursor.
    HttpResponse listAllPeerings(const HttpRequest &request, const PathParams &params);
    HttpResponse createPeering(const HttpRequest &request, const PathParams &params);
    HttpResponse getPeering(const HttpRequest &request, const PathParams &params);
    HttpResponse deletePeering(const HttpRequest &request, const PathParams &params);

    // Validates and stores a new peering; the caller commits (once, with its idempotency record).
    HttpResponse createValidated(const HttpRequest &request, const QString &deploymentId);

    Store *m_store;
    Lifecycle *m_lifecycle;
    const ScaledClock *m_clock;
    const Options *m_options;
    std::function<void()> m_commit;
    std::function<void(const QString &id)> m_submitted;
};

} // namespace vpw::sandbox
