#include "provider.h"

#include <QCoreApplication>

namespace vpw {

QString providerToString(Provider provider) {
    switch (provider) {
    case Provider::Aliyun:
        return QStringLiteral("aliyun");
    case Provider::Huawei:
        return QStringLiteral("huawei");
    }
    Q_UNREACHABLE();
}

std::optional<Provider> providerFromString(QStringView text) {
    for (const Provider p : {Provider::Aliyun, Provider::Huawei}) {
        if (text.compare(providerToString(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString providerDisplayName(Provider provider) {
    switch (provider) {
    case Provider::Aliyun:
        return QCoreApplication::translate("vpw::Provider", "Alibaba Cloud");
    case Provider::Huawei:
        return QCoreApplication::translate("vpw::Provider", "Huawei Cloud");
    }
    Q_UNREACHABLE();
}

QString editionToString(Edition edition) {
    switch (edition) {
    case Edition::Dedicated:
        return QStringLiteral("dedicated");
    case Edition::Shared:
        return QStringLiteral("shared");
    case Edition::Trial:
        return QStringLiteral("trial");
    }
    Q_UNREACHABLE();
}

std::optional<Edition> editionFromString(QStringView text) {
    for (const Edition e : {Edition::Dedicated, Edition::Shared, Edition::Trial}) {
        if (text.compare(editionToString(e), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

QString editionDisplayName(Edition edition) {
    switch (edition) {
    case Edition::Dedicated:
        return QCoreApplication::translate("vpw::Provider", "Dedicated");
    case Edition::Shared:
        return QCoreApplication::translate("vpw::Provider", "Shared");
    case Edition::Trial:
        return QCoreApplication::translate("vpw::Provider", "Free trial");
    }
    Q_UNREACHABLE();
}

} // namespace vpw
