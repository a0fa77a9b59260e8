#pragma once

#include "providererror.h"
#include "providerjob.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace vpw::cloud {

// A provider account as the provider's client uses it ("Test key", the outcome probe): the
// AccessKey pair (the secret in memory only, never logged), the region of the calls and the
// endpoint override (the emulator's URL; empty: production).
struct ProbeAccount {
    QString provider; // the provider's wire name, as secrets::ProviderAccount has it
    QString accessKeyId;
    QString accessKeySecret;
    QString regionId;  // empty: the client's default
    QString projectId; // Huawei Cloud: the region's project (empty: looked up where needed)
    QUrl endpointOverride;
};

// What the read call answered: an error, or (ok) the translated sentence saying what the
// provider answered ("The key works: …").
struct AccountProbeResult {
    std::optional<ProviderError> error;
    QString message;
};

// "Test key"'s one read call for one provider, in the provider's client folder
// (app/providers/<name>/client/): Alibaba Cloud DescribeVpcs, Huawei Cloud
// ShowPermanentAccessKey. Listed by the client registry (app/providers/clientregistry.h), so the
// session names no provider. Immutable singletons.
class AccountProbe {
public:
    virtual ~AccountProbe() = default;

    // The provider's wire name ("aliyun").
    virtual QString provider() const = 0;
    // Starts the call with a client of its own, returned to the caller, who owns it: deleting it
    // drops the call silently. Otherwise `done` is called exactly once, from the event loop.
    using Done = std::function<void(const AccountProbeResult &)>;
    virtual std::unique_ptr<ProviderClient> start(const ProbeAccount &account, Done done) const = 0;
};

} // namespace vpw::cloud
