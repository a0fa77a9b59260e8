#include "providercoupling.h"

#include "lifecycle.h"
#include "scaledclock.h"
#include "store.h"

#include "app/core/peeringstate.h"

namespace vpw::sandbox {

ProviderCoupling::ProviderCoupling(Store *store, Lifecycle *lifecycle, const ScaledClock *clock)
    : m_store(store)
    , m_lifecycle(lifecycle)
    , m_clock(clock) {}

ProviderCoupling::~ProviderCoupling() = default;

void ProviderCoupling::add(std::unique_ptr<ProviderSide> side) {
    m_sides.push_back(std::move(side));
}

ProviderSide *ProviderCoupling::sideFor(const Peering &peering) const {
    for (const auto &side : m_sides) {
        if (side->covers(peering))
            return side.get();
    }
    return nullptr;
}

bool ProviderCoupling::reconcile(const QString &id) {
    const Store &store = *m_store;
    const PeeringRecord *current = store.peering(id);
    if (!current || current->peering.state != PeeringState::Pending)
        return false;
    ProviderSide *side = sideFor(current->peering);
    const Deployment *deployment = store.deployment(current->peering.deploymentId);
    if (!side || !deployment)
        return false;
    const ProviderVerdict verdict = side->verdict(current->peering, *deployment);
    switch (verdict.kind) {
    case ProviderVerdict::Kind::Waiting:
        return false;
    case ProviderVerdict::Kind::RunsAt:
        if (current->autoAttachAt && *current->autoAttachAt <= verdict.at)
            return false;
        m_store->peering(id)->autoAttachAt = verdict.at;
        return true;
    case ProviderVerdict::Kind::Fails:
        return Lifecycle::fail(*m_store->peering(id), verdict.code, QString(), m_clock->now());
    }
    return false;
}

void ProviderCoupling::submitted(const QString &id) {
    const Store &store = *m_store;
    const PeeringRecord *record = store.peering(id);
    ProviderSide *side = record ? sideFor(record->peering) : nullptr;
    const Deployment *deployment = side ? store.deployment(record->peering.deploymentId) : nullptr;
    if (!deployment)
        return;
    side->submitted(record->peering, *deployment);
    if (reconcile(id))
        m_lifecycle->advance(m_clock->now());
}

std::optional<QString> ProviderCoupling::playOperator(const QString &id) {
    const Store &store = *m_store;
    const PeeringRecord *record = store.peering(id);
    ProviderSide *side = record ? sideFor(record->peering) : nullptr;
    const Deployment *deployment = side ? store.deployment(record->peering.deploymentId) : nullptr;
    if (!deployment)
        return std::nullopt;
    QString error;
    if (!side->playOperator(record->peering, *deployment, &error))
        return error.isEmpty() ? QStringLiteral("The operator's call was refused.") : error;
    if (reconcile(id))
        m_lifecycle->advance(m_clock->now());
    return QString();
}

bool ProviderCoupling::reconcileAll() {
    if (m_sides.empty())
        return false;
    QStringList pending;
    for (const PeeringRecord &record : std::as_const(*m_store).peerings()) {
        if (record.peering.state == PeeringState::Pending && sideFor(record.peering))
            pending << record.peering.id;
    }
    bool changed = false;
    for (const QString &id : std::as_const(pending))
        changed |= reconcile(id);
    changed |= m_lifecycle->advance(m_clock->now());
    return changed;
}

} // namespace vpw::sandbox
