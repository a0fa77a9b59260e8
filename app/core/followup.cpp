#include "followup.h"

#include "providermodule.h"

#include <QStringList>

#include <utility>

namespace vpw {

namespace followup {

QString idOr(const QString &text, const char *placeholder) {
    return isPlausibleResourceId(text) ? text : QLatin1String(placeholder);
}

QString cidrText(const FollowUpInput &input) {
    return input.deploymentCidr.toString();
}

QStringList portTexts(const FollowUpInput &input) {
    QStringList ports;
    for (const quint16 port : input.ports)
        ports << QString::number(port);
    return ports;
}

QString hclResource(const char *type, const QString &name,
                    const QList<std::pair<const char *, QString>> &arguments) {
    qsizetype width = 0;
    for (const auto &argument : arguments)
        width = qMax(width, qsizetype(qstrlen(argument.first)));
    QString text = QStringLiteral("resource \"%1\" \"%2\" {\n").arg(QLatin1String(type), name);
    for (const auto &[key, value] : arguments) {
        text += QStringLiteral("  ") + QString::fromLatin1(key).leftJustified(width) +
                QStringLiteral(" = ") + value + u'\n';
    }
    text += QStringLiteral("}\n");
    return text;
}

QString quoted(const QString &value) {
    return u'"' + value + u'"';
}

} // namespace followup

namespace {

bool hasWork(FollowUpKind kind, const FollowUpInput &input) {
    if (!followUpStep(input.provider, kind))
        return false;
    return kind != FollowUpKind::SecurityGroup || !input.ports.isEmpty();
}

} // namespace

FollowUpInput followUpInput(const Deployment &deployment, const Peering &peering) {
    FollowUpInput input;
    input.provider = peering.provider;
    input.region = deployment.region;
    input.deploymentCidr = deployment.cidr;
    input.peeringId = peering.peeringId;
    input.vpcId = peering.vpcId;
    for (const MqttPort &port : securityGroupPorts())
        input.ports << port.port;
    return input;
}

QList<FollowUpKind> followUpKinds(Provider provider) {
    const FlowDescriptor *flow = flowFor(provider);
    if (!flow)
        return {};
    QList<FollowUpKind> kinds;
    for (const FlowStep &step : flow->steps) {
        if (step.kind == StepKind::FollowUp && step.followUp && !kinds.contains(*step.followUp))
            kinds << *step.followUp;
    }
    return kinds;
}

const FlowStep *followUpStep(Provider provider, FollowUpKind kind) {
    const FlowDescriptor *flow = flowFor(provider);
    if (!flow)
        return nullptr;
    for (const FlowStep &step : flow->steps) {
        if (step.kind == StepKind::FollowUp && step.followUp == kind)
            return &step;
    }
    return nullptr;
}

QString followUpCliName(Provider provider) {
    return provider ? provider->cliName() : QString();
}

bool isPlausibleResourceId(QStringView text) {
    if (text.isEmpty() || text.size() > 128)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
               u == u'-' || u == u'_';
    });
}

Verdict plausibleResourceIdVerdict(QStringView text) {
    if (isPlausibleResourceId(text))
        return Verdict::ok(text.toString());
    return Verdict::error(QStringLiteral("id.charset"), QString());
}

QString followUpCliCommand(FollowUpKind kind, const FollowUpInput &input) {
    if (!hasWork(kind, input))
        return {};
    return input.provider->followUpCli(kind, input);
}

QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input) {
    if (!hasWork(kind, input))
        return {};
    return input.provider->followUpTerraform(kind, input);
}

} // namespace vpw
