#include "peeringstate.h"

#include <QCoreApplication>

namespace vpw {

QString peeringStateToString(PeeringState state) {
    switch (state) {
    case PeeringState::Pending:
        return QStringLiteral("pending");
    case PeeringState::Running:
        return QStringLiteral("running");
    case PeeringState::Failed:
        return QStringLiteral("failed");
    case PeeringState::Deleting:
        return QStringLiteral("deleting");
    }
    Q_UNREACHABLE();
}

std::optional<PeeringState> peeringStateFromString(QStringView text) {
    // Wire names are lower case; accept any case, as the documentation shows `running` and
    // providers show `ACTIVE`-style upper case nearby.
    for (const PeeringState s : {PeeringState::Pending, PeeringState::Running, PeeringState::Failed,
                                 PeeringState::Deleting}) {
        if (text.trimmed().compare(peeringStateToString(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString peeringStateDisplayText(PeeringState state) {
    switch (state) {
    case PeeringState::Pending:
        return QCoreApplication::translate("vpw::PeeringState", "Pending");
    case PeeringState::Running:
        return QCoreApplication::translate("vpw::PeeringState", "Running");
    case PeeringState::Failed:
        return QCoreApplication::translate("vpw::PeeringState", "Failed");
    case PeeringState::Deleting:
        return QCoreApplication::translate("vpw::PeeringState", "Deleting");
    }
    Q_UNREACHABLE();
}

QString peeringStateDescription(PeeringState state) {
    switch (state) {
    case PeeringState::Pending:
        return QCoreApplication::translate(
            "vpw::PeeringState",
            "Waiting for your side: finish the steps in your cloud provider's console.");
    case PeeringState::Running:
        return QCoreApplication::translate(
            "vpw::PeeringState",
            "The peering is active. Add the route and security group rules if you have not yet.");
    case PeeringState::Failed:
        return QCoreApplication::translate(
            "vpw::PeeringState",
            "The peering could not be established. Its CIDR is free again; check the reason "
            "and create a new peering.");
    case PeeringState::Deleting:
        return QCoreApplication::translate(
            "vpw::PeeringState", "The peering is being deleted; it disappears when done.");
    }
    Q_UNREACHABLE();
}

bool canTransition(PeeringState from, PeeringState to) {
    // design.md §4. "deleting -> gone" removes the peering; it is not a state change.
    switch (from) {
    case PeeringState::Pending:
        return to == PeeringState::Running || to == PeeringState::Failed;
    case PeeringState::Running:
        return to == PeeringState::Deleting;
    case PeeringState::Failed:
    case PeeringState::Deleting:
        return false;
    }
    return false;
}

QString failureCodeToString(FailureCode code) {
    switch (code) {
    case FailureCode::None:
        return {};
    case FailureCode::WindowClosed:
        return QStringLiteral("window_closed");
    case FailureCode::Rejected:
        return QStringLiteral("rejected");
    case FailureCode::NotFound:
        return QStringLiteral("not_found");
    case FailureCode::WrongVpc:
        return QStringLiteral("wrong_vpc");
    case FailureCode::WrongAccount:
        return QStringLiteral("wrong_account");
    case FailureCode::Expired:
        return QStringLiteral("expired");
    case FailureCode::Other:
        return QStringLiteral("other");
    }
    return {};
}

FailureCode failureCodeFromString(QStringView text) {
    if (text.isEmpty())
        return FailureCode::None;
    for (const FailureCode code : kFailureCodes) {
        if (failureCodeToString(code) == text)
            return code;
    }
    return FailureCode::Other;
}

bool isFailureCodeName(QStringView text) {
    for (const FailureCode code : kFailureCodes) {
        if (failureCodeToString(code) == text)
            return true;
    }
    return false;
}

} // namespace vpw
