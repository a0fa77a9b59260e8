#pragma once

#include "app/core/providermodule.h"

namespace vpw::providers::aliyun {

// Alibaba Cloud: VPC peering through a Cloud Enterprise Network (CEN), with the 10-minute
// window to load the deployment's VPC into the CEN (../shared/providers.md).
const ProviderModule &module();

// The provider's field kinds (their formats: fieldrules.h).
const FieldKind &cenId();     // cen- + [a-z0-9]+, 18 after the prefix usual (warn otherwise)
const FieldKind &accountId(); // digits, 16 usual (warn otherwise)
const FieldKind &vpcId();     // vpc- + [a-z0-9]+, 21 after the prefix usual (warn otherwise)

} // namespace vpw::providers::aliyun
