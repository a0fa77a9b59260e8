#include "parts.h"

namespace vpw::providers::huawei {

// A dedicated deployment in cn-north-4 with a running peering; a free-trial deployment in
// ap-southeast-1, where peering is not available.
QList<DemoDeployment> demoSeed() {
    DemoDeployment dedicated{QStringLiteral("e2b9c4d5"),
                             QStringLiteral("telemetry-beijing"),
                             QStringLiteral("cn-north-4"),
                             Edition::Dedicated,
                             QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff"),
                             QStringLiteral("172.20.0.0/16"),
                             QStringLiteral("77b6a44cba5143ab91d13ab9a8ff44fd"),
                             {}};
    dedicated.peerings = {{QStringLiteral("peer-demo0huawei1"),
                           QStringLiteral("22b76469-08e3-4937-8c1d-7aad34892be1"),
                           QStringLiteral("0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e"),
                           QStringLiteral("3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9"),
                           QStringLiteral("192.168.100.0/24"),
                           PeeringState::Running,
                           FailureCode::None,
                           {}}};
    const DemoDeployment trial{QStringLiteral("t1e2f3a4"),
                               QStringLiteral("trial-singapore"),
                               QStringLiteral("ap-southeast-1"),
                               Edition::Trial,
                               QStringLiteral("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"),
                               QStringLiteral("172.30.0.0/16"),
                               QStringLiteral("5e6f7a8b9c0d4e1f8a2b3c4d5e6f7a8b"),
                               {}};
    return {dedicated, trial};
}

} // namespace vpw::providers::huawei
