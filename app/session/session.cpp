#include "session.h"

#include "consolebackend.h"
#include "democontrols.h"
#include "deploymentmodel.h"
#include "peeringmodel.h"
#include "peeringoperation.h"
#include "peeringsync.h"
#include "poller.h"
#include "polljob.h"

#include "app/cloud/apiclient.h"
#include "app/core/clock.h"
#include "app/secrets/secretstore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>

namespace vpw::session {

Q_LOGGING_CATEGORY(lcSession, "vpw.session")

struct Session::Private {
    Session *q;
    QPointer<secrets::SecretStore> secrets;
    const Clock *clock;
    ConnectionStatus status;
    DeploymentModel *deployments = nullptr;
    PeeringModel *peerings = nullptr;
    Poller *poller = nullptr;
    DemoControls *demo = nullptr;
    ConsoleBackend *console = nullptr; // console profiles only
    std::unique_ptr<PeeringSync> sync;
    cloud::ApiClient *client = nullptr;
    cloud::ClientOptions clientOptions;
    quint64 generation = 0; // bumped by start(): answers of an older start are ignored
    bool loaded = false;    // the first full list arrived: state changes are events from now
    bool reloadDeployments = true;
    QElapsedTimer deploymentsAge;
    PeeringListing fastListing; // the transient states
    PeeringListing fullListing;

    explicit Private(Session *session, secrets::SecretStore *store, const Clock *c)
        : q(session)
        , secrets(store)
        , clock(c ? c : &systemClock()) {}

    void setStatus(ConnectionStatus next);
    void setProblem(ConnectionStatus::State state, const QString &message);
    void dropClient();
    void onSecret(const secrets::SecretJob &job);
    void poll(bool fast);
    void onPolled(const PollJob &job);
    void failPoll(const cloud::ApiError &error);
    void onStateChanged(const Peering &before, const std::optional<Peering> &after);
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
    const QList<PollJob *> polls = client->findChildren<PollJob *>();
    for (PollJob *job : polls)
        job->abort();
    const QList<PeeringOperation *> operations = client->findChildren<PeeringOperation *>();
    for (PeeringOperation *operation : operations)
        operation->abort();
    const QList<cloud::ApiJob *> jobs = client->findChildren<cloud::ApiJob *>();
    for (cloud::ApiJob *job : jobs)
        job->abort();
    client->deleteLater();
    client = nullptr;
    fastListing = {};
    fullListing = {};
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
    PollRequest request;
    request.fast = fast;
    const bool deploymentsDue = !deploymentsAge.isValid() ||
                                deploymentsAge.elapsed() >= poller->policy().deploymentsIntervalMs;
    request.withDeployments = !fast && (reloadDeployments || deploymentsDue);
    request.pageSize = poller->policy().pageSize;
    request.cached = fast ? fastListing : fullListing;
    // The poller owns the retry schedule of polls (backoff, Retry-After, the status banner): a
    // poll that fails is reported at once instead of being retried inside the client.
    request.options = clientOptions;
    request.options.maxAttempts = 1;
    sync->pollStarted();
    auto *job = new PollJob(client, std::move(request));
    job->onFinished(q, [this](const PollJob &done) { onPolled(done); });
}

void Session::Private::onPolled(const PollJob &job) {
    const PollResult &result = job.result();
    if (result.error) {
        failPoll(*result.error);
        return;
    }
    const bool fast = job.request().fast;
    if (result.deployments) {
        deployments->merge(*result.deployments);
        reloadDeployments = false;
        deploymentsAge.start();
    }
    (fast ? fastListing : fullListing) = result.listing;
    QList<Peering> listing = result.peerings;
    if (sync->applyPoll(listing, fast, result.changed, !loaded))
        poller->pollNow(true);
    for (const Peering &peering : std::as_const(listing)) {
        if (!result.deployments && !deployments->indexOf(peering.deploymentId).isValid()) {
            reloadDeployments = true; // a deployment created since the last reload
            break;
        }
    }
    if (!fast)
        loaded = true;
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
    d->sync = std::make_unique<PeeringSync>(d->peerings);
    d->poller = new Poller(d->clock, this);
    if (profile.demo)
        d->demo = new DemoControls(this);
    if (profile.isConsole()) {
        d->console = new ConsoleBackend(profile.id, d->deployments, this);
        d->console->attach(d->peerings, d->clock);
    }
    connect(d->poller, &Poller::due, this, [this](bool fast) { d->poll(fast); });
    connect(d->poller, &Poller::pollFinished, this, &Session::pollFinished);
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
    if (d->console) { // no endpoint, no secret: the deployments are local
        d->console->load();
        d->loaded = true; // the peerings kept locally: changes from now on are events
        const QDateTime now = d->clock->now();
        d->setStatus(ConnectionStatus{ConnectionStatus::Connected, now, {}, now, {}});
        return;
    }
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

bool Session::isConnected() const {
    // A console profile has nothing to connect to: it works once its files are read.
    if (d->console)
        return d->status.state == ConnectionStatus::Connected;
    return d->client != nullptr;
}

ConsoleBackend *Session::console() const {
    return d->console;
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

void Session::setPollPolicy(const PollPolicy &policy) {
    d->poller->setPolicy(policy);
}

cloud::ApiClient *Session::client() const {
    return d->client;
}

DemoControls *Session::demoControls() const {
    return d->demo;
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
    d->sync->answer(peering, d->poller->isInFlight());
    d->poller->setFast(d->peerings->hasTransient());
}

void Session::refreshNow() {
    d->reloadDeployments = true;
    d->poller->pollNow(true);
}

void Session::setActive(bool active) {
    d->poller->setActive(active);
}

bool Session::isActive() const {
    return d->poller->isActive();
}

PeeringOperation *Session::createPeering(const QString &deploymentId, const PeeringRequest &request,
                                         const QString &idempotencyKey) {
    if (!d->client)
        return nullptr;
    return PeeringOperation::follow(d->client->createPeering(deploymentId, request, idempotencyKey),
                                    this);
}

PeeringOperation *Session::deletePeering(const QString &deploymentId, const QString &recordId,
                                         bool force) {
    if (!d->client)
        return nullptr;
    // The row shows "deleting"; only the server's list removes it.
    return PeeringOperation::follow(d->client->deletePeering(deploymentId, recordId, force), this);
}

} // namespace vpw::session
