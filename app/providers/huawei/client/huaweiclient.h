#pragma once

#include "huaweitypes.h"

#include "app/cloud/providerjob.h"

namespace vpw::huawei {

using CredentialJob = cloud::ProviderCall<Credential>;
using ProjectListJob = cloud::ProviderCall<QList<Project>>;
using VpcJob = cloud::ProviderCall<Vpc>;
using VpcListJob = cloud::ProviderCall<QList<Vpc>>;
using PeeringJob = cloud::ProviderCall<Peering>;
using PeeringListJob = cloud::ProviderCall<QList<Peering>>;
using RouteTableJob = cloud::ProviderCall<RouteTable>;
using RouteTableListJob = cloud::ProviderCall<QList<RouteTable>>;
using SecurityGroupListJob = cloud::ProviderCall<QList<SecurityGroup>>;
using SecurityGroupRuleJob = cloud::ProviderCall<SecurityGroupRule>;
using SecurityGroupRuleListJob = cloud::ProviderCall<QList<SecurityGroupRule>>;
using VpcRouteJob = cloud::ProviderCall<VpcRoute>;
using VpcRouteListJob = cloud::ProviderCall<QList<VpcRoute>>;
using DeleteJob = cloud::ProviderCall<bool>; // true once deleted

// The client of the Huawei Cloud operations of providers-api.md §0.2, signed with
// SDK-HMAC-SHA256 over content-type, host, x-project-id (not for IAM) and x-sdk-date, as the
// official SDKs sign. One typed job per operation (cloud::ProviderJob's contract). Listings
// follow every page (marker) to the end.
//
// None of the writes takes an idempotency token, so each reads first: CreateVpcPeering adopts a
// live peering between the same two VPCs, the route is not added again when the table has it,
// and a security-group rule that exists is returned instead of created (Huawei answers a
// duplicate with an error). After a lost answer the job starts over from that read.
class Client : public cloud::ProviderClient {
    Q_OBJECT
public:
    explicit Client(Account account, QObject *parent = nullptr);

    const Account &account() const { return m_account; }
    QUrl endpoint(const QString &service) const; // "vpc" or "iam"

    CredentialJob *showPermanentAccessKey();
    // KeystoneListAuthDomains (the account ID) and KeystoneListAuthProjects (the project of
    // each region), both IAM.
    ProjectListJob *listAuthDomains();
    ProjectListJob *listAuthProjects();
    VpcListJob *listVpcs();
    VpcJob *showVpc(const QString &vpcId);
    PeeringJob *createVpcPeering(const QString &name, const QString &ownVpcId,
                                 const QString &peerVpcId, const QString &peerProjectId,
                                 const QString &description = {});
    PeeringJob *showVpcPeering(const QString &peeringId);
    PeeringListJob *listVpcPeerings(const QString &vpcId = {});
    RouteTableListJob *listRouteTables(const QString &vpcId);
    RouteTableJob *showRouteTable(const QString &routeTableId);
    // UpdateRouteTable with routes.add (what Terraform does); the table after the change.
    RouteTableJob *addRoute(const QString &routeTableId, const Route &route);
    // UpdateRouteTable with routes.del: the route to `route.destination` through
    // `route.nexthop` leaves the table (the cleanup after a peering is deleted). No read first:
    // the caller reads the table before.
    RouteTableJob *deleteRoute(const QString &routeTableId, const Route &route);
    SecurityGroupListJob *listSecurityGroups(const QString &vpcId = {});
    SecurityGroupRuleJob *createSecurityGroupRule(const SecurityGroupRule &rule);
    SecurityGroupRuleListJob *listSecurityGroupRules(const QString &securityGroupId);
    // DeleteSecurityGroupRule v1 (DELETE /v1/{project}/security-group-rules/{id}, 204). An
    // unknown rule is an error: the caller reads the rules first.
    DeleteJob *deleteSecurityGroupRule(const QString &ruleId);

    // The v3 and v2.0 forms of providers-api.md §0.2 (huaweiclientv3.cpp).
    // ShowVpc v3 (GET /v3/{project}/vpc/vpcs/{id}): also the secondary CIDRs.
    VpcJob *showVpcV3(const QString &vpcId);
    // CreateSecurityGroupRule v3: ports as multiport, with action and priority. Reads the
    // group's rules (v3) first and returns an identical rule instead of creating it.
    // `dryRun` (v3's dry_run): Huawei checks the request and the IAM permission and creates
    // nothing; a passed check answers 202 and the job's rule has no ID, a denied one fails
    // with the IAM refusal (403). v1 has no dry run.
    SecurityGroupRuleJob *createSecurityGroupRuleV3(const SecurityGroupRule &rule,
                                                    bool dryRun = false);
    SecurityGroupRuleListJob *listSecurityGroupRulesV3(const QString &securityGroupId);
    // The v2.0 route API: a peering route in `vpcId`'s default route table. Reads the VPC's
    // routes to `route.destination` first: one to the same next hop is returned as is.
    VpcRouteJob *createVpcRoute(const QString &vpcId, const Route &route);
    VpcRouteListJob *listVpcRoutes(const QString &vpcId);

    void sign(cloud::ProviderRequest &request) const override;
    cloud::ProviderError parseError(int status, const QByteArray &body,
                                    const QByteArray &requestIdHeader) const override;

    static QString explain(const QString &code, const QString &message);

private:
    cloud::ProviderRequest request(const QString &service, const QByteArray &method,
                                   const QString &path,
                                   const QList<QPair<QString, QString>> &query = {},
                                   const QByteArray &body = {}) const;
    QString projectPath(const QString &rest) const;

    Account m_account;
};

} // namespace vpw::huawei
