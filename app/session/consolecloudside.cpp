#include "consolecloudside.h"

#include "consolebackend.h"

#include "app/core/providermodule.h"

namespace vpw::session {

namespace {

const secrets::ProviderAccount *accountFor(const QList<secrets::ProviderAccount> &accounts,
                                           const QString &providerId, const QString &region) {
    const secrets::ProviderAccount *first = nullptr;
    for (const secrets::ProviderAccount &account : accounts) {
        if (account.provider != providerId)
            continue;
        if (account.regions.contains(region))
            return &account;
        if (!first)
            first = &account;
    }
    return first;
}

} // namespace

QList<CloudSideTarget> consoleCloudSideTargets(const ConsoleBackend &console,
                                               const QList<secrets::ProviderAccount> &accounts) {
    QList<CloudSideTarget> targets;
    for (const ConsolePeering &entry : console.peeringEntries()) {
        const Peering &p = entry.peering;
        if (entry.removed || p.state != PeeringState::Running || !p.provider ||
            !hasCloudSide(p.provider->id()))
            continue;
        const secrets::ProviderAccount *account =
            accountFor(accounts, p.provider->id(), entry.region);
        if (!account)
            continue;
        CloudSideTarget t;
        t.recordId = p.id;
        t.accountId = account->id;
        t.deploymentId = p.deploymentId;
        t.region = entry.region;
        for (const Deployment &d : console.deployments()) {
            if (d.id != p.deploymentId)
                continue;
            t.deploymentCidr = d.cidr.toString();
            t.deploymentVpcId = d.vpcId;
            if (t.region.isEmpty())
                t.region = d.region;
        }
        t.vpcId = p.vpcId;
        t.providerPeeringId = p.peeringId;
        t.securityGroupId = entry.cloudSide.securityGroupId;
        t.routeTableId = entry.cloudSide.routeTableId;
        t.ports = entry.cloudSide.ports;
        targets << t;
    }
    return targets;
}

} // namespace vpw::session
