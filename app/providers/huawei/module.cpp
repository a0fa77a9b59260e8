#include "module.h"
#include "parts.h"

#include <QCoreApplication>

namespace vpw::providers::huawei {

namespace {

QString quoted(const QString &text) {
    return QChar(0x201C) + text + QChar(0x201D);
}

// Inside RFC 1918 with a mask up to /28 (warning above /24): providers.md.
Verdict cidrLimits(const Cidr &cidr) {
    const QString text = cidr.toString();
    if (!isInsideRfc1918(cidr)) {
        return Verdict::error(QStringLiteral("cidr.not_private"),
                              QCoreApplication::translate(
                                  "vpw::FieldRules", "%1 is not a private range. Huawei Cloud "
                                                     "VPCs use a CIDR block inside 10.0.0.0/8, "
                                                     "172.16.0.0/12 or 192.168.0.0/16.")
                                  .arg(quoted(text)));
    }
    if (cidr.prefixLength() > 28) {
        return Verdict::error(QStringLiteral("cidr.provider_prefix"),
                              QCoreApplication::translate(
                                  "vpw::FieldRules", "%1 is too small for a Huawei Cloud VPC: "
                                                     "the prefix length must be /28 or shorter.")
                                  .arg(quoted(text)));
    }
    if (cidr.prefixLength() > 24) {
        return Verdict::warning(QStringLiteral("cidr.prefix_above_24"),
                                QCoreApplication::translate(
                                    "vpw::FieldRules", "%1 has a prefix longer than /24. Huawei "
                                                       "Cloud accepts up to /28, but older regions "
                                                       "allow only /24 or shorter.")
                                    .arg(quoted(text)),
                                text);
    }
    return Verdict::ok(text);
}

class Module final : public ProviderModule {
public:
    QString id() const override { return QStringLiteral("huawei"); }
    QString displayName() const override {
        return QCoreApplication::translate("vpw::Provider", "Huawei Cloud");
    }
    const FlowDescriptor &flow() const override {
        static const FlowDescriptor flow = buildFlow(this);
        return flow;
    }
    QList<FieldKind> fieldKinds() const override {
        return {peeringId(), vpcId(), userId(), projectId()};
    }
    QStringList knownRegions() const override {
        return {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"),
                QStringLiteral("cn-south-1"), QStringLiteral("ap-southeast-1"),
                QStringLiteral("ap-southeast-3")};
    }
    QString regionName(const QString &regionId) const override {
        // The names the console lists the regions by (its Chinese names in Chinese).
        static const struct {
            const char *id;
            const char *name;
        } names[] = {
            {"cn-north-4", QT_TRANSLATE_NOOP("vpw::Region", "CN North-Beijing4")},
            {"cn-east-3", QT_TRANSLATE_NOOP("vpw::Region", "CN East-Shanghai1")},
            {"cn-south-1", QT_TRANSLATE_NOOP("vpw::Region", "CN South-Guangzhou")},
            {"ap-southeast-1", QT_TRANSLATE_NOOP("vpw::Region", "CN-Hong Kong")},
            {"ap-southeast-3", QT_TRANSLATE_NOOP("vpw::Region", "AP-Singapore")},
        };
        for (const auto &region : names) {
            if (regionId == QLatin1String(region.id))
                return QCoreApplication::translate("vpw::Region", region.name);
        }
        return {};
    }
    Verdict checkCidrLimits(const Cidr &cidr) const override { return cidrLimits(cidr); }
    FieldKind deploymentVpcIdKind() const override { return vpcId(); }
    FieldKind cloudAccountIdKind() const override { return projectId(); }
    QString cliName() const override { return QStringLiteral("Huawei Cloud KooCLI"); }
    QString followUpCli(FollowUpKind kind, const FollowUpInput &input) const override {
        return huawei::followUpCli(kind, input);
    }
    QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input) const override {
        return huawei::followUpTerraform(kind, input);
    }
    Verdict checkFollowUpId(FollowUpKind kind, QStringView id) const override {
        return checkField(kind == FollowUpKind::Route ? routeTableId() : securityGroupId(), id);
    }
    QString failureAdvice(FailureCode code) const override { return huawei::failureAdvice(code); }
    QString failureReason(FailureCode code) const override { return huawei::failureReason(code); }
    QList<DemoDeployment> demoSeed() const override { return huawei::demoSeed(); }
    const ProviderAccountPart *account() const override { return &huawei::accountPart(); }
};

} // namespace

const ProviderModule &module() {
    static const Module instance;
    return instance;
}

} // namespace vpw::providers::huawei
