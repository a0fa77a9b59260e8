#include "seed.h"

#include "scaledclock.h"
#include "store.h"

#include "app/core/model.h"
#include "app/providers/registry.h"

#include <algorithm>

namespace vpw::sandbox {

namespace {

const QStringList kDefaultReserved{QStringLiteral("10.10.0.0/24~10.32.255.0/24")};

Deployment deployment(Provider provider, const DemoDeployment &demo) {
    Deployment d;
    d.id = demo.id;
    d.name = demo.name;
    d.provider = provider;
    d.region = demo.region;
    d.edition = demo.edition;
    d.vpcId = demo.vpcId;
    d.cidr = *Cidr::fromString(demo.cidr);
    d.cloudAccountId = demo.cloudAccountId;
    d.reservedCidrs = kDefaultReserved;
    return d;
}

// A week-old record; a pending one is created now with a real (scaled) window from now; a failed
// one failed when its window closed (or at creation without a window), with the module's reason.
PeeringRecord peering(const Deployment &on, const DemoPeering &demo, const ScaledClock &clock) {
    const QDateTime now = clock.now();
    Peering p;
    p.id = demo.id;
    p.deploymentId = on.id;
    p.provider = on.provider;
    p.peeringId = demo.peeringId;
    p.accountId = demo.accountId;
    p.vpcId = demo.vpcId;
    p.cidr = *Cidr::fromString(demo.cidr);
    p.state = demo.state;
    p.createdAt = demo.state == PeeringState::Pending ? now : now.addDays(-7);
    p.updatedAt = p.createdAt;
    if (const auto window = attachWindowSeconds(on.provider)) {
        p.expiresAt = demo.state == PeeringState::Pending ? now.addMSecs(clock.scaledMs(*window))
                                                          : p.createdAt.addSecs(*window);
    }
    if (demo.state == PeeringState::Failed) {
        p.failureCode = demo.failureCode;
        p.failureReason = on.provider->failureReason(demo.failureCode);
        if (demo.failureCode == FailureCode::WindowClosed && p.expiresAt)
            p.updatedAt = *p.expiresAt;
    }
    p.boundResources = demo.boundResources;
    return PeeringRecord{p, {}, {}};
}

} // namespace

void seedDemoData(Store *store, const ScaledClock &clock, int extraDeployments) {
    QList<Deployment> deployments;
    QList<PeeringRecord> peerings;
    for (const Provider provider : providerModules()) {
        for (const DemoDeployment &demo : provider->demoSeed()) {
            const Deployment d = deployment(provider, demo);
            deployments.append(d);
            for (const DemoPeering &p : demo.peerings)
                peerings.append(peering(d, p, clock));
        }
    }
    // Dedicated deployments first (where peering is available), each edition in registry order.
    std::stable_sort(
        deployments.begin(), deployments.end(),
        [](const Deployment &a, const Deployment &b) { return a.edition < b.edition; });
    store->deployments() = deployments;
    // Copies of the first dedicated deployment without peerings ("bench-0001"...).
    const Deployment &first = deployments.constFirst();
    for (int n = 1; n <= extraDeployments; ++n) {
        Deployment extra = first;
        extra.id = QStringLiteral("b%1").arg(n, 7, 16, QLatin1Char('0'));
        extra.name = QStringLiteral("bench-%1").arg(n, 4, 10, QLatin1Char('0'));
        extra.cidr = Cidr::fromNetwork(0xAC100000u + (quint32(n) << 12), 20); // in 172.16/12
        store->deployments().append(extra);
    }
    store->peerings() = peerings;
}

} // namespace vpw::sandbox
