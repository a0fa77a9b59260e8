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

namespace vpw::aliyun {

// The demo operator's AccessKey when neither an option nor the environment names one
// (docs/providers-emulated.md). Made up; valid only against the emulator.
inline constexpr char kDemoAccessKeyId[] = "LTAI5tSandboxDemoKey0001";
inline constexpr char kDemoAccessKeySecret[] = "SandboxDemoSecretAliyun0123456789";
inline constexpr char kAccessKeyIdVariable[] = "VPW_SANDBOX_ALIYUN_ACCESS_KEY_ID";
inline constexpr char kAccessKeySecretVariable[] = "VPW_SANDBOX_ALIYUN_ACCESS_KEY_SECRET";

// The seeded accounts (docs/providers-emulated.md).
inline constexpr char kOperatorUid[] = "1688123456789012"; // the demo peerings' account
inline constexpr char kEmqxUid[] = "1688000000000001";     // EMQX's, owner of the deployment VPC

struct EmulatorOptions {
    QString accessKeyId;     // the operator's; empty: the environment, then the demo default
    QString accessKeySecret; // likewise
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost); // loopback only
    quint16 port = 0;                                          // 0 = a free port
    const Clock *clock = nullptr; // nullptr: the system clock. Tests inject a ManualClock.
    double timeScale = 1.0;       // divides the delays below
    double cenCreateSeconds = 5;  // CEN Creating -> Active
    double attachSeconds = 10;    // child instance Attaching -> Attached
    // Off only to replay captured requests (their date and nonce are in the past).
    bool checkTimestamp = true;
    bool checkNonce = true;
    QString stateFile; // the sandbox's SQLite file; empty = in memory only
    bool seed = true;  // seed the demo accounts when there is no state yet
    // Fault knobs (vpc-peering-sandbox --provider-rate-limit, --throttle-provider-calls): at
    // most `rateLimit` calls of one action per second (real seconds, not scaled; 0 = no
    // limit), and the first `throttleFirst` calls refused; both with 400 Throttling.User.
    int rateLimit = 0;
    int throttleFirst = 0;

    // The options with the credentials filled in from the environment or the demo defaults.
    EmulatorOptions resolved() const;
};

// An emulator of the Alibaba Cloud OpenAPI gateway for the operations of providers-api.md §0.1
// (CEN 2017-09-12, VPC 2016-04-28, ECS 2014-05-26) on one loopback port, for the operator's
// account (one AccessKey). Requests signed with ACS3-HMAC-SHA256 (parameters in the query or
// a form body) or the HMAC-SHA1 RPC form (query or form body) are verified; refusals carry
// Alibaba Cloud's status, code and body ({RequestId, HostId, Code, Message, Recommend}).
// State changes are saved (one transaction each) before the answer is sent.
//
// Threading: lives in the thread that created it, like sandbox::Server.
class Emulator : public QObject {
    Q_OBJECT
public:
    explicit Emulator(EmulatorOptions options, QObject *parent = nullptr);
    ~Emulator() override;

    // Loads or seeds the state, then listens. false with `error` set otherwise.
    bool start(QString *error);
    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>"
    const EmulatorOptions &options() const;

    // Answers one request as if it had arrived on the listener.
    sandbox::HttpResponse handle(const sandbox::HttpRequest &request);

    // Stands in for EMQX (the VPC's owner) calling GrantInstanceToCen: `vpcId` of
    // `ownerUid` may now be attached to `cenId` of `cenOwnerUid`. Saved like any change.
    bool grantInstanceToCen(const QString &vpcId, const QString &ownerUid, const QString &cenId,
                            const QString &cenOwnerUid);
    // Stands in for a VPC's owner calling GrantInstanceToTransitRouter (the Enterprise path,
    // providers-api.md §2.3; EMQX Cloud's documented flow does not call it): `vpcId` of
    // `ownerUid` may now be attached to the Enterprise transit routers of `cenId`.
    bool grantInstanceToTransitRouter(const QString &vpcId, const QString &ownerUid,
                                      const QString &cenId);
    // Whether the operator's account has the CEN `cenId`.
    bool hasCen(const QString &cenId) const;
    // The child instance `vpcId` of `cenId` as the CEN's owner sees it: its owner's UID and
    // when it is (or will be) Attached. nullopt when it is not attached to that CEN.
    struct ChildAttachment {
        QString ownerUid;
        QDateTime attachedAt; // Attaching before, Attached from then on
    };
    std::optional<ChildAttachment> childAttachment(const QString &cenId,
                                                   const QString &vpcId) const;
    // Test knob: `vpcId` leaves `cenId` (DetachCenChildInstance, which is not emulated), e.g. to
    // free EMQX's VPC from the running demo peering's CEN: one VPC belongs to one CEN only.
    bool detachChildInstance(const QString &cenId, const QString &vpcId);
    // Test knob: the operator deletes, in the ECS console, the ingress rules of `groupId` that
    // open TCP `port`. How many went.
    int deleteSecurityGroupRules(const QString &groupId, int port);
    // The next `count` requests are refused with Throttling.User.
    void throttleNext(int count);
    // Fault knob: EMQX's grant (grantInstanceToCen) becomes visible to AttachCenChildInstance
    // `seconds` (scaled) after it is made; until then the attach is refused with
    // Forbbiden.AttachChildInstanceAcrossUid, as when EMQX's side is late.
    void delayGrants(double seconds);
    // Fault knob: the RAM user may not call `actions` (API names, e.g. "CreateCen"): refused
    // with 403 Forbidden.RAM, the message naming the RAM action ("cen:CreateCen").
    void denyActions(const QStringList &actions);
    // The next `count` requests take effect, but their answer is lost: 503 ServiceUnavailable.
    void loseNextAnswers(int count);
    // Requests answered so far, by action (refusals included), for tests.
    int requestCount(const QString &action) const;

Q_SIGNALS:
    // A change was saved (a request's or a grant): EMQX's side may look again.
    void changed();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vpw::aliyun
