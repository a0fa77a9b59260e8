#pragma once

#include "aliyuntypes.h"

#include "app/cloud/providerjob.h"

namespace vpw::aliyun {

using CenIdJob = cloud::ProviderCall<QString>;
using CenListJob = cloud::ProviderCall<QList<Cen>>;
using ChildInstanceJob = cloud::ProviderCall<ChildInstance>;
using ChildInstanceListJob = cloud::ProviderCall<QList<ChildInstance>>;
using VpcJob = cloud::ProviderCall<Vpc>;
using VpcListJob = cloud::ProviderCall<QList<Vpc>>;
using SecurityGroupListJob = cloud::ProviderCall<QList<SecurityGroup>>;
using SecurityGroupAttributeJob = cloud::ProviderCall<SecurityGroupAttribute>;
using DoneJob = cloud::ProviderCall<bool>;
using TransitRouterListJob = cloud::ProviderCall<QList<TransitRouter>>;
using CenEditionJob = cloud::ProviderCall<CenEdition>;
using TransitRouterIdJob = cloud::ProviderCall<QString>;
using VpcAttachmentJob = cloud::ProviderCall<TransitRouterVpcAttachment>;
using VpcAttachmentListJob = cloud::ProviderCall<QList<TransitRouterVpcAttachment>>;

// The client of the Alibaba Cloud operations of providers-api.md §0.1, signed with
// ACS3-HMAC-SHA256 (what the current official SDKs send): RPC style, POST /, the parameters in
// the query, an empty body. One typed job per operation (cloud::ProviderJob's contract: one
// finished(), then the job deletes itself). Listings follow every page to the end.
//
// Writes are idempotent: CreateCen and AuthorizeSecurityGroup carry a ClientToken (the same on
// every retry); AttachCenChildInstance, which takes none, reads the attachment first and
// starts over from that read after a lost answer. Throttling and 5xx are retried.
class Client : public cloud::ProviderClient {
    Q_OBJECT
public:
    explicit Client(Account account, QObject *parent = nullptr);

    const Account &account() const { return m_account; }
    // The base URL of `service` ("cbn", "vpc", "ecs") in the account's region (§1).
    QUrl endpoint(const QString &service) const;

    // `clientToken` empty: a new one (kept for the retries of this call).
    // `dryRun`: Alibaba Cloud checks the request and the permission and creates nothing; a
    // passed check is the error DryRunOperation (isDryRunPassed()).
    CenIdJob *createCen(const QString &name, const QString &description = {},
                        const QString &clientToken = {}, bool dryRun = false);
    // Every CEN of the account (or the one `cenId`).
    CenListJob *describeCens(const QString &cenId = {});
    // Attaches `vpcId` (in `regionId`) to the CEN; `ownerUid` for another account's VPC (EMQX's).
    // Already attached to this CEN: success with the attachment as it is.
    ChildInstanceJob *attachCenChildInstance(const QString &cenId, const QString &vpcId,
                                             const QString &regionId, const QString &ownerUid = {});
    // DetachCenChildInstance (no ClientToken: not resent; the caller reads first).
    DoneJob *detachCenChildInstance(const QString &cenId, const QString &vpcId,
                                    const QString &regionId, const QString &ownerUid = {});
    ChildInstanceListJob *describeCenAttachedChildInstances(const QString &cenId);
    ChildInstanceJob *describeCenAttachedChildInstanceAttribute(const QString &cenId,
                                                                const QString &vpcId,
                                                                const QString &regionId);
    VpcListJob *describeVpcs();
    VpcJob *describeVpcAttribute(const QString &vpcId);
    SecurityGroupListJob *describeSecurityGroups(const QString &vpcId = {});
    // A duplicate rule succeeds and adds nothing (Alibaba Cloud's semantics).
    DoneJob *authorizeSecurityGroup(const QString &securityGroupId, const SecurityGroupRule &rule,
                                    const QString &clientToken = {}, bool dryRun = false);
    // RevokeSecurityGroup by rule ID (SecurityGroupRuleId.1, with a ClientToken): an unknown
    // rule is an error (InvalidParam.SecurityGroupRuleId since July 2024), so read first.
    DoneJob *revokeSecurityGroup(const QString &securityGroupId, const QString &ruleId,
                                 const QString &clientToken = {});
    static bool isDryRunPassed(const QString &code) {
        return code == QLatin1String("DryRunOperation");
    }
    SecurityGroupAttributeJob *
    describeSecurityGroupAttribute(const QString &securityGroupId,
                                   const QString &direction = QStringLiteral("ingress"));
    // The transit routers of a CEN, in every region or in `regionId` (aliyuntransitclient.cpp).
    TransitRouterListJob *listTransitRouters(const QString &cenId, const QString &regionId = {});
    // The CEN's edition in `regionId` (ListTransitRouters): ask before AttachCenChildInstance,
    // which is the Basic edition's API (providers-api.md §0.1 "Edition pitfall").
    CenEditionJob *cenEdition(const QString &cenId, const QString &regionId);
    // The Enterprise path of §2.3: an Enterprise transit router in a region of the CEN, and a
    // VPC attached to it (`ownerUid` for another account's VPC, which that account must have
    // granted with GrantInstanceToTransitRouter; EMQX Cloud's documented flow does not).
    // Both carry a ClientToken; the attachment is `Attaching` until it is `Attached`.
    TransitRouterIdJob *createTransitRouter(const QString &cenId, const QString &regionId,
                                            const QString &clientToken = {});
    VpcAttachmentJob *createTransitRouterVpcAttachment(const QString &cenId, const QString &vpcId,
                                                       const QList<ZoneMapping> &zones,
                                                       const QString &ownerUid = {},
                                                       const QString &clientToken = {});
    VpcAttachmentListJob *listTransitRouterVpcAttachments(const QString &cenId);

    void sign(cloud::ProviderRequest &request) const override;
    cloud::ProviderError parseError(int status, const QByteArray &body,
                                    const QByteArray &requestIdHeader) const override;

    static QString newClientToken();
    // The translated explanation of an Alibaba Cloud error code (empty when none is known).
    static QString explain(const QString &code, const QString &message);

private:
    using Params = QList<QPair<QString, QString>>;
    cloud::ProviderRequest request(const QString &service, const char *action, const char *version,
                                   const Params &params, bool idempotent = true) const;

    Account m_account;
};

} // namespace vpw::aliyun
