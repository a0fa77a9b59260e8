#pragma once

// Couples the sandbox's EMQX side to the provider emulators (docs/providers-emulated.md
// "EMQX's side"): header-only, for tests that build both emulators themselves (on an injected
// clock). vpc-peering-sandbox and the in-process demo couple each emulator through its factory
// (app/providers/emulatorregistry.h).

#include "app/providers/aliyun/emulator/aliyunemqx.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/huawei/emulator/huaweiemqx.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/sandbox/server.h"

namespace vpw {

// The server's pending Alibaba Cloud and Huawei Cloud peerings follow what the emulators hold
// (reconciled at once: after a restart too) and every change they save. Queued, so that a
// change made while the server asks (EMQX accepting a request) is looked at afterwards. All
// three live in the calling thread; the emulators must outlive the server's use of them
// (children of the same parent, or destroyed after it).
inline void coupleProviderEmulators(sandbox::Server *server, aliyun::Emulator *aliyun,
                                    huawei::Emulator *huawei) {
    server->addProviderSide(aliyun::makeEmqxSide(aliyun));
    server->addProviderSide(huawei::makeEmqxSide(huawei));
    QObject::connect(aliyun, &aliyun::Emulator::changed, server,
                     &sandbox::Server::reconcileProviderSides, Qt::QueuedConnection);
    QObject::connect(huawei, &huawei::Emulator::changed, server,
                     &sandbox::Server::reconcileProviderSides, Qt::QueuedConnection);
}

} // namespace vpw
