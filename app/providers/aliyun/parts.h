#pragma once

// The parts of the Alibaba Cloud module, one file each; module.cpp puts them together.
#include "app/core/providermodule.h"

namespace vpw::providers::aliyun {

FlowDescriptor buildFlow(Provider self);
QString followUpCli(FollowUpKind kind, const FollowUpInput &input);
QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input);
QString failureAdvice(FailureCode code);
QString failureReason(FailureCode code);
QList<DemoDeployment> demoSeed();
const ProviderAccountPart &accountPart();

} // namespace vpw::providers::aliyun
