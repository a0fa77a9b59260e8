#pragma once

#include "app/core/clock.h"
#include "app/sandbox/httpmessage.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace vpw::huawei {

// The demo operator's AK/SK when neither an option nor the environment names one
// (docs/providers-emulated.md). Made up; valid only against the emulator.
inline constexpr char kDemoAccessKey[] = "HWSANDBOXDEMOAK00001";
inline constexpr char kDemoSecretKey[] = "SandboxDemoSecretHuawei0123456789abcdefg";
inline constexpr char kAccessKeyVariable[] = "VPW_SANDBOX_HUAWEI_ACCESS_KEY";
inline constexpr char kSecretKeyVariable[] = "VPW_SANDBOX_HUAWEI_SECRET_KEY";

// The seeded accounts (docs/providers-emulated.md).
inline constexpr char kOperatorProject[] = "0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e"; // cn-north-4
inline constexpr char kOperatorUserId[] = "5d1c0e6f9a8b47c3b2a1f0e9d8c7b6a5";
inline constexpr char kOperatorDomain[] = "8e7d6c5b4a3948f7a6b5c4d3e2f1a0b9";
inline constexpr char kEmqxProject[] = "77b6a44cba5143ab91d13ab9a8ff44fd"; // EMQX's, cn-north-4

struct EmulatorOptions {
    QString accessKey; // empty: the environment, then the demo default
    QString secretKey;
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost); // loopback only
    quint16 port = 0;
    const Clock *clock = nullptr; // nullptr: the system clock
    bool checkTimestamp = true;   // off only to replay captured requests
    QString stateFile;            // the sandbox's SQLite file; empty = in memory only
    bool seed = true;
    // Fault knobs (vpc-peering-sandbox --provider-rate-limit, --throttle-provider-calls): at
    // most `rateLimit` calls of one API per second (real seconds; 0 = no limit), and the first
    // `throttleFirst` calls refused; both with 429 APIGW.0308 and a Retry-After.
    int rateLimit = 0;
    int throttleFirst = 0;

    EmulatorOptions resolved() const;
};

// An emulator of the Huawei Cloud APIs of providers-api.md §0.2 on one loopback port: IAM
// (ShowPermanentAccessKey, the projects), VPC v1 (VPCs, route tables, security groups and
// rules), v3 (ShowVpc, security-group rules) and v2.0 (peerings, routes), for the operator's
// project (one AK/SK).
// Requests are verified as the API gateway does (SDK-HMAC-SHA256 over the listed headers,
// X-Sdk-Date within 15 minutes); refusals carry the gateway's 401 APIGW.0301/0303 body and
// X-Request-Id; each API family answers errors in its own body shape. Changes are saved (one
// transaction each) before the answer.
class Emulator : public QObject {
    Q_OBJECT
public:
    explicit Emulator(EmulatorOptions options, QObject *parent = nullptr);
    ~Emulator() override;

    bool start(QString *error);
    quint16 port() const;
    QUrl baseUrl() const;
    const EmulatorOptions &options() const;

    sandbox::HttpResponse handle(const sandbox::HttpRequest &request);

    // Stands in for EMQX (the accepter) accepting or rejecting a pending peering request that
    // points at one of its VPCs. false when there is no such pending request.
    bool acceptPeering(const QString &peeringId);
    bool rejectPeering(const QString &peeringId);
    // The peering's status ("PENDING_ACCEPTANCE", "ACTIVE"...), empty when unknown.
    QString peeringStatus(const QString &peeringId) const;
    // A peering request as its accepter sees it; nullopt when there is none with that ID.
    struct PeeringRequest {
        QString status;         // PENDING_ACCEPTANCE, ACTIVE, REJECTED...
        QString acceptVpcId;    // accept_vpc_info.vpc_id
        QString acceptProject;  // accept_vpc_info.tenant_id
        QString requestVpcId;   // request_vpc_info.vpc_id (the operator's)
        QString requestProject; // request_vpc_info.tenant_id
    };
    std::optional<PeeringRequest> peeringRequest(const QString &peeringId) const;
    // The next `count` requests are refused with APIGW.0308 (429).
    void throttleNext(int count);
    // The next `count` changes take effect, but their answer is lost (502).
    void loseNextAnswers(int count);
    // Fault knob: the IAM user may not call `route` ("METHOD /path/template"): refused with 403
    // VPC.2201, "Policy doesn't allow <iamAction> to be performed." in the API family's error
    // shape. An empty `iamAction` allows the route again.
    void denyRoute(const QString &route, const QString &iamAction);
    // Fault knob: the IAM user's policy lacks these IAM actions (e.g.
    // "vpc:securityGroupRules:create"): every emulated API needing one is refused as by
    // denyRoute(), whichever version (v1 and v3 alike), dry runs included. Replaces the
    // previous denyActions(); an empty list allows them all again.
    void denyActions(const QStringList &iamActions);
    // Requests answered so far by "METHOD /path/template".
    int requestCount(const QString &route) const;
    // Test hooks: a change made straight in the console, as the operator might. Deletes the
    // ingress rules of `securityGroupId` that open `port` (the number deleted), or the route to
    // `destination` from `routeTableId` (false when there was none).
    int deleteSecurityGroupRules(const QString &securityGroupId, int port);
    bool deleteRoute(const QString &routeTableId, const QString &destination);

Q_SIGNALS:
    // A change was saved (a request's, an acceptance or a rejection).
    void changed();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vpw::huawei
