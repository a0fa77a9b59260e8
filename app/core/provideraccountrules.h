#pragma once

#include "provider.h"
#include "provideraccountpart.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace vpw {

// The checks of a provider account's fields (an AccessKey of the operator's own Alibaba Cloud or
// Huawei Cloud account), applied by the account store when an account is saved and by the form
// as the fields are typed. Pure functions: no storage, no network.
//
// `provider` is the account's provider module (found by its wire name in the registry,
// app/providers/registry.h); the key checks ask its account part (ProviderModule::account()).
// A provider without one (AWS) or none at all: the key fields are refused.
//
// What is refused and what is only a warning follows what is documented and what is only
// observed (../shared/providers-api.md):
//  - An AccessKey ID or secret is sent in the Authorization header, whose fields are separated by
//    "," and "=": every character other than an ASCII letter or digit is refused (a pasted label
//    such as "AccessKey ID: LTAI…", a space, a line break, a quote). Empty is refused, and so is
//    anything longer than 128 characters (no key of either provider is near that).
//  - The lengths and prefixes observed on real keys, not documented, are the account part's
//    (checkKeyIdShape(), checkSecretShape()): a key outside them is a warning only (the
//    provider's answer to "Test key" is the authority).
//    The same string as ID and secret is refused (one of the two fields holds the wrong value).
//  - Regions: one or more region IDs, lower case, of the form "cn-hangzhou", "cn-north-4",
//    "ap-southeast-1"; an empty list is refused.
//  - Endpoint override: empty (the provider's production endpoints) or an endpoint that passes
//    checkEndpoint() — https, except on this computer (loopback), so that nothing signed is ever
//    sent in plain text to another host.
class ProviderAccountRules {
    Q_DECLARE_TR_FUNCTIONS(vpw::ProviderAccountRules)

public:
    static constexpr int MaxKeyLength = 128;

    // Whether `provider` has provider accounts (an account part).
    static bool isKnownProvider(Provider provider);
    static AccountFieldCheck checkName(const QString &name);
    static AccountFieldCheck checkAccessKeyId(Provider provider, const QString &id);
    static AccountFieldCheck checkAccessKeySecret(Provider provider, const QString &secret,
                                                  const QString &id = {});
    static AccountFieldCheck checkRegions(const QStringList &regions);
    static AccountFieldCheck checkEndpointOverride(const QUrl &endpoint);

    // "cn-hangzhou, cn-shanghai" or "cn-hangzhou cn-shanghai" -> the region IDs, trimmed, in
    // order, without duplicates or empty entries.
    static QStringList parseRegions(const QString &text);
    // The provider's own words for the two halves of a key ("AccessKey ID"/"AccessKey secret",
    // "access key (AK)"/"secret key (SK)"), translated; neutral words for a provider without
    // accounts.
    static QString keyIdName(Provider provider);
    static QString secretName(Provider provider);
};

} // namespace vpw
