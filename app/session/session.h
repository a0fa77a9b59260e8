#pragma once

#include "connectionstatus.h"
#include "peeringevent.h"

#include "app/core/model.h"
#include "app/secrets/profile.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

namespace vpw {
class Clock;
}
namespace vpw::cloud {
class ApiClient;
struct ClientOptions;
} // namespace vpw::cloud
namespace vpw::secrets {
class SecretStore;
}

namespace vpw::session {

class ConsoleBackend;
class DemoControls;
class DeploymentModel;
class PeeringModel;
class PeeringOperation;
class Poller;
struct PollPolicy;

// One connected credential profile: the only place that reads the profile's API secret for a
// connection and owns an API client. The main window's status panel and the setup wizard both
// use the session of the active profile (SessionManager::current()); no widget creates a
// client or a poller, and nothing here hands one out: the UI sees the session's own terms
// (isConnected(), ConnectionStatus, PeeringOperation and its PeeringOutcome).
//
// Lifecycle: start() reads the secret from the SecretStore (async), builds the client and
// starts the Poller. status() walks Connecting -> Connected, or ends in NoSecret /
// CredentialsRefused / InvalidEndpoint / KeychainError (fatal: the client is dropped and
// polling stops until start() again; SessionManager::refresh() does that); transient trouble
// is Unreachable or RateLimited, and the session recovers by itself (the poller backs off and
// retries). Destroying the session aborts every request silently.
//
// Polling: the Poller says when; each cycle is one PollJob (deployments when due, then the
// peerings' pages, with the ETags of the last listing); its result is merged by PeeringSync.
//
// Models: deployments() and peerings() mirror the server and are updated by difference
// (never reset on a poll); peerings() holds the peerings of every deployment of the key.
//
// Threading: GUI thread (or any one thread with an event loop); nothing here blocks.
class Session : public QObject {
    Q_OBJECT

public:
    // `secrets` is not owned and must outlive the session. `clock` (not owned; nullptr: the
    // system clock) is what the countdowns and the poller's schedule read.
    Session(const secrets::Profile &profile, secrets::SecretStore *secrets,
            const Clock *clock = nullptr, QObject *parent = nullptr);
    ~Session() override;

    // Connects (again): drops the client and any request, reads the secret, polls.
    void start();

    const secrets::Profile &profile() const { return m_profile; }
    bool isDemo() const { return m_profile.demo; }
    // statusChanged() is emitted when the state, since, until or message change; lastSuccess
    // moves with every successful poll without a signal (read it here, e.g. on pollFinished()).
    const ConnectionStatus &status() const;
    // The secret was read and the status is not fatal: calls can be made (they may still fail
    // while the service is unreachable). createPeering() and the others return nullptr
    // otherwise. A console profile is "connected" once its local files are read (its peerings
    // are made in EMQX's console: createPeering() stays nullptr, see console()).
    bool isConnected() const;

    DeploymentModel *deployments() const;
    PeeringModel *peerings() const;
    // The schedule (its policy, pace and counters); polls themselves are the session's.
    Poller *poller() const;
    void setPollPolicy(const PollPolicy &policy);
    const Clock &clock() const;
    // The client's timeouts and retries for createPeering()/deletePeering() (tests shorten
    // them). Polls pass the same with one attempt as their own options: the poller owns their
    // retry schedule.
    void setClientOptions(const cloud::ClientOptions &options);

    // The server's clock now (this computer's clock corrected by the measured skew), from the
    // injected clock: what every countdown runs on against the server's expiresAt.
    QDateTime serverNow() const;
    // Seconds left in the Aliyun attach window of `peering` (0 when closed); nullopt when the
    // peering has no window (Huawei, or not pending).
    std::optional<qint64> secondsLeft(const Peering &peering) const;

    // An immediate poll of everything, deployments included (the "Refresh now" action; also
    // when the window is shown again). Nothing while not connected: see
    // SessionManager::refresh() for a session whose status is fatal.
    void refreshNow();
    // While inactive (window hidden or minimised) nothing is polled; becoming active polls at
    // once.
    void setActive(bool active);
    bool isActive() const;

    // Creates a peering. The answer (201) is merged into peerings() before the operation's
    // finished() reaches the caller, and the poller switches to its fast pace. Pass the same
    // `idempotencyKey` on every attempt of one logical create (empty: a new one).
    // Rejected names the field the server refused. nullptr while not connected.
    PeeringOperation *createPeering(const QString &deploymentId, const PeeringRequest &request,
                                    const QString &idempotencyKey);
    // Deletes a running peering (202): the row shows `deleting` until the server no longer
    // lists it; the row is never removed on the client's own initiative. ResourcesBound (with
    // the resources) unless `force`; NotRunning for a peering that is not running. nullptr
    // while not connected.
    PeeringOperation *deletePeering(const QString &deploymentId, const QString &recordId,
                                    bool force);

    // The local backend of a console profile (profile().isConsole(): EMQX Cloud's console worked
    // by hand): its deployments, entered by the operator and kept locally, fill deployments();
    // start() reads no secret and makes no request. nullptr for an API profile.
    ConsoleBackend *console() const;

    // The demo profile's sandbox shortcuts (isDemo() only; nullptr otherwise).
    DemoControls *demoControls() const;

    // Merges one peering from an answer outside the poll (create, delete, the demo's sandbox
    // controls) into peerings(): a poll in flight whose answer predates it does not undo it,
    // and the poller's pace follows. Emits peeringEvent() for a state change.
    void mergeAnswer(const Peering &peering);

Q_SIGNALS:
    void statusChanged(const vpw::session::ConnectionStatus &status);
    // One per state change seen by a poll or an answer: pending -> running/failed, running ->
    // deleting, deleting -> gone (to == nullopt). Not emitted for the first load.
    void peeringEvent(const vpw::session::PeeringEvent &event);
    // A poll cycle ended (ok: the models are current; status().lastSuccess moved).
    void pollFinished(bool ok);

private:
    friend class DemoControls;
    // nullptr until the secret was read (status Connecting) and after a fatal status.
    cloud::ApiClient *client() const;

    struct Private;
    secrets::Profile m_profile;
    std::unique_ptr<Private> d;
};

} // namespace vpw::session
