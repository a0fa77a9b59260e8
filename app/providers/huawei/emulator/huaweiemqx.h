#pragma once

#include "app/sandbox/providerside.h"

#include <memory>

namespace vpw::huawei {

class Emulator;

// EMQX's side of the Huawei Cloud peerings, coupled to the emulator (docs/providers-emulated.md
// "EMQX's side"): a submitted peering names the operator's peering request (peeringId). If the
// request exists, is PENDING_ACCEPTANCE, points at the deployment's VPC in EMQX's project and
// comes from the operator's VPC and account entered,
// EMQX accepts it (ACTIVE) and the peering runs; an ACTIVE one (accepted before a restart)
// runs too. Otherwise it fails: not_found, wrong_vpc, wrong_account, or rejected (a request
// rejected or deleted). `emulator` must outlive the side.
std::unique_ptr<sandbox::ProviderSide> makeEmqxSide(Emulator *emulator);

} // namespace vpw::huawei
