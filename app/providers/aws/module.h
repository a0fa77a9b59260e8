#pragma once

#include "app/core/providermodule.h"

namespace vpw::providers::aws {

// AWS: VPC peering requested by the operator from their account (requester) to the
// deployment's VPC in EMQX Cloud's account (accepter), accepted by EMQX Cloud; then a route
// and a security-group rule on the operator's side (../shared/providers.md, AWS section).
// Guided only: the app makes no AWS API call.
const ProviderModule &module();

// The provider's field kinds (their formats: fieldrules.h).
const FieldKind &peeringId(); // pcx- + 8 (old) or 17 lower-case hex
const FieldKind &vpcId();     // vpc- + 8 (old) or 17 lower-case hex
const FieldKind &accountId(); // exactly 12 digits

} // namespace vpw::providers::aws
