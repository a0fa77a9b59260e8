#include "model.h"

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
    switch (provider) {
    case Provider::Aliyun:
        return 600; // "您需要在10分钟内完成 ... 否则将视为失败"
    case Provider::Huawei:
        return std::nullopt; // the operator's request waits for EMQX Cloud to accept it
    }
    return std::nullopt;
}

} // namespace vpw
