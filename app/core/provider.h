#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace vpw {

enum class Provider { Aliyun, Huawei };

// Wire names: "aliyun", "huawei".
QString providerToString(Provider provider);
std::optional<Provider> providerFromString(QStringView text);
// Translated display name: "Alibaba Cloud" / "阿里云", "Huawei Cloud" / "华为云".
QString providerDisplayName(Provider provider);

// Deployment editions. VPC peering is available on dedicated deployments only.
enum class Edition { Dedicated, Shared, Trial };
QString editionToString(Edition edition);
std::optional<Edition> editionFromString(QStringView text);
QString editionDisplayName(Edition edition);
inline bool editionSupportsPeering(Edition edition) {
    return edition == Edition::Dedicated;
}

} // namespace vpw
