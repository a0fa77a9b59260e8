#include "emulatorregistry.h"

#include "app/providers/aliyun/emulator/aliyunemulatorfactory.h"
#include "app/providers/huawei/emulator/huaweiemulatorfactory.h"

namespace vpw {

const QList<const sandbox::EmulatorFactory *> &emulatorFactories() {
    // One line per provider with an emulator.
    static const QList<const sandbox::EmulatorFactory *> all = {
        &aliyun::emulatorFactory(),
        &huawei::emulatorFactory(),
    };
    return all;
}

const sandbox::EmulatorFactory *emulatorFactory(QStringView provider) {
    for (const sandbox::EmulatorFactory *factory : emulatorFactories()) {
        if (provider.compare(factory->provider(), Qt::CaseInsensitive) == 0)
            return factory;
    }
    return nullptr;
}

} // namespace vpw
