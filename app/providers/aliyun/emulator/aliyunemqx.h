#pragma once

#include "app/sandbox/providerside.h"

#include <memory>

namespace vpw::aliyun {

class Emulator;

// EMQX's side of the Alibaba Cloud peerings, coupled to the emulator (docs/providers-emulated.md
// "EMQX's side"): a submitted peering grants the deployment's VPC to the named CEN, as EMQX
// does (GrantInstanceToCen by EMQX's account); the peering runs once the operator's attach of
// that VPC (ChildInstanceOwnerId = EMQX's UID) is Attached, if that is inside the window (the
// sandbox's lifecycle fails it with window_closed otherwise). The demo operator's call
// (playOperator) is a signed AttachCenChildInstance with the emulator's operator key, answered
// by the emulator like any request. `emulator` must outlive the side.
std::unique_ptr<sandbox::ProviderSide> makeEmqxSide(Emulator *emulator);

} // namespace vpw::aliyun
