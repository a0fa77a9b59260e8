#include "clientregistry.h"

#include "app/providers/aliyun/client/aliyunaccountprobe.h"
#include "app/providers/huawei/client/huaweiaccountprobe.h"

namespace vpw {

const QList<const cloud::AccountProbe *> &accountProbes() {
    // One line per provider with an API client.
    static const QList<const cloud::AccountProbe *> all = {
        &aliyun::accountProbe(),
        &huawei::accountProbe(),
    };
    return all;
}

const cloud::AccountProbe *accountProbe(QStringView provider) {
    for (const cloud::AccountProbe *probe : accountProbes()) {
        if (provider.compare(probe->provider(), Qt::CaseInsensitive) == 0)
            return probe;
    }
    return nullptr;
}

} // namespace vpw
