#pragma once

#include "app/core/peeringstate.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace vpw::session {

// One observed state change of a peering (design.md §4), for the event log and notifications.
struct PeeringEvent {
    QDateTime at; // server time when it was observed
    QString deploymentId;
    QString deploymentName;    // empty when the deployment is unknown
    QString id;                // the API's peering ID ("peer-...")
    QString providerPeeringId; // CEN instance ID / Huawei peering ID
    std::optional<PeeringState> from;
    std::optional<PeeringState> to; // nullopt: the peering is gone (deletion finished)
    QString reason;                 // the failure reason (server text, plain)
    // A change other than a state's (translated: "Cloud side: mismatch"), shown instead of the
    // transition; `reason` then says what was found.
    QString change;

    // "pending → running", "deleting → deleted" (translated).
    QString transitionText() const;
};

} // namespace vpw::session

Q_DECLARE_METATYPE(vpw::session::PeeringEvent)
