#include "aliyunapi.h"
#include "aliyunemulator.h"

namespace vpw::aliyun::emu {

namespace {

QJsonObject vpc(const char *id, const char *region, const char *owner, const char *name,
                const char *cidr, qint64 createdMs) {
    return {{QStringLiteral("VpcId"), QLatin1String(id)},
            {QStringLiteral("RegionId"), QLatin1String(region)},
            {QStringLiteral("OwnerId"), QLatin1String(owner)},
            {QStringLiteral("VpcName"), QLatin1String(name)},
            {QStringLiteral("CidrBlock"), QLatin1String(cidr)},
            {QStringLiteral("CreatedAt"), createdMs}};
}

QJsonObject cen(const char *id, const char *name, qint64 createdMs) {
    return {{QStringLiteral("CenId"), QLatin1String(id)},
            {QStringLiteral("Name"), QLatin1String(name)},
            {QStringLiteral("Description"), QString()},
            {QStringLiteral("ProtectionLevel"), QStringLiteral("REDUCED")},
            {QStringLiteral("OwnerId"), QLatin1String(kOperatorUid)},
            {QStringLiteral("Edition"), QStringLiteral("Basic")},
            {QStringLiteral("CreatedAt"), createdMs},
            {QStringLiteral("ReadyAt"), createdMs}};
}

QJsonObject child(const QString &cenId, const QString &vpcId, const char *region, const char *owner,
                  qint64 atMs) {
    return {{QStringLiteral("CenId"), cenId},
            {QStringLiteral("ChildInstanceId"), vpcId},
            {QStringLiteral("ChildInstanceType"), QStringLiteral("VPC")},
            {QStringLiteral("ChildInstanceRegionId"), QLatin1String(region)},
            {QStringLiteral("ChildInstanceOwnerId"), QLatin1String(owner)},
            {QStringLiteral("AttachedAt"), atMs},
            {QStringLiteral("ReadyAt"), atMs}};
}

QJsonObject securityGroup(const char *id, const char *region, const char *vpcId, const char *name,
                          qint64 createdMs) {
    return {{QStringLiteral("SecurityGroupId"), QLatin1String(id)},
            {QStringLiteral("RegionId"), QLatin1String(region)},
            {QStringLiteral("VpcId"), QLatin1String(vpcId)},
            {QStringLiteral("SecurityGroupName"), QLatin1String(name)},
            {QStringLiteral("Description"), QString()},
            {QStringLiteral("OwnerId"), QLatin1String(kOperatorUid)},
            {QStringLiteral("CreatedAt"), createdMs},
            {QStringLiteral("Permissions"), QJsonArray()}};
}

} // namespace

// Consistent with the peering API's seed (app/sandbox/seed.cpp): the operator's VPCs are the
// ones its demo peerings name, EMQX's VPCs are the demo deployments'.
void seed(sandbox::EmulatorStore *store, qint64 nowMs) {
    const qint64 lastWeek = nowMs - 7LL * 24 * 3600 * 1000;
    const char *op = kOperatorUid;
    const QList<QJsonObject> vpcs{
        vpc("vpc-uf6o8d1dj8sjwxi6o1xyz", "cn-hangzhou", op, "orders", "192.168.0.0/24", lastWeek),
        vpc("vpc-uf6o8d1dj8sjwxi6o1def", "cn-hangzhou", op, "billing", "192.168.10.0/24", lastWeek),
        vpc("vpc-uf6o8d1dj8sjwxi6o1ghi", "cn-hangzhou", op, "telemetry", "192.168.20.0/24",
            lastWeek),
        vpc("vpc-bp1operator0new00001", "cn-hangzhou", op, "new-app", "192.168.50.0/24", lastWeek),
        vpc("vpc-uf6operator0sh000001", "cn-shanghai", op, "shanghai-app", "192.168.60.0/24",
            lastWeek),
        // EMQX Cloud's accounts: the demo deployments' VPCs.
        vpc("vpc-bp1x8d2k4m6n0q2s4u6w8", "cn-hangzhou", kEmqxUid, "emqx-d7f3a1c2", "10.100.0.0/16",
            lastWeek),
        // In no CEN: the second dedicated deployment's, free for a new peering.
        vpc("vpc-bp1emqx0edge00000001", "cn-hangzhou", kEmqxUid, "emqx-c4e5f6a7", "10.110.0.0/16",
            lastWeek),
        vpc("vpc-uf6o8d1dj8sjwxi6o1abc", "cn-shanghai", "1688000000000002", "emqx-s5a6b7c8",
            "10.200.0.0/16", lastWeek),
    };
    for (const QJsonObject &v : vpcs)
        store->put(kVpc, v.value(QStringLiteral("VpcId")).toString(), v);

    // The running demo peering: its CEN holds the operator's VPC and EMQX's.
    const QString running = QStringLiteral("cen-7qthudw0ll6jmc3abc");
    store->put(kCen, running, cen("cen-7qthudw0ll6jmc3abc", "emqx-orders", lastWeek));
    store->put(
        kChild, running + QStringLiteral("/vpc-uf6o8d1dj8sjwxi6o1xyz"),
        child(running, QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1xyz"), "cn-hangzhou", op, lastWeek));
    store->put(kChild, running + QStringLiteral("/vpc-bp1x8d2k4m6n0q2s4u6w8"),
               child(running, QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8"), "cn-hangzhou", kEmqxUid,
                     lastWeek));
    store->put(kGrant, QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8/") + running,
               {{QStringLiteral("VpcId"), QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8")},
                {QStringLiteral("OwnerId"), QLatin1String(kEmqxUid)},
                {QStringLiteral("CenId"), running},
                {QStringLiteral("CenOwnerId"), QLatin1String(op)}});
    // The failed demo peering's CEN: the operator's VPC only.
    const QString failed = QStringLiteral("cen-0ab1cd2ef3gh4ij5kl");
    store->put(kCen, failed, cen("cen-0ab1cd2ef3gh4ij5kl", "emqx-billing", lastWeek));
    store->put(
        kChild, failed + QStringLiteral("/vpc-uf6o8d1dj8sjwxi6o1def"),
        child(failed, QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1def"), "cn-hangzhou", op, lastWeek));
    // The pending demo peering's CEN (Basic edition): the operator's VPC attached, EMQX's to do.
    const QString pending = QStringLiteral("cen-9zy8xw7vu6ts5rq4po");
    store->put(kCen, pending, cen("cen-9zy8xw7vu6ts5rq4po", "emqx-telemetry", lastWeek));
    store->put(
        kChild, pending + QStringLiteral("/vpc-uf6o8d1dj8sjwxi6o1ghi"),
        child(pending, QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1ghi"), "cn-hangzhou", op, lastWeek));
    // EMQX granted its VPC when the pending peering was submitted (as the sandbox's EMQX side
    // does for a new one); the operator's attach of it is what the peering waits for.
    store->put(kGrant, QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8/") + pending,
               {{QStringLiteral("VpcId"), QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8")},
                {QStringLiteral("OwnerId"), QLatin1String(kEmqxUid)},
                {QStringLiteral("CenId"), pending},
                {QStringLiteral("CenOwnerId"), QLatin1String(op)}});

    const QList<QJsonObject> groups{
        securityGroup("sg-bp1orders000000001", "cn-hangzhou", "vpc-uf6o8d1dj8sjwxi6o1xyz",
                      "orders-app", lastWeek),
        securityGroup("sg-bp1billing00000001", "cn-hangzhou", "vpc-uf6o8d1dj8sjwxi6o1def",
                      "billing-app", lastWeek),
        securityGroup("sg-bp1telemetry000001", "cn-hangzhou", "vpc-uf6o8d1dj8sjwxi6o1ghi",
                      "telemetry-app", lastWeek),
        securityGroup("sg-bp1newapp000000001", "cn-hangzhou", "vpc-bp1operator0new00001", "new-app",
                      lastWeek),
    };
    for (const QJsonObject &g : groups)
        store->put(kSecurityGroup, g.value(QStringLiteral("SecurityGroupId")).toString(), g);
}

} // namespace vpw::aliyun::emu
