#pragma once

#include "app/cloud/outcomeprobe.h"

namespace vpw::aliyun {

// The Alibaba Cloud probe (cloud::OutcomeProbe): the peering runs once the deployment's VPC is
// Attached to the operator's CEN (DescribeCenAttachedChildInstances, ChildInstanceOwnerId
// EMQX's); Attaching or not attached yet is Waiting (the window is the caller's to judge).
// nullptr for another provider's account.
std::unique_ptr<cloud::OutcomeProbe> makeOutcomeProbe(const cloud::ProbeAccount &account);

} // namespace vpw::aliyun
