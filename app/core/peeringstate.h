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

} // namespace vpw
