#pragma once

#include "apijob.h"
#include "clientoptions.h"
#include "clockskew.h"
#include "endpoint.h"

#include "app/core/clock.h"
#include "app/core/model.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace vpw::cloud {

// The client of the peering API (docs/api.md): one per profile/endpoint, owning one
// QNetworkAccessManager. Every call returns a job at once and never blocks; see ApiJob for
// the contract (exactly one finished(), then the job deletes itself).
//
//  - Requests carry Basic auth from the Endpoint, JSON, the transfer timeout and, for a
//    create, an Idempotency-Key that stays the same on every retry of that create.
//  - Transient failures (network, timeout, 429, 5xx) of idempotent calls are retried with
//    capped exponential backoff and jitter, never sooner than a 429's Retry-After. Other 4xx
//    are never retried.
//  - Answers are decoded strictly (codecs.h); answers over maxResponseBytes are aborted.
//  - TLS errors are never ignored; a non-loopback endpoint must be https.
//  - Every answer's Date header updates the clock-skew estimate (clockSkewMs()).
//
// Ownership: the client is the parent of its jobs. Destroying it aborts outstanding
// requests and drops their jobs silently (no finished()).
// Threading: create and use the client and its jobs in one thread (normally the GUI thread:
// nothing here blocks).
class ApiClient : public QObject {
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    explicit ApiClient(const Endpoint &endpoint, QObject *parent = nullptr);
    ~ApiClient() override;

    // Applies to calls made afterwards; jobs in flight keep what they started with.
    void setEndpoint(const Endpoint &endpoint);
    const Endpoint &endpoint() const { return m_endpoint; }
    // The options of every call that does not pass its own. Out-of-range values are clamped
    // (at least one attempt, a timeout of at least 1 ms), here and in a call's own options.
    void setOptions(const ClientOptions &options);
    const ClientOptions &options() const { return m_options; }
    // The clock serverNow() and the skew samples read (not owned; nullptr: the system clock).
    // Tests inject a ManualClock to move time instead of sleeping.
    void setClock(const Clock *clock);
    const Clock &clock() const { return *m_clock; }

    // `options`, where a call takes them: this call's own options instead of options(), without
    // changing what other calls use (e.g. a poll with one attempt, whose owner schedules the
    // retries, beside a create that the client retries).
    DeploymentListJob *listDeployments(const std::optional<ClientOptions> &options = {});
    DeploymentJob *getDeployment(const QString &deploymentId);
    PeeringListJob *listPeerings(const QString &deploymentId);
    // GET /api/v1/peerings: one page of the peerings of every deployment. With `ifNoneMatch`
    // (a previous PeeringPage::etag of the same query), an unchanged listing gives
    // PeeringPage::notModified. A 400 (bad state, limit or cursor) is an Http error with
    // `field` naming the parameter.
    PeeringPageJob *listAllPeerings(const PeeringQuery &query = {}, const QString &ifNoneMatch = {},
                                    const std::optional<ClientOptions> &options = {});
    // `idempotencyKey` identifies one logical create: pass the same key when the operator
    // re-submits the same request after an error, so the server never creates it twice.
    // Empty: a new key (see ApiJob::idempotencyKey()).
    PeeringJob *createPeering(const QString &deploymentId, const PeeringRequest &request,
                              const QString &idempotencyKey = {});
    // With `ifNoneMatch` (a previous PeeringFetch::etag), an unchanged peering gives
    // PeeringFetch::notModified instead of the body.
    PeeringFetchJob *getPeering(const QString &deploymentId, const QString &recordId,
                                const QString &ifNoneMatch = {});
    // 202: the peering in state "deleting". `force` deletes despite bound resources.
    PeeringJob *deletePeering(const QString &deploymentId, const QString &recordId,
                              bool force = false);

    // The sandbox's test controls (docs/api.md "Sandbox controls", below /sandbox/v1 of the
    // same endpoint): only a sandbox answers them; a real server answers 404. `recordId` is
    // the peering's `id` (peer-…). The answer is the peering after the change. Never retried.
    // attachInSandbox: the provider side is done now (pending -> running).
    PeeringJob *attachInSandbox(const QString &recordId);
    // expireInSandbox: the attach window closes now (pending -> failed with the window
    // reason); 409 INVALID_STATE for a peering without a window or no longer pending.
    PeeringJob *expireInSandbox(const QString &recordId);

    // How far the server's clock is ahead of this computer's, in ms (negative: behind), from
    // the Date headers seen so far; nullopt before the first answer.
    std::optional<qint64> clockSkewMs() const { return m_skew.skewMs(); }
    // The current time on the server's clock (local time when no estimate yet), in UTC. The
    // countdown of the attach window runs on this against the server's expiresAt.
    QDateTime serverNow() const;

    // A fresh random key (UUID) for createPeering().
    static QString newIdempotencyKey();

Q_SIGNALS:
    // The estimate has a new value (emitted after an answer moved it).
    void clockSkewChanged(qint64 skewMs);

private:
    friend class ApiJob;
    QNetworkAccessManager *network() const { return m_network; }
    void noteServerDate(const QDateTime &serverDate, qint64 sentAtMs, qint64 receivedAtMs);
    static ClientOptions clamped(const ClientOptions &options);
    template <typename T>
    Job<T> *startJob(ApiRequest request, typename Job<T>::Decoder decoder,
                     const std::optional<ClientOptions> &options = {});

    QNetworkAccessManager *m_network;
    Endpoint m_endpoint;
    ClientOptions m_options;
    ClockSkewEstimator m_skew;
    const Clock *m_clock = &systemClock();
};

} // namespace vpw::cloud
