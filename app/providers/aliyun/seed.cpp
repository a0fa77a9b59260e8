#include "parts.h"

namespace vpw::providers::aliyun {

// A dedicated deployment in cn-hangzhou with a running peering (and a bound rule-engine
// resource), a failed one (the window closed) and a pending one (a fresh window); a second
// dedicated deployment in cn-hangzhou without peerings, whose VPC is in no CEN (so that a new
// peering can attach it: one VPC belongs to one CEN); a shared deployment in cn-shanghai, where
// peering is not available.
QList<DemoDeployment> demoSeed() {
    DemoDeployment dedicated{QStringLiteral("d7f3a1c2"),
                             QStringLiteral("iot-hangzhou-prod"),
                             QStringLiteral("cn-hangzhou"),
                             Edition::Dedicated,
                             QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8"),
                             QStringLiteral("10.100.0.0/16"),
                             QStringLiteral("1688000000000001"),
                             {}};
    const QString account = QStringLiteral("1688123456789012");
    dedicated.peerings = {
        {QStringLiteral("peer-demo0running"),
         QStringLiteral("cen-7qthudw0ll6jmc3abc"),
         account,
         QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1xyz"),
         QStringLiteral("192.168.0.0/24"),
         PeeringState::Running,
         FailureCode::None,
         {{QStringLiteral("res-demo0kafka"), QStringLiteral("orders-kafka"),
           QStringLiteral("kafka")}}},
        {QStringLiteral("peer-demo00failed"),
         QStringLiteral("cen-0ab1cd2ef3gh4ij5kl"),
         account,
         QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1def"),
         QStringLiteral("192.168.10.0/24"),
         PeeringState::Failed,
         FailureCode::WindowClosed,
         {}},
        {QStringLiteral("peer-demo0pending"),
         QStringLiteral("cen-9zy8xw7vu6ts5rq4po"),
         account,
         QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1ghi"),
         QStringLiteral("192.168.20.0/24"),
         PeeringState::Pending,
         FailureCode::None,
         {}},
    };
    const DemoDeployment edge{QStringLiteral("c4e5f6a7"),
                              QStringLiteral("iot-hangzhou-staging"),
                              QStringLiteral("cn-hangzhou"),
                              Edition::Dedicated,
                              QStringLiteral("vpc-bp1emqx0edge00000001"),
                              QStringLiteral("10.110.0.0/16"),
                              QStringLiteral("1688000000000001"),
                              {}};
    const DemoDeployment shared{QStringLiteral("s5a6b7c8"),
                                QStringLiteral("shared-playground"),
                                QStringLiteral("cn-shanghai"),
                                Edition::Shared,
                                QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1abc"),
                                QStringLiteral("10.200.0.0/16"),
                                QStringLiteral("1688000000000002"),
                                {}};
    return {dedicated, edge, shared};
}

} // namespace vpw::providers::aliyun
