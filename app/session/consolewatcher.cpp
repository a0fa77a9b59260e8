#include "consolewatcher.h"

#include "consolebackend.h"

#include "app/cloud/outcomeprobe.h"
#include "app/core/clock.h"
#include "app/core/providermodule.h"
#include "app/providers/clientregistry.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"

#include <QPointer>

namespace vpw::session {

ConsoleWatcher::ConsoleWatcher(ConsoleBackend *console, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_clock(clock ? clock : &systemClock()) {
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, &ConsoleWatcher::checkNow);
    connect(console, &ConsoleBackend::peeringsChanged, this, &ConsoleWatcher::updateTimer);
}

ConsoleWatcher::~ConsoleWatcher() = default;

void ConsoleWatcher::setAccount(const secrets::ProviderAccount &account, const QString &secret,
                                const QString &projectId) {
    cloud::ProbeAccount probeAccount{
        account.provider, account.accessKeyId,
        secret,           account.regions.isEmpty() ? QString() : account.regions.constFirst(),
        projectId,        account.endpointOverride};
    if (auto probe = makeOutcomeProbe(probeAccount)) {
        auto watch = std::make_shared<Watch>();
        watch->account = account;
        watch->probe = std::move(probe);
        m_watches.insert(account.provider, watch);
        Q_EMIT accountsChanged();
        updateTimer();
        checkNow();
    }
}

void ConsoleWatcher::useAccounts(const QList<secrets::ProviderAccount> &accounts,
                                 secrets::SecretStore *secrets) {
    clearAccounts();
    if (!secrets)
        return;
    QSet<QString> providers;
    const quint64 generation = m_generation;
    for (const secrets::ProviderAccount &account : accounts) {
        if (providers.contains(account.provider))
            continue;
        providers.insert(account.provider);
        secrets->readAccountSecret(account.id)
            ->onFinished(this, [this, account, generation](const secrets::SecretJob &job) {
                if (generation == m_generation && job.isOk())
                    setAccount(account, job.secret());
            });
    }
}

void ConsoleWatcher::clearAccounts() {
    ++m_generation;
    m_watches.clear();
    m_inFlight.clear();
    updateTimer();
    Q_EMIT accountsChanged();
}

QString ConsoleWatcher::accountName(const QString &providerId) const {
    const auto watch = m_watches.value(providerId);
    return watch ? watch->account.name : QString();
}

void ConsoleWatcher::checkNow() {
    for (const ConsolePeering &entry : m_console->peeringEntries()) {
        if (!entry.removed && entry.peering.state == PeeringState::Pending &&
            entry.peering.provider && m_watches.contains(entry.peering.provider->id()))
            check(entry.peering.id);
    }
}

void ConsoleWatcher::check(const QString &recordId) {
    const auto entry = m_console->peeringEntry(recordId);
    if (!entry || m_inFlight.contains(recordId))
        return;
    const Peering &peering = entry->peering;
    const std::shared_ptr<Watch> watch = m_watches.value(peering.provider->id());
    if (!watch)
        return;
    cloud::ProbeTarget target;
    target.peeringId = peering.peeringId;
    target.deploymentRegion = entry->region;
    for (const Deployment &deployment : m_console->deployments()) {
        if (deployment.id == peering.deploymentId) {
            target.deploymentVpcId = deployment.vpcId;
            target.cloudAccountId = deployment.cloudAccountId;
        }
    }
    m_inFlight.insert(recordId);
    const std::weak_ptr<Watch> weak = watch;
    watch->probe->check(target, [this, recordId, weak](const cloud::ProbeAnswer &answer) {
        if (weak.expired())
            return; // the account was replaced meanwhile
        m_inFlight.remove(recordId);
        const auto now = m_console->peeringEntry(recordId);
        if (!now || now->removed || now->peering.state != PeeringState::Pending)
            return;
        Provider provider = now->peering.provider;
        m_lastError = answer.kind == cloud::ProbeAnswer::Error ? answer.message : QString();
        if (!answer.status.isEmpty())
            m_status.insert(recordId, answer.status);
        if (answer.kind == cloud::ProbeAnswer::Running) {
            m_console->confirmOutcome(recordId, PeeringState::Running, {}, {}, true);
        } else if (answer.kind == cloud::ProbeAnswer::Failed) {
            m_console->confirmOutcome(recordId, PeeringState::Failed, answer.code,
                                      provider->failureReason(answer.code), true);
        } else if (answer.kind == cloud::ProbeAnswer::Waiting && now->peering.expiresAt &&
                   m_clock->now() >= *now->peering.expiresAt) {
            // Not attached within the window (estimated from Done): EMQX Cloud has failed it.
            m_console->confirmOutcome(recordId, PeeringState::Failed, FailureCode::WindowClosed,
                                      provider->failureReason(FailureCode::WindowClosed), true);
        }
        Q_EMIT checked(recordId);
    });
}

void ConsoleWatcher::updateTimer() {
    bool pending = false;
    for (const ConsolePeering &entry : m_console->peeringEntries()) {
        pending =
            pending || (!entry.removed && entry.peering.state == PeeringState::Pending &&
                        entry.peering.provider && m_watches.contains(entry.peering.provider->id()));
    }
    if (pending && !m_timer.isActive())
        m_timer.start();
    else if (!pending)
        m_timer.stop();
}

} // namespace vpw::session
