#include "model.h"

#include "flow.h"
#include "providermodule.h"

#include <QCoreApplication>

namespace vpw {

CidrIndex buildCidrIndex(const Deployment &deployment, const QList<Peering> &peerings) {
    QList<CidrIndex::Entry> entries;
    entries.reserve(peerings.size() + 1);
    if (deployment.cidr.prefixLength() > 0) {
        entries.append(
            {deployment.cidr, QCoreApplication::translate("vpw::Model", "deployment VPC")});
    }
    for (const Peering &peering : peerings) {
        // A failed peering released its CIDR; every other state still routes it.
        if (holdsCidr(peering.state))
            entries.append({peering.cidr, peering.peeringId});
    }
    return CidrIndex(std::move(entries));
}

std::optional<int> attachWindowSeconds(Provider provider) {
    return provider ? provider->flow().attachWindowSeconds : std::nullopt;
}

QString peeringStateDescription(const Peering &peering) {
    if (peering.state == PeeringState::Pending && peering.provider &&
        !attachWindowSeconds(peering.provider)) {
        return QCoreApplication::translate("vpw::PeeringState",
                                           "Waiting for EMQX Cloud to accept the peering request "
                                           "you created. Nothing more is needed from you now.");
    }
    return peeringStateDescription(peering.state);
}

} // namespace vpw
