#include "parts.h"

namespace vpw::providers::aws {

// A dedicated deployment in us-east-1 with a running peering and one the requester's side
// rejected.
QList<DemoDeployment> demoSeed() {
    DemoDeployment dedicated{QStringLiteral("f4a6c8e0"),
                             QStringLiteral("vehicles-virginia"),
                             QStringLiteral("us-east-1"),
                             Edition::Dedicated,
                             QStringLiteral("vpc-0e1f2a3b4c5d6e7f8"),
                             QStringLiteral("172.24.0.0/16"),
                             QStringLiteral("210987654321"),
                             {}};
    const QString account = QStringLiteral("123456789012");
    dedicated.peerings = {
        {QStringLiteral("peer-demo000aws01"),
         QStringLiteral("pcx-0a1b2c3d4e5f6a7b8"),
         account,
         QStringLiteral("vpc-0123456789abcdef0"),
         QStringLiteral("192.168.50.0/24"),
         PeeringState::Running,
         FailureCode::None,
         {}},
        {QStringLiteral("peer-demo000aws02"),
         QStringLiteral("pcx-1b2c3d4e"),
         account,
         QStringLiteral("vpc-1a2b3c4d"),
         QStringLiteral("192.168.60.0/24"),
         PeeringState::Failed,
         FailureCode::Rejected,
         {}},
    };
    return {dedicated};
}

} // namespace vpw::providers::aws
