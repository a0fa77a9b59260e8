#include "registry.h"

#include "app/providers/aliyun/module.h"
#include "app/providers/aws/module.h"
#include "app/providers/huawei/module.h"

namespace vpw {

const QList<Provider> &providerModules() {
    // One line per provider.
    static const QList<Provider> all = {
        &providers::aliyun::module(),
        &providers::huawei::module(),
        &providers::aws::module(),
    };
    return all;
}

std::optional<Provider> providerFromString(QStringView text) {
    for (const Provider provider : providerModules()) {
        if (text.compare(provider->id(), Qt::CaseInsensitive) == 0)
            return provider;
    }
    return std::nullopt;
}

const QList<const FlowDescriptor *> &flows() {
    static const QList<const FlowDescriptor *> all = [] {
        QList<const FlowDescriptor *> list;
        for (const Provider provider : providerModules())
            list << &provider->flow();
        return list;
    }();
    return all;
}

} // namespace vpw
