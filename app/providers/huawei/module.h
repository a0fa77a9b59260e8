#pragma once

#include "app/core/providermodule.h"

namespace vpw::providers::huawei {

// Huawei Cloud: VPC peering (对等连接) requested by the operator, accepted by EMQX Cloud, then
// a route with the peering as next hop (../shared/providers.md).
const ProviderModule &module();

// The provider's field kinds (their formats: fieldrules.h).
const FieldKind &peeringId(); // UUID 8-4-4-4-12 hex, normalised to lower case
const FieldKind &vpcId();     // UUID 8-4-4-4-12 hex, normalised to lower case
const FieldKind &userId();    // 32 hex, no hyphens (length documented: error otherwise)
const FieldKind &projectId(); // 32 hex, no hyphens (length observed: warning otherwise)

} // namespace vpw::providers::huawei
