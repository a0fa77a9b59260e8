#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace vpw {

// design.md §4: pending -> running -> deleting -> (gone); pending -> failed.
enum class PeeringState { Pending, Running, Failed, Deleting };

QString peeringStateToString(PeeringState state); // "pending", "running", "failed", "deleting"
std::optional<PeeringState> peeringStateFromString(QStringView text);
// Translated display text ("Running" / "运行中") and a one-line explanation.
QString peeringStateDisplayText(PeeringState state);
QString peeringStateDescription(PeeringState state);

bool canTransition(PeeringState from, PeeringState to);
// Only a running peering may be deleted (documentation: 删除对等连接，您需要确保对等连接状态为
// running).
inline bool canDelete(PeeringState state) {
    return state == PeeringState::Running;
}
// A live peering holds its CIDR (pending, running, deleting); a failed one does not.
inline bool holdsCidr(PeeringState state) {
    return state != PeeringState::Failed;
}
inline bool isTerminal(PeeringState state) {
    return state == PeeringState::Failed;
}

// Why a peering failed, machine-readable (docs/api.md, `failureCode`): the wire carries it on a
// failed peering and the provider module turns it into advice (ProviderModule::failureAdvice).
// None on a peering that has not failed. Wire names: "window_closed", "rejected", "not_found",
// "wrong_vpc", "wrong_account", "expired", "other".
enum class FailureCode {
    None,
    WindowClosed, // the attach window ran out before the provider side was done
    Rejected,     // the provider side rejected or deleted the request
    NotFound,     // the provider resource named by peeringId does not exist (or not in the region)
    WrongVpc,     // the provider resource does not name the deployment's VPC / the operator's VPC
    WrongAccount, // the provider resource belongs to another account than the one entered
    Expired,      // the provider's request expired before EMQX Cloud accepted it
    Other,        // anything else, and any code this client does not know yet
};
inline constexpr FailureCode kFailureCodes[] = {
    FailureCode::WindowClosed, FailureCode::Rejected, FailureCode::NotFound, FailureCode::WrongVpc,
    FailureCode::WrongAccount, FailureCode::Expired,  FailureCode::Other};
// Empty for None.
QString failureCodeToString(FailureCode code);
// An empty text is None; an unknown non-empty text is Other (a newer server's code); nullopt
// never: every text maps to a code.
FailureCode failureCodeFromString(QStringView text);
// Whether `text` is one of the documented names (the sandbox refuses anything else).
bool isFailureCodeName(QStringView text);

} // namespace vpw
