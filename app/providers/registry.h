#pragma once

#include "app/core/flow.h"
#include "app/core/provider.h"
#include "app/core/providermodule.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace vpw {

// The registry of provider modules (app/providers/<name>/): the only list of providers. Wire,
// sandbox, session and ui ask it (or the module a Provider points to) and never switch on a
// provider. A new provider is a new folder plus one line in registry.cpp and CMakeLists.txt.

// Every module, in display order (Alibaba Cloud, Huawei Cloud, AWS).
const QList<Provider> &providerModules();
// The module with this wire name (case-insensitive), or nullopt.
std::optional<Provider> providerFromString(QStringView text);
// The same, nullptr when no module has that name.
inline Provider findProvider(QStringView text) {
    return providerFromString(text).value_or(nullptr);
}
// The display name of the module with this wire name ("Alibaba Cloud", translated), or the wire
// name itself when no module has it.
inline QString providerName(const QString &text) {
    const Provider provider = findProvider(text);
    return provider ? providerDisplayName(provider) : text;
}
// Every module's flow, in the same order.
const QList<const FlowDescriptor *> &flows();

} // namespace vpw
