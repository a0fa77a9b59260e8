#pragma once

#include "app/cloud/accountprobe.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace vpw::huawei {

// The operator's Huawei Cloud account as the client uses it. The secret only passes through
// memory (it comes from the keychain).
struct Account {
    QString accessKey;
    QString secretKey;
    QString regionId = QStringLiteral("cn-north-4");
    QString projectId; // of the region: always set (the SDKs' IAM lookup is not repeated here)
    // Empty: the production endpoints. Otherwise every service is called at this base URL (the
    // emulator's "http://127.0.0.1:<port>"); https unless loopback.
    QUrl endpointOverride;

    // The client's account for a provider account as the session hands it over.
    static Account from(const cloud::ProbeAccount &account) {
        Account out;
        out.accessKey = account.accessKeyId;
        out.secretKey = account.accessKeySecret;
        if (!account.regionId.isEmpty())
            out.regionId = account.regionId;
        out.projectId = account.projectId;
        out.endpointOverride = account.endpointOverride;
        return out;
    }
};

struct Credential {
    QString userId; // the "用户 ID" of My Credentials
    QString access;
    QString status;
};

// A project (one per region: `name` is the region) or the account (domain).
struct Project {
    QString id;
    QString name;
    QString domainId; // empty for a domain
};

struct Vpc {
    QString id;
    QString name;
    QString cidr;
    QString status;          // v1: CREATING | OK; v3: PENDING | ACTIVE
    QStringList extendCidrs; // v3 ShowVpc only: the secondary CIDRs
};

struct Peering {
    QString id;
    QString name;
    QString status; // PENDING_ACCEPTANCE | ACTIVE | REJECTED | EXPIRED | DELETED
    QString requestVpcId;
    QString requestProjectId;
    QString acceptVpcId;
    QString acceptProjectId;
};

struct Route {
    QString type = QStringLiteral("peering");
    QString destination;
    QString nexthop; // the peering ID
    QString description;
};

// A route of the v2.0 route API (POST/GET /v2.0/vpc/routes): it lives in the VPC's default
// route table.
struct VpcRoute {
    QString id;
    QString type; // peering
    QString destination;
    QString nexthop; // the peering ID
    QString vpcId;
    QString tenantId;
};

struct RouteTable {
    QString id;
    QString name;
    bool isDefault = false;
    QString vpcId;
    QList<Route> routes;
};

struct SecurityGroup {
    QString id;
    QString name;
    QString vpcId;
};

struct SecurityGroupRule {
    QString id;
    QString securityGroupId;
    QString direction = QStringLiteral("ingress");
    QString ethertype = QStringLiteral("IPv4");
    QString protocol = QStringLiteral("tcp");
    int portMin = 0;
    int portMax = 0;
    QString remoteIpPrefix; // the EMQX deployment's CIDR
    QString description;
    QString action = QStringLiteral("allow"); // v3 only: allow | deny
    int priority = 1;                         // v3 only: 1 (highest) to 100
};

} // namespace vpw::huawei
