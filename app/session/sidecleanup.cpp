#include "sidecleanup.h"

#include "applyengine.h"

#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"

#include <QMap>

namespace vpw::session {

namespace {

QMap<QString, CleanupFactory> &cleanupFactories() {
    static QMap<QString, CleanupFactory> factories;
    return factories;
}

} // namespace

void registerCleanup(const QString &providerId, CleanupFactory factory) {
    cleanupFactories().insert(providerId, std::move(factory));
}

bool hasCleanup(const QString &providerId) {
    return cleanupFactories().contains(providerId);
}

SideCleanup::SideCleanup(secrets::SecretStore *secrets, secrets::ProviderAccount account,
                         CloudSideTarget target, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_account{std::move(account), {}}
    , m_target(std::move(target)) {}

SideCleanup::~SideCleanup() {
    // The engines first: their steps hold the provider's clients.
    delete m_engine;
    delete m_preview;
}

SideCleanup *SideCleanup::find(secrets::SecretStore *secrets,
                               const QList<secrets::ProviderAccount> &accounts,
                               const QList<CloudSideTarget> &targets, const QString &recordId,
                               QObject *parent) {
    for (const CloudSideTarget &target : targets) {
        if (target.recordId != recordId)
            continue;
        for (const secrets::ProviderAccount &account : accounts) {
            if (account.id == target.accountId && hasCleanup(account.provider))
                return new SideCleanup(secrets, account, target, parent);
        }
    }
    return nullptr;
}

void SideCleanup::load() {
    if (m_preview || !m_secrets)
        return;
    secrets::SecretJob *job = m_secrets->readAccountSecret(m_account.account.id);
    job->onFinished(this, [this](const secrets::SecretJob &result) {
        if (!result.isOk()) {
            Q_EMIT ready(result.isNotFound()
                             ? tr("No AccessKey secret is stored for this account. Add it under "
                                  "Provider accounts.")
                             : result.error().message);
            return;
        }
        m_account.secret = result.secret();
        const CleanupFactory factory = cleanupFactories().value(m_account.account.provider);
        m_plan = factory ? factory(m_account, m_target) : ApplyPlan{};
        m_preview = new ApplyEngine(m_plan, {}, m_clock, this);
        connect(m_preview, &ApplyEngine::dryRunFinished, this, [this] {
            m_checked = true;
            Q_EMIT checked();
        });
        Q_EMIT ready({});
        m_preview->dryRun();
    });
}

ApplyEngine *SideCleanup::run(const QStringList &keys) {
    if (!m_preview || (m_engine && m_engine->isRunning()))
        return m_engine;
    ApplyPlan chosen = m_plan;
    chosen.steps.clear();
    for (const PlanStep &step : std::as_const(m_plan.steps)) {
        if (keys.contains(step.key))
            chosen.steps << step;
    }
    chosen.id = planIdOf(QStringList{m_plan.id} + keys);
    delete m_engine;
    m_engine = new ApplyEngine(chosen, {}, m_clock, this);
    m_engine->apply();
    return m_engine;
}

} // namespace vpw::session
