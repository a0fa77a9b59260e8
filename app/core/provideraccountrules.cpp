#include "provideraccountrules.h"

#include "endpointrule.h"

#include <QRegularExpression>

#include <optional>

namespace vpw {

namespace {

const QLatin1String kAliyun("aliyun");
const QLatin1String kHuawei("huawei");

bool isAsciiAlnum(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// The first character that cannot be part of a key, or -1.
qsizetype firstForeignCharacter(const QString &text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isAsciiAlnum(text.at(i)))
            return i;
    }
    return -1;
}

// How a character the operator cannot see is named in a message.
QString describeCharacter(QChar c) {
    if (c == u' ')
        return ProviderAccountRules::tr("a space");
    if (c.isSpace())
        return ProviderAccountRules::tr("a line break or tab");
    if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
        return ProviderAccountRules::tr("an invisible control character");
    return QStringLiteral("\u201c%1\u201d").arg(c);
}

AccountFieldCheck refused(const QString &message) {
    return {AccountFieldCheck::Refused, message};
}

AccountFieldCheck warning(const QString &message) {
    return {AccountFieldCheck::Warning, message};
}

// The checks both halves of a key share: empty, too long, a character that is not a letter or
// a digit. `what` is the field's name.
std::optional<AccountFieldCheck> shapeProblem(const QString &text, const QString &what) {
    if (text.isEmpty())
        return refused(ProviderAccountRules::tr("Enter the %1.").arg(what));
    if (text.size() > ProviderAccountRules::MaxKeyLength)
        return refused(ProviderAccountRules::tr("This is too long for a %1 (%2 characters). "
                                                "Copy only the key itself.")
                           .arg(what)
                           .arg(text.size()));
    const qsizetype bad = firstForeignCharacter(text);
    if (bad >= 0)
        return refused(ProviderAccountRules::tr("A %1 contains only letters and digits; this one "
                                                "contains %2 at position %3. Copy only the key "
                                                "itself, without labels, spaces or quotes.")
                           .arg(what, describeCharacter(text.at(bad)))
                           .arg(bad + 1));
    return std::nullopt;
}

} // namespace

bool ProviderAccountRules::isKnownProvider(const QString &provider) {
    return provider == kAliyun || provider == kHuawei;
}

QString ProviderAccountRules::providerName(const QString &provider) {
    if (provider == kAliyun)
        return tr("Alibaba Cloud");
    if (provider == kHuawei)
        return tr("Huawei Cloud");
    return provider;
}

QString ProviderAccountRules::keyIdName(const QString &provider) {
    return provider == kHuawei ? tr("access key (AK)") : tr("AccessKey ID");
}

QString ProviderAccountRules::secretName(const QString &provider) {
    return provider == kHuawei ? tr("secret key (SK)") : tr("AccessKey secret");
}

AccountFieldCheck ProviderAccountRules::checkName(const QString &name) {
    if (name.trimmed().isEmpty())
        return refused(tr("Enter a name for the account."));
    return {};
}

AccountFieldCheck ProviderAccountRules::checkAccessKeyId(const QString &provider,
                                                         const QString &id) {
    if (!isKnownProvider(provider))
        return refused(tr("Choose the cloud provider of the account."));
    const QString what = keyIdName(provider);
    if (auto problem = shapeProblem(id, what))
        return *problem;
    if (provider == kAliyun) {
        if (!id.startsWith(QLatin1String("LTAI")))
            return warning(tr("Alibaba Cloud AccessKey IDs usually start with \"LTAI\". Check that "
                              "this is the ID and not the secret."));
        if (id.size() < 16 || id.size() > 30)
            return warning(tr("Alibaba Cloud AccessKey IDs are usually 16 to 30 characters long; "
                              "this one has %1.")
                               .arg(id.size()));
        return {};
    }
    if (id.size() != 20 || id != id.toUpper())
        return warning(tr("Huawei Cloud access keys (AK) are usually 20 upper-case letters and "
                          "digits; this one has %1 characters%2. Check that this is the AK and "
                          "not the SK.")
                           .arg(id.size())
                           .arg(id != id.toUpper() ? tr(", some of them lower case") : QString()));
    return {};
}

AccountFieldCheck ProviderAccountRules::checkAccessKeySecret(const QString &provider,
                                                             const QString &secret,
                                                             const QString &id) {
    if (!isKnownProvider(provider))
        return refused(tr("Choose the cloud provider of the account."));
    const QString what = secretName(provider);
    if (auto problem = shapeProblem(secret, what))
        return *problem;
    if (!id.isEmpty() && secret == id)
        return refused(tr("The %1 is the same as the %2. Copy the %1 from the key's download or "
                          "creation dialog.")
                           .arg(what, keyIdName(provider)));
    if (provider == kAliyun && secret.size() != 30)
        return warning(tr("Alibaba Cloud AccessKey secrets are usually 30 characters long; this "
                          "one has %1.")
                           .arg(secret.size()));
    if (provider == kHuawei && secret.size() != 40)
        return warning(tr("Huawei Cloud secret keys (SK) are usually 40 characters long; this one "
                          "has %1.")
                           .arg(secret.size()));
    return {};
}

QStringList ProviderAccountRules::parseRegions(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList regions;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!regions.contains(part))
            regions << part;
    }
    return regions;
}

AccountFieldCheck ProviderAccountRules::checkRegions(const QStringList &regions) {
    if (regions.isEmpty())
        return refused(tr("Enter at least one region ID, for example cn-hangzhou."));
    static const QRegularExpression format(
        QStringLiteral("^[a-z]{2,}(-[a-z0-9]+)+$")); // cn-hangzhou, cn-north-4, ap-southeast-1
    for (const QString &region : regions) {
        if (!format.match(region).hasMatch())
            return refused(tr("\"%1\" is not a region ID. Region IDs look like cn-hangzhou or "
                              "cn-north-4 (lower case, separated by commas).")
                               .arg(region));
    }
    return {};
}

AccountFieldCheck ProviderAccountRules::checkEndpointOverride(const QUrl &endpoint) {
    if (endpoint.isEmpty())
        return {};
    if (const std::optional<EndpointProblem> problem = checkEndpoint(endpoint))
        return refused(endpointProblemText(*problem, endpoint));
    return {};
}

} // namespace vpw
