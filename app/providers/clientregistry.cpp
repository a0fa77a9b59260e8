#include "clientregistry.h"

#include "app/providers/aliyun/client/aliyunaccountprobe.h"
#include "app/providers/aliyun/client/aliyunprobe.h"
#include "app/providers/huawei/client/huaweiaccountprobe.h"
#include "app/providers/huawei/client/huaweiprobe.h"

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

std::unique_ptr<cloud::OutcomeProbe> makeOutcomeProbe(const cloud::ProbeAccount &account) {
    // One line per provider with an API client; each answers only for its own accounts.
    static const QList<cloud::ProbeFactory> factories = {
        &aliyun::makeOutcomeProbe,
        &huawei::makeOutcomeProbe,
    };
    for (const cloud::ProbeFactory &factory : factories) {
        if (auto probe = factory(account))
            return probe;
    }
    return nullptr;
}

} // namespace vpw
