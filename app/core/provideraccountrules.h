#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace vpw {

// The checks of a provider account's fields (an AccessKey of the operator's own Alibaba Cloud or
// Huawei Cloud account), applied by the account store when an account is saved and by the form
// as the fields are typed. Pure functions: no storage, no network.
//
// `provider` is the provider's id: "aliyun" or "huawei" (anything else: every field is refused).
//
// What is refused and what is only a warning follows what is documented and what is only
// observed (../shared/providers-api.md):
//  - An AccessKey ID or secret is sent in the Authorization header, whose fields are separated by
//    "," and "=": every character other than an ASCII letter or digit is refused (a pasted label
//    such as "AccessKey ID: LTAI…", a space, a line break, a quote). Empty is refused, and so is
//    anything longer than 128 characters (no key of either provider is near that).
//  - The lengths and prefixes below are observed on real keys, not documented: a key outside them
//    is a warning only (the provider's answer to "Test key" is the authority):
//      Alibaba Cloud: AccessKey ID "LTAI" + letters and digits, 16 to 30 characters in all;
//                     AccessKey secret 30 characters.
//      Huawei Cloud:  access key (AK) 20 upper-case letters and digits; secret key (SK) 40.
//    The same string as ID and secret is refused (one of the two fields holds the wrong value).
//  - Regions: one or more region IDs, lower case, of the form "cn-hangzhou", "cn-north-4",
//    "ap-southeast-1"; an empty list is refused.
//  - Endpoint override: empty (the provider's production endpoints) or an endpoint that passes
//    checkEndpoint() — https, except on this computer (loopback), so that nothing signed is ever
//    sent in plain text to another host.
struct AccountFieldCheck {
    enum Level { Ok, Warning, Refused };
    Level level = Ok;
    QString message; // translated; empty when Ok

    bool isRefused() const { return level == Refused; }
    bool isOk() const { return level == Ok; }
};

class ProviderAccountRules {
    Q_DECLARE_TR_FUNCTIONS(vpw::ProviderAccountRules)

public:
    static constexpr int MaxKeyLength = 128;

    static bool isKnownProvider(const QString &provider);
    static AccountFieldCheck checkName(const QString &name);
    static AccountFieldCheck checkAccessKeyId(const QString &provider, const QString &id);
    static AccountFieldCheck checkAccessKeySecret(const QString &provider, const QString &secret,
                                                  const QString &id = {});
    static AccountFieldCheck checkRegions(const QStringList &regions);
    static AccountFieldCheck checkEndpointOverride(const QUrl &endpoint);

    // "cn-hangzhou, cn-shanghai" or "cn-hangzhou cn-shanghai" -> the region IDs, trimmed, in
    // order, without duplicates or empty entries.
    static QStringList parseRegions(const QString &text);
    // The provider's name as the operator knows it ("Alibaba Cloud"), translated.
    static QString providerName(const QString &provider);
    // The provider's own words for the two halves of a key ("AccessKey ID"/"AccessKey secret",
    // "Access key (AK)"/"Secret key (SK)"), translated.
    static QString keyIdName(const QString &provider);
    static QString secretName(const QString &provider);
};

} // namespace vpw
