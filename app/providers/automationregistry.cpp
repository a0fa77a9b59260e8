#include "automationregistry.h"

#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/huawei/automation/huaweiplan.h"

namespace vpw {

void registerAutomations() {
    // One line per provider with an automation.
    aliyun::registerAutomation();
    aliyun::registerCloudSide(); // the status panel's cloud side of its peerings
    aliyun::registerCleanup();   // the operator's side after a peering is deleted
    huawei::registerAutomation();
    huawei::registerCloudSide();
    huawei::registerCleanup();
}

} // namespace vpw
