#include "session.h"

#include "deploymentmodel.h"
#include "peeringmodel.h"
#include "poller.h"

#include "app/cloud/apiclient.h"
#include "app/core/clock.h"
#include "app/secrets/secretstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

namespace vpw::session {

Q_LOGGING_CATEGORY(lcSession, "vpw.session")

namespace {

// A listing (all pages) as last received: a 304 to its first page stands for all of it (the
// ETag covers the whole filtered listing, docs/api.md).
struct CachedListing {
    QString etag;
    QList<Peering> peerings;
};

} // namespace

struct Session::Private {
    Session *q;
    QPointer<secrets::SecretStore> secrets;
    const Clock *clock;
    ConnectionStatus status;
    DeploymentModel *deployments = nullptr;
    PeeringModel *peerings = nullptr;
    Poller *poller = nullptr;
    cloud::ApiClient *client = nullptr;
    cloud::ClientOptions clientOptions;
    quint64 generation = 0; // bumped by start(): answers of an older start are ignored
    bool loaded = false;    // the first full list arrived: state changes are events from now
    bool reloadDeployments = true;
    QElapsedTimer deploymentsAge;
    CachedListing fastListing; // state=pending,deleting
    CachedListing fullListing;
    // The poll in progress (one at a time, chained request by request).
    bool pollFast = false;
    bool pollChanged = false;
    bool pollLoadedDeployments = false;
    QString pollEtag;
    QList<Peering> collected;
    // Peerings a create/delete answer changed while a poll was in flight: that poll's answer
    // may predate the change, so the answer's copy must not undo it.
    QSet<QString> touchedDuringPoll;

    explicit Private(Session *session, secrets::SecretStore *store, const Clock *c)
        : q(session)
        , secrets(store)
        , clock(c ? c : &systemClock()) {}

    void setStatus(ConnectionStatus next);
    void setProblem(ConnectionStatus::State state, const QString &message);
    void dropClient();
    void onSecret(const secrets::SecretJob &job);
    void poll(bool fast);
    void loadDeployments();
    void fetchPage(const QString &cursor);
    void finishPoll();
    void keepTouchedRows();
    void failPoll(const cloud::ApiError &error);
    void onStateChanged(const Peering &before, const std::optional<Peering> &after);
    cloud::ClientOptions pollOptions() const;
};

void Session::Private::setStatus(ConnectionStatus next) {
    const ConnectionStatus &now = status;
    // lastSuccess alone moves on every poll: that is not worth a signal (read status()).
    const bool changed = next.state != now.state || next.since != now.since ||
                         next.until != now.until || next.message != now.message;
    status = std::move(next);
    if (changed)
        Q_EMIT q->statusChanged(status);
}

void Session::Private::setProblem(ConnectionStatus::State state, const QString &message) {
    ConnectionStatus next = status;
    next.state = state;
    next.message = message;
    next.until = {};
    if (!status.isProblem() || !next.since.isValid())
        next.since = clock->now();
    if (next.isFatal()) {
        poller->stop();
        dropClient();
    }
    setStatus(next);
}

void Session::Private::dropClient() {
    if (!client)
        return;
    // This may run inside a job's finished(): abort the jobs (silently, ApiJob's contract)
    // and delete the client later rather than the job that is emitting.
    const QList<cloud::ApiJob *> jobs = client->findChildren<cloud::ApiJob *>();
    for (cloud::ApiJob *job : jobs)
        job->abort();
    client->deleteLater();
    client = nullptr;
    fastListing = {};
    fullListing = {};
}

cloud::ClientOptions Session::Private::pollOptions() const {
    // The poller owns the retry schedule of polls (backoff, Retry-After, the status banner):
    // a poll that fails is reported at once instead of being retried inside the client.
    cloud::ClientOptions options = clientOptions;
    options.maxAttempts = 1;
    return options;
}

void Session::Private::onSecret(const secrets::SecretJob &job) {
    if (job.isNotFound()) {
        setProblem(ConnectionStatus::NoSecret, {});
        return;
    }
    if (!job.isOk()) {
        setProblem(ConnectionStatus::KeychainError, job.error().message);
        return;
    }
    const cloud::Endpoint endpoint{q->m_profile.endpoint, q->m_profile.apiKey, job.secret()};
    client = new cloud::ApiClient(endpoint, q);
    client->setClock(clock);
    client->setOptions(clientOptions);
    reloadDeployments = true;
    poller->start();
}

void Session::Private::poll(bool fast) {
    if (!client) {
        poller->done(false);
        return;
    }
    pollFast = fast;
    pollChanged = false;
    pollLoadedDeployments = false;
    pollEtag.clear();
    collected.clear();
    touchedDuringPoll.clear();
    const bool deploymentsDue = !deploymentsAge.isValid() ||
                                deploymentsAge.elapsed() >= poller->policy().deploymentsIntervalMs;
    if (!fast && (reloadDeployments || deploymentsDue))
        loadDeployments();
    else
        fetchPage({});
}

void Session::Private::loadDeployments() {
    client->setOptions(pollOptions());
    cloud::DeploymentListJob *job = client->listDeployments();
    client->setOptions(clientOptions);
    job->onFinished(q, [this](const cloud::DeploymentListJob &j) {
        if (!j.isOk()) {
            failPoll(j.error());
            return;
        }
        deployments->merge(j.value());
        reloadDeployments = false;
        pollLoadedDeployments = true;
        deploymentsAge.start();
        fetchPage({});
    });
}

void Session::Private::fetchPage(const QString &cursor) {
    CachedListing &listing = pollFast ? fastListing : fullListing;
    cloud::PeeringQuery query;
    if (pollFast)
        query.states = {PeeringState::Pending, PeeringState::Deleting};
    query.limit = poller->policy().pageSize;
    query.cursor = cursor;
    client->setOptions(pollOptions());
    cloud::PeeringPageJob *job =
        client->listAllPeerings(query, cursor.isEmpty() ? listing.etag : QString());
    client->setOptions(clientOptions);
    job->onFinished(q, [this, &listing, first = cursor.isEmpty()](const cloud::PeeringPageJob &j) {
        if (!j.isOk()) {
            failPoll(j.error());
            return;
        }
        const cloud::PeeringPage &page = j.value();
        if (page.notModified) {
            collected = listing.peerings;
            finishPoll();
            return;
        }
        if (first)
            pollEtag = page.etag;
        pollChanged = true;
        collected << page.peerings;
        // One request at a time: the next page only after this one.
        if (!page.nextCursor.isEmpty()) {
            fetchPage(page.nextCursor);
            return;
        }
        listing = CachedListing{pollEtag, collected};
        finishPoll();
    });
}

void Session::Private::keepTouchedRows() {
    if (touchedDuringPoll.isEmpty())
        return;
    QSet<QString> missing = touchedDuringPoll;
    for (Peering &peering : collected) {
        if (!missing.remove(peering.id))
            continue;
        if (const auto current = peerings->peering(peering.id))
            peering = *current;
    }
    if (pollFast)
        return; // a partial merge removes nothing
    for (const QString &id : std::as_const(missing)) {
        if (const auto current = peerings->peering(id))
            collected << *current;
    }
}

void Session::Private::finishPoll() {
    keepTouchedRows();
    if (pollFast) {
        // A pending or deleting peering missing from the filtered list is running, failed or
        // gone now: only the full list tells which, so fetch it right after this poll.
        if (peerings->missesTransient(collected))
            poller->pollNow(true);
        if (pollChanged)
            peerings->mergePartial(collected);
    } else if (pollChanged || !loaded) {
        peerings->merge(collected);
    }
    for (const Peering &peering : std::as_const(collected)) {
        if (!pollLoadedDeployments && !deployments->indexOf(peering.deploymentId).isValid()) {
            reloadDeployments = true; // a deployment created since the last reload
            break;
        }
    }
    if (!pollFast)
        loaded = true;
    collected.clear();
    ConnectionStatus next = status;
    next.state = ConnectionStatus::Connected;
    next.since = {};
    next.until = {};
    next.message.clear();
    next.lastSuccess = clock->now();
    setStatus(next);
    poller->setFast(peerings->hasTransient());
    poller->done(true);
}

void Session::Private::failPoll(const cloud::ApiError &error) {
    collected.clear();
    qCInfo(lcSession) << "poll failed:" << error.debugString();
    if (error.httpStatus == 401) {
        setProblem(ConnectionStatus::CredentialsRefused, error.userMessage());
        return;
    }
    if (error.httpStatus == 429) {
        const int waitMs = error.retryAfterSeconds ? *error.retryAfterSeconds * 1000 : 0;
        ConnectionStatus next = status;
        if (!status.isProblem())
            next.since = clock->now();
        next.state = ConnectionStatus::RateLimited;
        next.message = error.userMessage();
        next.until = clock->now().addMSecs(waitMs);
        setStatus(next);
        poller->done(false, waitMs);
        // Without a Retry-After the poller's backoff decides: show when that ends.
        if (waitMs == 0 && poller->nextDue().isValid()) {
            next.until = poller->nextDue();
            setStatus(next);
        }
        return;
    }
    setProblem(ConnectionStatus::Unreachable, error.userMessage());
    poller->done(false);
}

void Session::Private::onStateChanged(const Peering &before, const std::optional<Peering> &after) {
    if (!loaded)
        return;
    PeeringEvent event;
    event.at = q->serverNow();
    event.deploymentId = before.deploymentId;
    if (const auto deployment = deployments->deployment(before.deploymentId))
        event.deploymentName = deployment->name;
    event.id = before.id;
    event.providerPeeringId = before.peeringId;
    event.from = before.state;
    if (after) {
        event.to = after->state;
        event.reason = after->failureReason;
    }
    Q_EMIT q->peeringEvent(event);
}

Session::Session(const secrets::Profile &profile, secrets::SecretStore *secrets, const Clock *clock,
                 QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , d(std::make_unique<Private>(this, secrets, clock)) {
    d->deployments = new DeploymentModel(this);
    d->peerings = new PeeringModel([this] { return serverNow(); }, this);
    d->poller = new Poller(d->clock, this);
    connect(d->poller, &Poller::due, this, [this](bool fast) { d->poll(fast); });
    connect(d->peerings, &PeeringModel::stateChanged, this,
            [this](const Peering &before, const std::optional<Peering> &after) {
                d->onStateChanged(before, after);
            });
}

Session::~Session() {
    d->poller->stop();
    d->dropClient();
}

void Session::start() {
    ++d->generation;
    d->poller->stop();
    d->dropClient();
    d->setStatus(ConnectionStatus{ConnectionStatus::Connecting, {}, {}, d->status.lastSuccess, {}});
    // The address first: a profile that cannot work should not unlock the keychain.
    if (const auto problem = cloud::Endpoint::checkBaseUrl(m_profile.endpoint)) {
        d->setProblem(ConnectionStatus::InvalidEndpoint, *problem);
        return;
    }
    if (!d->secrets) {
        d->setProblem(ConnectionStatus::KeychainError, {});
        return;
    }
    const quint64 generation = d->generation;
    d->secrets->read(m_profile.id)
        ->onFinished(this, [this, generation](const secrets::SecretJob &job) {
            if (generation == d->generation)
                d->onSecret(job);
        });
}

const ConnectionStatus &Session::status() const {
    return d->status;
}

DeploymentModel *Session::deployments() const {
    return d->deployments;
}

PeeringModel *Session::peerings() const {
    return d->peerings;
}

Poller *Session::poller() const {
    return d->poller;
}

cloud::ApiClient *Session::client() const {
    return d->client;
}

const Clock &Session::clock() const {
    return *d->clock;
}

void Session::setClientOptions(const cloud::ClientOptions &options) {
    d->clientOptions = options;
    if (d->client)
        d->client->setOptions(options);
}

QDateTime Session::serverNow() const {
    return d->client ? d->client->serverNow() : d->clock->now();
}

std::optional<qint64> Session::secondsLeft(const Peering &peering) const {
    return PeeringModel::secondsLeft(peering, serverNow());
}

void Session::mergeAnswer(const Peering &peering) {
    if (d->poller->isInFlight())
        d->touchedDuringPoll.insert(peering.id);
    d->peerings->upsert(peering);
    d->poller->setFast(d->peerings->hasTransient());
}

void Session::refreshNow() {
    if (d->status.isFatal() || d->status.state == ConnectionStatus::Idle) {
        start(); // the profile's secret or the server may have been fixed meanwhile
        return;
    }
    d->reloadDeployments = true;
    d->poller->pollNow(true);
}

void Session::setActive(bool active) {
    d->poller->setActive(active);
}

bool Session::isActive() const {
    return d->poller->isActive();
}

cloud::PeeringJob *Session::createPeering(const QString &deploymentId,
                                          const PeeringRequest &request,
                                          const QString &idempotencyKey) {
    if (!d->client)
        return nullptr;
    cloud::PeeringJob *job = d->client->createPeering(deploymentId, request, idempotencyKey);
    // Connected before the caller's slot, so the row exists when the caller hears of it.
    job->onFinished(this, [this](const cloud::PeeringJob &j) {
        if (j.isOk())
            mergeAnswer(j.value());
    });
    return job;
}

cloud::PeeringJob *Session::deletePeering(const QString &deploymentId, const QString &peeringId,
                                          bool force) {
    if (!d->client)
        return nullptr;
    cloud::PeeringJob *job = d->client->deletePeering(deploymentId, peeringId, force);
    // The row shows "deleting"; only the server's list removes it.
    job->onFinished(this, [this](const cloud::PeeringJob &j) {
        if (j.isOk())
            mergeAnswer(j.value());
    });
    return job;
}

} // namespace vpw::session
