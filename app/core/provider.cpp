#include "provider.h"

#include "providermodule.h"

#include <QCoreApplication>

namespace vpw {

ProviderModule::~ProviderModule() = default;

QString providerToString(Provider provider) {
    return provider ? provider->id() : QString();
}

QString providerDisplayName(Provider provider) {
    return provider ? provider->displayName() : QString();
}

QString regionText(Provider provider, const QString &regionId) {
    const QString name = provider ? provider->regionName(regionId) : QString();
    return name.isEmpty() ? regionId : name + QLatin1Char(' ') + regionId;
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
