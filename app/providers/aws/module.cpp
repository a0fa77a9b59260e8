#include "module.h"
#include "parts.h"

#include <QCoreApplication>

namespace vpw::providers::aws {

namespace {

QString quoted(const QString &text) {
    return QChar(0x201C) + text + QChar(0x201D);
}

// A VPC's IPv4 block is between /16 and /28 (Amazon VPC User Guide, "VPC CIDR blocks":
// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html). RFC 1918 is
// recommended; a publicly routable block is accepted (warning).
Verdict cidrLimits(const Cidr &cidr) {
    const QString text = cidr.toString();
    if (cidr.prefixLength() < 16 || cidr.prefixLength() > 28) {
        return Verdict::error(QStringLiteral("cidr.provider_prefix"),
                              QCoreApplication::translate("vpw::FieldRules",
                                                          "%1 cannot be an AWS VPC: the prefix "
                                                          "length must be between /16 and /28.")
                                  .arg(quoted(text)));
    }
    if (isInsideRfc1918(cidr))
        return Verdict::ok(text);
    return Verdict::warning(
        QStringLiteral("cidr.custom_range"),
        QCoreApplication::translate("vpw::FieldRules",
                                    "%1 is not a private range (10.0.0.0/8, 172.16.0.0/12, "
                                    "192.168.0.0/16). AWS accepts a publicly routable block for "
                                    "a VPC; make sure it does not hide public addresses you "
                                    "need.")
            .arg(quoted(text)),
        text);
}

class Module final : public ProviderModule {
public:
    QString id() const override { return QStringLiteral("aws"); }
    QString displayName() const override {
        return QCoreApplication::translate("vpw::Provider", "AWS");
    }
    const FlowDescriptor &flow() const override {
        static const FlowDescriptor flow = buildFlow(this);
        return flow;
    }
    QList<FieldKind> fieldKinds() const override { return {peeringId(), vpcId(), accountId()}; }
    QStringList knownRegions() const override {
        return {QStringLiteral("us-east-1"),      QStringLiteral("us-west-2"),
                QStringLiteral("eu-west-1"),      QStringLiteral("eu-central-1"),
                QStringLiteral("ap-southeast-1"), QStringLiteral("ap-northeast-1")};
    }
    QString regionName(const QString &regionId) const override {
        // The names the console lists the regions by (its Chinese names in Chinese).
        static const struct {
            const char *id;
            const char *name;
        } names[] = {
            {"us-east-1", QT_TRANSLATE_NOOP("vpw::Region", "US East (N. Virginia)")},
            {"us-west-2", QT_TRANSLATE_NOOP("vpw::Region", "US West (Oregon)")},
            {"eu-west-1", QT_TRANSLATE_NOOP("vpw::Region", "Europe (Ireland)")},
            {"eu-central-1", QT_TRANSLATE_NOOP("vpw::Region", "Europe (Frankfurt)")},
            {"ap-southeast-1", QT_TRANSLATE_NOOP("vpw::Region", "Asia Pacific (Singapore)")},
            {"ap-northeast-1", QT_TRANSLATE_NOOP("vpw::Region", "Asia Pacific (Tokyo)")},
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
    QString cliName() const override { return QStringLiteral("AWS CLI"); }
    QString followUpCli(FollowUpKind kind, const FollowUpInput &input) const override {
        return aws::followUpCli(kind, input);
    }
    QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input) const override {
        return aws::followUpTerraform(kind, input);
    }
    Verdict checkFollowUpId(FollowUpKind, QStringView id) const override {
        return plausibleResourceIdVerdict(id);
    }
    QString failureAdvice(FailureCode code) const override { return aws::failureAdvice(code); }
    QString failureReason(FailureCode code) const override { return aws::failureReason(code); }
    QList<DemoDeployment> demoSeed() const override { return aws::demoSeed(); }
    // Guided only: the application never calls AWS's API, so there is no AWS account to keep.
    const ProviderAccountPart *account() const override { return nullptr; }
};

} // namespace

const ProviderModule &module() {
    static const Module instance;
    return instance;
}

} // namespace vpw::providers::aws
