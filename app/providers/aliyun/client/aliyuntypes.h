#pragma once

#include "app/cloud/accountprobe.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace vpw::aliyun {

// The operator's Alibaba Cloud account as the client uses it. The secret only passes through
// memory (it comes from the keychain).
struct Account {
    QString accessKeyId;
    QString accessKeySecret;
    QString regionId = QStringLiteral("cn-hangzhou");
    // Empty: the production endpoint of each service. Otherwise every service is called at
    // this base URL (the emulator's "http://127.0.0.1:<port>"); https unless loopback.
    QUrl endpointOverride;

    // The client's account for a provider account as the session hands it over.
    static Account from(const cloud::ProbeAccount &account) {
        Account out;
        out.accessKeyId = account.accessKeyId;
        out.accessKeySecret = account.accessKeySecret;
        if (!account.regionId.isEmpty())
            out.regionId = account.regionId;
        out.endpointOverride = account.endpointOverride;
        return out;
    }
};

struct Cen {
    QString id;
    QString name;
    QString description;
    QString status; // Creating | Active | Deleting
    QString creationTime;
};

struct ChildInstance {
    QString cenId;
    QString instanceId;
    QString type; // VPC
    QString regionId;
    QString ownerId;
    QString status; // Attaching | Attached | Detaching
    QString attachTime;
    QString cidrBlock; // DescribeCenAttachedChildInstanceAttribute only
};

struct AssociatedCen {
    QString cenId;
    QString cenOwnerId;
    QString status;
};

struct Vpc {
    QString id;
    QString regionId;
    QString name;
    QString cidrBlock;
    QString status;
    QString ownerId;
    QList<AssociatedCen> associatedCens; // DescribeVpcAttribute only
};

struct SecurityGroup {
    QString id;
    QString name;
    QString vpcId;
};

struct SecurityGroupRule {
    QString id;
    QString direction = QStringLiteral("ingress");
    QString ipProtocol = QStringLiteral("TCP");
    QString portRange;  // "1883/1883"
    QString sourceCidr; // the EMQX deployment's CIDR
    QString policy = QStringLiteral("accept");
    QString priority = QStringLiteral("1");
    QString nicType = QStringLiteral("intranet");
    QString description;
};

struct SecurityGroupAttribute {
    QString id;
    QString vpcId;
    QList<SecurityGroupRule> rules;
};

struct TransitRouter {
    QString id;
    QString cenId;
    QString regionId;
    QString type; // Basic | Enterprise
    QString status;
};

// A CEN's edition in one region, from its transit router there (providers-api.md §2.3).
enum class CenEdition {
    None,      // no transit router in the region yet
    Basic,     // AttachCenChildInstance: the path of EMQX Cloud's documented flow
    Enterprise // CreateTransitRouterVpcAttachment: not what EMQX Cloud's flow supports
};

struct ZoneMapping {
    QString vSwitchId;
    QString zoneId;
};

// A VPC attachment of an Enterprise-edition transit router.
struct TransitRouterVpcAttachment {
    QString id; // TransitRouterAttachmentId
    QString transitRouterId;
    QString vpcId;
    QString vpcOwnerId;
    QString vpcRegionId;
    QString status; // Attaching | Attached | Detaching
    QList<ZoneMapping> zoneMappings;
};

} // namespace vpw::aliyun
