#include "automationregistry.h"

#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/huawei/automation/huaweiplan.h"

namespace vpw {

void registerAutomations() {
    // One line per provider with an automation.
    aliyun::registerAutomation();
    huawei::registerAutomation();
}

} // namespace vpw
