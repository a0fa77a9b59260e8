#pragma once

#include <QDateTime>

namespace vpw::sandbox {

class Clock;
class Store;

// The demo data of a fresh sandbox (docs/api.md "Seed data"): a dedicated Aliyun deployment in
// cn-hangzhou, a dedicated Huawei deployment in cn-north-4, a shared and a trial deployment,
// and peerings in different states. IDs follow providers.md and pass core's checks; CIDRs are
// outside the reserved range. Pending peerings get fresh windows relative to `now`.
// `extraDeployments` more dedicated Aliyun deployments without peerings ("bench-0001"...)
// follow, for tests that need many deployments.
void seedDemoData(Store *store, const Clock &clock, int extraDeployments = 0);

} // namespace vpw::sandbox
