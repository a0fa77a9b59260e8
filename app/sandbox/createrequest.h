#pragma once

#include "erroranswer.h"
#include "store.h"

#include "app/core/model.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace vpw::sandbox {

// Validates the body of POST /deployments/{id}/peerings against `deployment` and its live
// peerings in `store` (Store::livePeerings: no scan of every peering), in the order of docs/api.md
// (every rule from app/core, so the server and the wizard agree): edition (403) -> JSON shape (400)
// -> field formats (422 INVALID_FIELD) -> region (422 REGION_MISMATCH) -> reserved / overlapping
// CIDR (422 CIDR_RESERVED / CIDR_OVERLAP) -> duplicate peering ID (409 DUPLICATE). The result
// carries the normalised values to store, or the first error.
struct CreateCheck {
    std::optional<PeeringRequest> request;
    ErrorAnswer error;
};

CreateCheck checkCreateRequest(const Deployment &deployment, const Store &store,
                               const QByteArray &body);

} // namespace vpw::sandbox
