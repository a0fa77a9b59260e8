#pragma once

#include "app/cloud/apierror.h"
#include "app/cloud/clientoptions.h"
#include "app/core/model.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace vpw::cloud {
class ApiClient;
class ApiJob;
} // namespace vpw::cloud

namespace vpw::session {

// A listing (all pages) as last received: a 304 to its first page stands for all of it (the
// ETag covers the whole filtered listing, docs/api.md).
struct PeeringListing {
    QString etag;
    QList<Peering> peerings;
};

// What one poll cycle asks for.
struct PollRequest {
    bool fast = false;            // only the peerings in a transientStates()
    bool withDeployments = false; // the deployments first (a full poll that reloads them)
    int pageSize = 500;           // peerings per request (1..500)
    PeeringListing cached;        // the last listing of this kind: its ETag and rows
    cloud::ClientOptions options; // this cycle's calls' own options (not the client's)
};

// What one poll cycle found.
struct PollResult {
    std::optional<cloud::ApiError> error;         // the call that failed ended the cycle
    std::optional<QList<Deployment>> deployments; // when requested and received
    QList<Peering> peerings;                      // the whole listing (the cached one on 304)
    bool changed = false;                         // false: 304, the cached listing stands
    PeeringListing listing;                       // the listing to keep for the next cycle
};

// One poll cycle of a Session: the deployments when asked, then the pages of the peerings
// listing, one request at a time, each page only after the one before, If-None-Match on the
// first page. Every call carries the request's own options (ApiClient's per-call options: the
// client's shared options are never changed around a call).
//
// The ApiJob contract (app/cloud/apijob.h), for the whole cycle:
//  - the cycle starts from the event loop: finished() never comes before the constructor
//    returned;
//  - finished() is emitted exactly once, on success and on every error path (the first failed
//    call ends the cycle; result().error says why); then the job deletes itself (deleteLater);
//  - abort() ends it silently: no finished(), the call in flight aborted, the job deleted
//    later. Destroying the client (the job's parent) drops it the same way.
//
// Session-internal: the UI never sees it (it hears Session::pollFinished()).
class PollJob : public QObject {
    Q_OBJECT

public:
    // `client` (not null) is the parent and makes the calls.
    PollJob(cloud::ApiClient *client, PollRequest request);
    ~PollJob() override;

    const PollRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_result.error; }
    const PollResult &result() const { return m_result; }
    // Requests made so far in this cycle (deployments and pages).
    int requests() const { return m_requests; }

    void abort();

    // Calls `callback(const PollJob &)` once when the cycle finishes, unless `context` is gone.
    template <typename Callback>
    QMetaObject::Connection onFinished(const QObject *context, Callback callback) {
        return connect(this, &PollJob::finished, context,
                       [this, callback = std::move(callback)]() { callback(*this); });
    }

Q_SIGNALS:
    // The one terminal signal of the cycle. See the class comment.
    void finished();

private:
    void loadDeployments();
    void fetchPage(const QString &cursor);
    void finish(std::optional<cloud::ApiError> error);

    cloud::ApiClient *m_client;
    PollRequest m_request;
    PollResult m_result;
    QPointer<cloud::ApiJob> m_call;
    QString m_etag;
    int m_requests = 0;
    bool m_finished = false;
    bool m_aborted = false;
};

} // namespace vpw::session
