#pragma once

#include "app/cloud/outcomeprobe.h"

namespace vpw::huawei {

// The Huawei Cloud probe (cloud::OutcomeProbe): the operator's peering request as ShowVpcPeering
// has it — ACTIVE (EMQX accepted it) runs, REJECTED and EXPIRED fail, PENDING_ACCEPTANCE waits; a
// request that is gone (404) or points at another VPC than the deployment's fails. Without a
// project ID the region's project is looked up first (KeystoneListAuthProjects). nullptr for
// another provider's account.
std::unique_ptr<cloud::OutcomeProbe> makeOutcomeProbe(const cloud::ProbeAccount &account);

} // namespace vpw::huawei
