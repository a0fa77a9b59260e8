#include "seed.h"

#include "clock.h"
#include "store.h"

#include "app/core/model.h"

namespace vpw::sandbox {

namespace {

const QStringList kDefaultReserved{QStringLiteral("10.10.0.0/24~10.32.255.0/24")};

Deployment deployment(const char *id, const char *name, Provider platform, const char *region,
                      Edition edition, const char *vpcId, const char *cidr,
                      const char *cloudAccountId) {
    Deployment d;
    d.id = QLatin1String(id);
    d.name = QLatin1String(name);
    d.platform = platform;
    d.region = QLatin1String(region);
    d.edition = edition;
    d.vpcId = QLatin1String(vpcId);
    d.cidr = *Cidr::fromString(QString::fromLatin1(cidr));
    d.cloudAccountId = QLatin1String(cloudAccountId);
    d.reservedCidrs = kDefaultReserved;
    return d;
}

PeeringRecord peering(const char *id, const Deployment &on, const char *peeringId,
                      const char *accountId, const char *vpcId, const char *cidr,
                      PeeringState state, const QDateTime &createdAt) {
    Peering p;
    p.id = QLatin1String(id);
    p.deploymentId = on.id;
    p.provider = on.platform;
    p.peeringId = QLatin1String(peeringId);
    p.accountId = QLatin1String(accountId);
    p.vpcId = QLatin1String(vpcId);
    p.cidr = *Cidr::fromString(QString::fromLatin1(cidr));
    p.state = state;
    p.createdAt = createdAt;
    p.updatedAt = createdAt;
    if (const auto window = attachWindowSeconds(on.platform))
        p.expiresAt = createdAt.addSecs(*window);
    return PeeringRecord{p, {}, {}};
}

} // namespace

void seedDemoData(Store *store, const Clock &clock, int extraDeployments) {
    const QDateTime now = clock.now();
    const QDateTime lastWeek = now.addDays(-7);

    const Deployment aliyun = deployment(
        "d7f3a1c2", "iot-hangzhou-prod", Provider::Aliyun, "cn-hangzhou", Edition::Dedicated,
        "vpc-bp1x8d2k4m6n0q2s4u6w8", "10.100.0.0/16", "1688000000000001");
    const Deployment huawei =
        deployment("e2b9c4d5", "telemetry-beijing", Provider::Huawei, "cn-north-4",
                   Edition::Dedicated, "ab78be2d-782f-42a5-aa72-35879f6890ff", "172.20.0.0/16",
                   "77b6a44cba5143ab91d13ab9a8ff44fd");
    const Deployment shared = deployment(
        "s5a6b7c8", "shared-playground", Provider::Aliyun, "cn-shanghai", Edition::Shared,
        "vpc-uf6o8d1dj8sjwxi6o1abc", "10.200.0.0/16", "1688000000000002");
    const Deployment trial =
        deployment("t1e2f3a4", "trial-singapore", Provider::Huawei, "ap-southeast-1",
                   Edition::Trial, "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "172.30.0.0/16",
                   "5e6f7a8b9c0d4e1f8a2b3c4d5e6f7a8b");
    store->deployments() = {aliyun, huawei, shared, trial};
    for (int n = 1; n <= extraDeployments; ++n) {
        Deployment extra = aliyun;
        extra.id = QStringLiteral("b%1").arg(n, 7, 16, QLatin1Char('0'));
        extra.name = QStringLiteral("bench-%1").arg(n, 4, 10, QLatin1Char('0'));
        extra.vpcId = QStringLiteral("vpc-bp1bench%1").arg(n, 13, 10, QLatin1Char('0'));
        extra.cidr = Cidr::fromNetwork(0xAC100000u + (quint32(n) << 12), 20); // in 172.16/12
        store->deployments().append(extra);
    }

    PeeringRecord bound =
        peering("pcx-demo0running", aliyun, "cen-7qthudw0ll6jmc3abc", "1688123456789012",
                "vpc-uf6o8d1dj8sjwxi6o1xyz", "192.168.0.0/24", PeeringState::Running, lastWeek);
    bound.peering.boundResources.append({QStringLiteral("res-demo0kafka"),
                                         QStringLiteral("orders-kafka"), QStringLiteral("kafka")});
    PeeringRecord failed =
        peering("pcx-demo00failed", aliyun, "cen-0ab1cd2ef3gh4ij5kl", "1688123456789012",
                "vpc-uf6o8d1dj8sjwxi6o1def", "192.168.10.0/24", PeeringState::Failed, lastWeek);
    failed.peering.updatedAt = *failed.peering.expiresAt;
    failed.peering.failureReason =
        QStringLiteral("The network instance was not loaded into the CEN within 10 minutes.");
    PeeringRecord pending =
        peering("pcx-demo0pending", aliyun, "cen-9zy8xw7vu6ts5rq4po", "1688123456789012",
                "vpc-uf6o8d1dj8sjwxi6o1ghi", "192.168.20.0/24", PeeringState::Pending, now);
    // The pending demo peering gets a real (scaled) window from now.
    pending.peering.expiresAt = now.addMSecs(clock.scaledMs(600));
    PeeringRecord huaweiRunning =
        peering("pcx-demo0huawei1", huawei, "22b76469-08e3-4937-8c1d-7aad34892be1",
                "0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e", "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
                "192.168.100.0/24", PeeringState::Running, lastWeek);
    store->peerings() = {bound, failed, pending, huaweiRunning};
}

} // namespace vpw::sandbox
