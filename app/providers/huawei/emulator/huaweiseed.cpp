#include "huaweiapi.h"
#include "huaweiemulator.h"

namespace vpw::huawei::emu {

namespace {

QJsonObject vpc(const char *id, const char *project, const char *name, const char *cidr) {
    return {{QStringLiteral("id"), QLatin1String(id)},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("cidr"), QLatin1String(cidr)},
            {QStringLiteral("status"), QStringLiteral("OK")},
            {QStringLiteral("routes"), QJsonArray()},
            {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("project_id"), QLatin1String(project)}};
}

QJsonObject table(const char *id, const char *vpcId, const QJsonArray &routes) {
    return {{QStringLiteral("id"), QLatin1String(id)},
            {QStringLiteral("name"), QStringLiteral("rtb-default")},
            {QStringLiteral("default"), true},
            {QStringLiteral("vpc_id"), QLatin1String(vpcId)},
            {QStringLiteral("routes"), routes},
            {QStringLiteral("subnets"), QJsonArray()},
            {QStringLiteral("tenant_id"), QLatin1String(kOperatorProject)}};
}

QJsonObject group(const char *id, const char *vpcId, const char *name) {
    return {{QStringLiteral("id"), QLatin1String(id)},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("vpc_id"), QLatin1String(vpcId)},
            {QStringLiteral("enterprise_project_id"), QStringLiteral("0")}};
}

} // namespace

// Consistent with the peering API's seed (app/sandbox/seed.cpp): the operator's project and VPC
// are those of the running Huawei demo peering, EMQX's are the demo deployments'.
void seed(sandbox::EmulatorStore *store, qint64 nowMs) {
    const char *telemetry = "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9";
    const char *fresh = "9daeac7c-a98f-430f-8e38-67f9c044e299";
    const char *emqx = "ab78be2d-782f-42a5-aa72-35879f6890ff";
    for (const QJsonObject &v :
         {vpc(telemetry, kOperatorProject, "telemetry", "192.168.100.0/24"),
          vpc(fresh, kOperatorProject, "new-app", "192.168.110.0/24"),
          vpc(emqx, kEmqxProject, "emqx-e2b9c4d5", "172.20.0.0/16"),
          vpc("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "5e6f7a8b9c0d4e1f8a2b3c4d5e6f7a8b",
              "emqx-t1e2f3a4", "172.30.0.0/16")})
        store->put(kVpc, v.value(QStringLiteral("id")).toString(), v);

    const QString peeringId = QStringLiteral("22b76469-08e3-4937-8c1d-7aad34892be1");
    const QString at = isoTime(nowMs - 7LL * 24 * 3600 * 1000);
    store->put(kPeering, peeringId,
               {{QStringLiteral("id"), peeringId},
                {QStringLiteral("name"), QStringLiteral("emqx-telemetry")},
                {QStringLiteral("description"), QString()},
                {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                {QStringLiteral("request_vpc_info"),
                 QJsonObject{{QStringLiteral("vpc_id"), QLatin1String(telemetry)},
                             {QStringLiteral("tenant_id"), QLatin1String(kOperatorProject)}}},
                {QStringLiteral("accept_vpc_info"),
                 QJsonObject{{QStringLiteral("vpc_id"), QLatin1String(emqx)},
                             {QStringLiteral("tenant_id"), QLatin1String(kEmqxProject)}}},
                {QStringLiteral("created_at"), at},
                {QStringLiteral("updated_at"), at}});
    const QJsonArray peeringRoute{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("peering")},
                    {QStringLiteral("destination"), QStringLiteral("172.20.0.0/16")},
                    {QStringLiteral("nexthop"), peeringId},
                    {QStringLiteral("description"), QString()}}};
    for (const QJsonObject &t :
         {table("3d42a0d4-a980-4613-ae76-a2cddecff054", telemetry, peeringRoute),
          table("6c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6", fresh, {})})
        store->put(kRouteTable, t.value(QStringLiteral("id")).toString(), t);
    for (const QJsonObject &g :
         {group("16b6e77a-08fa-42c7-aa8b-106c048884e6", telemetry, "default"),
          group("2a7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e", fresh, "default")})
        store->put(kSecurityGroup, g.value(QStringLiteral("id")).toString(), g);
}

} // namespace vpw::huawei::emu
