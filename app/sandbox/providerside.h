#pragma once

#include "app/core/model.h"

#include <QDateTime>
#include <QString>

namespace vpw::sandbox {

// What EMQX's side sees of the operator's part of a peering, asked of an emulated provider.
struct ProviderVerdict {
    enum class Kind {
        Waiting, // nothing to act on yet: the peering stays pending (until its window, if any)
        RunsAt,  // the operator's part is (or will be) done at `at`: pending -> running then
        Fails,   // pending -> failed now with `code` (the provider module's reason)
    };
    Kind kind = Kind::Waiting;
    QDateTime at;
    FailureCode code = FailureCode::None;

    static ProviderVerdict waiting() { return {}; }
    static ProviderVerdict runsAt(const QDateTime &at) { return {Kind::RunsAt, at, {}}; }
    static ProviderVerdict fails(FailureCode code) { return {Kind::Fails, {}, code}; }
};

// EMQX's side of the peerings of one provider, coupled to that provider's emulator
// (app/providers/<name>/emulator): the sandbox asks it instead of waiting for a timer. The
// sandbox library does not link the emulators; the executable and the demo add one per
// emulator (Server::addProviderSide()). Used in the server's thread.
class ProviderSide {
public:
    virtual ~ProviderSide() = default;

    // Whether this side handles `peering`: its provider's, naming a resource of the emulated
    // account (a peering naming anything else keeps the sandbox's explicit control).
    virtual bool covers(const Peering &peering) const = 0;
    // EMQX's part when a peering is submitted (Alibaba Cloud: the grant of the deployment's VPC
    // to the named CEN). Saved by the emulator in its own transaction.
    virtual void submitted(const Peering &peering, const Deployment &deployment) = 0;
    // What EMQX's side sees now; may act as EMQX would (Huawei Cloud: accept the request).
    virtual ProviderVerdict verdict(const Peering &peering, const Deployment &deployment) = 0;
    // The demo operator's real call for `peering` (the sandbox's attach control with the
    // emulator on): true when made; false with `error` (plain text) otherwise.
    virtual bool playOperator(const Peering &peering, const Deployment &deployment,
                              QString *error) = 0;
};

} // namespace vpw::sandbox
