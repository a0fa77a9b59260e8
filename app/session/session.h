#pragma once

#include "connectionstatus.h"
#include "peeringevent.h"

#include "app/cloud/apijob.h"
#include "app/cloud/clientoptions.h"
#include "app/core/model.h"
#include "app/secrets/profile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

namespace vpw {
class Clock;
}
namespace vpw::cloud {
class ApiClient;
}
namespace vpw::secrets {
class SecretStore;
}

namespace vpw::session {

class DeploymentModel;
class PeeringModel;
class Poller;

// One connected credential profile: the only place that reads the profile's API secret for a
// connection and owns an ApiClient. The main window's status panel and the setup wizard both
// use the session of the active profile; no widget creates its own client or poller.
//
// Lifecycle: start() reads the secret from the SecretStore (async), builds the ApiClient,
// loads the deployments and starts the Poller. status() walks Connecting -> Connected, or
// ends in NoSecret / CredentialsRefused / InvalidEndpoint; transient trouble is Unreachable or
// RateLimited, and the session recovers by itself (the poller backs off and retries).
// Destroying the session aborts every request silently.
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

    void start();

    const secrets::Profile &profile() const { return m_profile; }
    bool isDemo() const { return m_profile.demo; }
    // statusChanged() is emitted when the state, since, until or message change; lastSuccess
    // moves with every successful poll without a signal (read it here, e.g. on
    // Poller::pollFinished).
    const ConnectionStatus &status() const;

    DeploymentModel *deployments() const;
    PeeringModel *peerings() const;
    Poller *poller() const;
    // nullptr until the secret was read (status Connecting) and after a fatal status.
    cloud::ApiClient *client() const;
    const Clock &clock() const;
    // The client's timeouts and retries for createPeering()/deletePeering() (tests shorten
    // them). Polls use the same with one attempt: the poller owns their retry schedule.
    void setClientOptions(const cloud::ClientOptions &options);

    // The server's clock now (this computer's clock corrected by the measured skew), from the
    // injected clock: what every countdown runs on against the server's expiresAt.
    QDateTime serverNow() const;
    // Seconds left in the Aliyun attach window of `peering` (0 when closed); nullopt when the
    // peering has no window (Huawei, or not pending).
    std::optional<qint64> secondsLeft(const Peering &peering) const;

    // An immediate poll (the "Refresh now" action; also when the window is shown again).
    void refreshNow();
    // While inactive (window hidden or minimised) nothing is polled; becoming active polls at
    // once.
    void setActive(bool active);
    bool isActive() const;

    // Creates a peering. The answer (201) is merged into peerings() before the job's
    // finished() reaches the caller, and the poller switches to its fast pace. Pass the same
    // `idempotencyKey` on every attempt of one logical create. nullptr while not connected.
    cloud::PeeringJob *createPeering(const QString &deploymentId, const PeeringRequest &request,
                                     const QString &idempotencyKey);
    // Deletes a running peering (202): the row shows `deleting` until the server no longer
    // lists it; the row is never removed on the client's own initiative. nullptr while not
    // connected.
    cloud::PeeringJob *deletePeering(const QString &deploymentId, const QString &peeringId,
                                     bool force);

    // Demo profile only (isDemo(): the built-in sandbox), for the wizard's waiting page: play
    // the provider side of the pending peering `peeringId` (Peering::id, "peer-…") through the
    // sandbox controls, so a newcomer sees both endings without waiting. The answer is merged
    // into peerings() (and peeringEvent() emitted) before the job's finished() reaches the
    // caller. nullptr when the session is not a demo or not connected. Defined in
    // democontrols.cpp.
    // demoFinishProviderSide: the provider side is done now (pending -> running).
    cloud::PeeringJob *demoFinishProviderSide(const QString &peeringId);
    // demoExpireWindow: the Aliyun attach window runs out now (pending -> failed with the
    // window reason); an error (409) for a peering without a window.
    cloud::PeeringJob *demoExpireWindow(const QString &peeringId);
    // Merges one peering from an answer outside the poll (create, delete, the demo's sandbox
    // controls) into peerings(), as createPeering()/deletePeering() do: a poll in flight whose
    // answer predates it does not undo it, and the poller's pace follows (fast while pending or
    // deleting). Emits peeringEvent() for a state change.
    void mergeAnswer(const Peering &peering);

Q_SIGNALS:
    void statusChanged(const vpw::session::ConnectionStatus &status);
    // One per state change seen by a poll or an answer: pending -> running/failed, running ->
    // deleting, deleting -> gone (to == nullopt). Not emitted for the first load.
    void peeringEvent(const vpw::session::PeeringEvent &event);

private:
    struct Private;
    secrets::Profile m_profile;
    std::unique_ptr<Private> d;
};

} // namespace vpw::session
