#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace vpw {

// A provider is its module (app/core/providermodule.h): the flow, field formats, follow-ups,
// advice and demo seed of one cloud, defined in app/providers/<name>/ and listed by the registry
// (app/providers/registry.h). A Provider value is a pointer to that module; nullptr means "not
// known yet". Nothing outside a provider's folder switches on a provider: ask the module.
class ProviderModule;
using Provider = const ProviderModule *;

// Wire name ("aliyun", "huawei", ...): ProviderModule::id(); empty for nullptr. The reverse
// (wire name to module) is the registry's: providerFromString() in app/providers/registry.h.
QString providerToString(Provider provider);
// Translated display name ("Alibaba Cloud" / "阿里云"); empty for nullptr.
QString providerDisplayName(Provider provider);
// A region as the operator sees it everywhere: the console's name and the ID,
// "China (Hangzhou) cn-hangzhou" / "华东1（杭州） cn-hangzhou"; the ID alone when the provider's
// module does not name it.
QString regionText(Provider provider, const QString &regionId);

// Deployment editions. VPC peering is available on dedicated deployments only.
enum class Edition { Dedicated, Shared, Trial };
QString editionToString(Edition edition);
std::optional<Edition> editionFromString(QStringView text);
QString editionDisplayName(Edition edition);
inline bool editionSupportsPeering(Edition edition) {
    return edition == Edition::Dedicated;
}

} // namespace vpw
