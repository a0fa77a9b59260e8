#pragma once

#include "accountprobe.h"

#include "app/core/peeringstate.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace vpw::cloud {

// What a peering made in EMQX Cloud's console is checked by, on the operator's side.
struct ProbeTarget {
    QString peeringId;        // the provider's ID the operator entered (CEN, peering request)
    QString deploymentVpcId;  // EMQX's VPC
    QString deploymentRegion; // its region
    QString cloudAccountId;   // EMQX Cloud's account on the provider
};

// One look at the provider side.
struct ProbeAnswer {
    enum Kind {
        Waiting, // nothing decided yet (not attached, request pending)
        Running, // attached / accepted: the peering runs
        Failed,  // rejected, expired, gone
        Error,   // the provider could not be asked (see message): look again later
    };
    Kind kind = Waiting;
    FailureCode code = FailureCode::None; // Failed only
    QString reason;                       // Failed: plain English, as a server would write it
    QString status;                       // the provider's own status word, for the history
    QString message;                      // Error: translated
};

// Looks at the provider side of one peering (providers-api.md): Alibaba Cloud — the deployment's
// VPC Attached to the operator's CEN (DescribeCenAttachedChildInstances); Huawei Cloud — the
// peering request ACTIVE, REJECTED or EXPIRED (ShowVpcPeering). check() answers through
// `done` exactly once, asynchronously, in the probe's thread, unless the probe is destroyed first.
class OutcomeProbe : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const ProbeAnswer &)>;
    using QObject::QObject;
    virtual void check(const ProbeTarget &target, Done done) = 0;
};

// The probe of the account's provider, or nullptr when `account` is another provider's. Each
// provider's client library has one, listed by the client registry
// (app/providers/clientregistry.h).
using ProbeFactory = std::function<std::unique_ptr<OutcomeProbe>(const ProbeAccount &account)>;

} // namespace vpw::cloud
