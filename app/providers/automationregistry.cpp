#include "automationregistry.h"

#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/huawei/automation/huaweiplan.h"

namespace vpw {

void registerAutomations() {
    // One line per provider with an automation.
    aliyun::registerAutomation();
    aliyun::registerCloudSide(); // the status panel's cloud side of its peerings
    huawei::registerAutomation();
    huawei::registerCloudSide();
}

} // namespace vpw
