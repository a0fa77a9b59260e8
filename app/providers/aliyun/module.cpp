#include "module.h"
#include "parts.h"

#include <QCoreApplication>

#include <utility>

namespace vpw::providers::aliyun {

namespace {

QString quoted(const QString &text) {
    return QChar(0x201C) + text + QChar(0x201D);
}

// Alibaba Cloud accepts custom (non-RFC 1918) VPC ranges except these.
constexpr std::pair<quint32, int> kForbidden[] = {
    {0x64400000u, 10}, // 100.64.0.0/10 (shared address space)
    {0xE0000000u, 4},  // 224.0.0.0/4 (multicast)
    {0x7F000000u, 8},  // 127.0.0.0/8 (loopback)
    {0xA9FE0000u, 16}, // 169.254.0.0/16 (link-local)
};

// RFC 1918 with /8-/28, or a custom range except 100.64/10, 224/4, 127/8, 169.254/16
// (warning for non-RFC-1918): providers.md.
Verdict cidrLimits(const Cidr &cidr) {
    const QString text = cidr.toString();
    if (cidr.prefixLength() < 8 || cidr.prefixLength() > 28) {
        return Verdict::error(QStringLiteral("cidr.provider_prefix"),
                              QCoreApplication::translate("vpw::FieldRules",
                                                          "%1 cannot be an Alibaba Cloud VPC: the "
                                                          "prefix length must be between /8 and "
                                                          "/28.")
                                  .arg(quoted(text)));
    }
    if (isInsideRfc1918(cidr))
        return Verdict::ok(text);
    for (const auto &[network, prefix] : kForbidden) {
        const Cidr forbidden = Cidr::fromNetwork(network, prefix);
        if (forbidden.overlaps(cidr)) {
            return Verdict::error(QStringLiteral("cidr.provider_forbidden"),
                                  QCoreApplication::translate("vpw::FieldRules",
                                                              "%1 overlaps %2, which Alibaba Cloud "
                                                              "does not allow for a VPC. Use a "
                                                              "private range such as "
                                                              "192.168.0.0/16.")
                                      .arg(quoted(text), forbidden.toString()));
        }
    }
    return Verdict::warning(QStringLiteral("cidr.custom_range"),
                            QCoreApplication::translate(
                                "vpw::FieldRules", "%1 is not a private range (10.0.0.0/8, "
                                                   "172.16.0.0/12, 192.168.0.0/16). Alibaba Cloud "
                                                   "accepts it as a custom range; make sure it "
                                                   "does not hide public addresses you need.")
                                .arg(quoted(text)),
                            text);
}

class Module final : public ProviderModule {
public:
    QString id() const override { return QStringLiteral("aliyun"); }
    QString displayName() const override {
        return QCoreApplication::translate("vpw::Provider", "Alibaba Cloud");
    }
    const FlowDescriptor &flow() const override {
        static const FlowDescriptor flow = buildFlow(this);
        return flow;
    }
    QList<FieldKind> fieldKinds() const override { return {cenId(), accountId(), vpcId()}; }
    QStringList knownRegions() const override {
        return {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"),
                QStringLiteral("cn-beijing"),  QStringLiteral("cn-shenzhen"),
                QStringLiteral("cn-hongkong"), QStringLiteral("ap-southeast-1")};
    }
    QString regionName(const QString &regionId) const override {
        // The names the console lists the regions by (its Chinese names in Chinese).
        static const struct {
            const char *id;
            const char *name;
        } names[] = {
            {"cn-hangzhou", QT_TRANSLATE_NOOP("vpw::Region", "China (Hangzhou)")},
            {"cn-shanghai", QT_TRANSLATE_NOOP("vpw::Region", "China (Shanghai)")},
            {"cn-beijing", QT_TRANSLATE_NOOP("vpw::Region", "China (Beijing)")},
            {"cn-shenzhen", QT_TRANSLATE_NOOP("vpw::Region", "China (Shenzhen)")},
            {"cn-hongkong", QT_TRANSLATE_NOOP("vpw::Region", "China (Hong Kong)")},
            {"ap-southeast-1", QT_TRANSLATE_NOOP("vpw::Region", "Singapore")},
        };
        for (const auto &region : names) {
            if (regionId == QLatin1String(region.id))
                return QCoreApplication::translate("vpw::Region", region.name);
        }
        return {};
    }
    Verdict checkCidrLimits(const Cidr &cidr) const override { return cidrLimits(cidr); }
    FieldKind deploymentVpcIdKind() const override { return vpcId(); }
    FieldKind cloudAccountIdKind() const override { return accountId(); }
    QString cliName() const override { return QStringLiteral("Alibaba Cloud CLI"); }
    QString followUpCli(FollowUpKind kind, const FollowUpInput &input) const override {
        return aliyun::followUpCli(kind, input);
    }
    QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input) const override {
        return aliyun::followUpTerraform(kind, input);
    }
    Verdict checkFollowUpId(FollowUpKind, QStringView id) const override {
        return plausibleResourceIdVerdict(id);
    }
    QString failureAdvice(FailureCode code) const override { return aliyun::failureAdvice(code); }
    QString failureReason(FailureCode code) const override { return aliyun::failureReason(code); }
    QList<DemoDeployment> demoSeed() const override { return aliyun::demoSeed(); }
    const ProviderAccountPart *account() const override { return &aliyun::accountPart(); }
};

} // namespace

const ProviderModule &module() {
    static const Module instance;
    return instance;
}

} // namespace vpw::providers::aliyun
