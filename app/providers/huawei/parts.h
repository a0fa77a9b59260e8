#pragma once

// The parts of the Huawei Cloud module, one file each; module.cpp puts them together.
#include "app/core/providermodule.h"

namespace vpw::providers::huawei {

FlowDescriptor buildFlow(Provider self);
// The IDs the operator types in the follow-up: UUIDs ("sg-…" is another provider's form).
const FieldKind &securityGroupId();
const FieldKind &routeTableId();
QString followUpCli(FollowUpKind kind, const FollowUpInput &input);
QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input);
QString failureAdvice(FailureCode code);
QString failureReason(FailureCode code);
QList<DemoDeployment> demoSeed();
const ProviderAccountPart &accountPart();

} // namespace vpw::providers::huawei
