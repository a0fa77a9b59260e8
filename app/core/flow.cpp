#include "flow.h"

#include "model.h"
#include "providermodule.h"

#include <QCoreApplication>

namespace vpw {

// Every text below is an English source string in the context "vpw::Flow" (kFlowContext),
// written out literally because lupdate does not resolve constants. The providers' own flows
// are in their modules (app/providers/<name>/flow.cpp).
static_assert(sizeof(kFlowContext) == sizeof("vpw::Flow"), "lupdate context must match");

QString flowText(const char *sourceText) {
    if (!sourceText)
        return {};
    return QCoreApplication::translate(kFlowContext, sourceText);
}

QUrl httpsUrl(const char *url) {
    return QUrl(QString::fromLatin1(url), QUrl::StrictMode);
}

FlowStep prerequisitesStep(const QString &id) {
    return FlowStep{
        id,
        StepKind::Instructions,
        QT_TRANSLATE_NOOP("vpw::Flow", "Before you start"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "VPC peering is available on dedicated deployments only, not on free-trial or shared "
            "deployments.\n\n"
            "Your VPC must be in the same region as the deployment: EMQX Cloud only creates "
            "peerings within one region.\n\n"
            "Your VPC's CIDR block must not use EMQX Cloud's reserved addresses "
            "10.10.0.0/24 ～ 10.32.255.0/24 (every address from 10.10.0.0 to 10.32.255.255), and "
            "must not overlap the "
            "deployment's CIDR block or the CIDR block of another "
            "peering of the deployment. Plan your VPC's addresses accordingly.\n\n"
            "Peerings and rule-engine resources are bound to each other: create the peering "
            "first, then the resources that use it."),
        {},
        {},
        {},
        std::nullopt};
}

FlowStep securityGroupStep(const QString &id, const char *body, ConsoleLink link) {
    return FlowStep{
        id,
        StepKind::FollowUp,
        QT_TRANSLATE_NOOP("vpw::Flow", "Allow the deployment in your security group"),
        body,
        {},
        {{DeploymentValue::Cidr, QT_TRANSLATE_NOOP("vpw::Flow", "Source (deployment CIDR block)")}},
        {std::move(link)},
        FollowUpKind::SecurityGroup};
}

QString requestFieldWireName(RequestField field) {
    switch (field) {
    case RequestField::PeeringId:
        return QStringLiteral("peeringId");
    case RequestField::AccountId:
        return QStringLiteral("accountId");
    case RequestField::VpcId:
        return QStringLiteral("vpcId");
    case RequestField::Cidr:
        return QStringLiteral("cidr");
    }
    return {};
}

std::optional<RequestField> requestFieldFromWireName(QStringView name) {
    for (const RequestField field : kRequestFields) {
        if (requestFieldWireName(field) == name)
            return field;
    }
    return std::nullopt;
}

QString requestValue(const PeeringRequest &request, RequestField field) {
    switch (field) {
    case RequestField::PeeringId:
        return request.peeringId;
    case RequestField::AccountId:
        return request.accountId;
    case RequestField::VpcId:
        return request.vpcId;
    case RequestField::Cidr:
        return request.cidr.toString();
    }
    return {};
}

bool setRequestValue(PeeringRequest &request, RequestField field, const QString &text) {
    switch (field) {
    case RequestField::PeeringId:
        request.peeringId = text;
        return true;
    case RequestField::AccountId:
        request.accountId = text;
        return true;
    case RequestField::VpcId:
        request.vpcId = text;
        return true;
    case RequestField::Cidr:
        if (const std::optional<Cidr> cidr = Cidr::fromString(text)) {
            request.cidr = *cidr;
            return true;
        }
        return false;
    }
    return false;
}

const PanelNote &deletePeeringNote() {
    static const PanelNote note{
        QT_TRANSLATE_NOOP("vpw::Flow", "Deleting a peering"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "A peering can be deleted only while its state is running.\n\n"
            "Before you delete it, make sure the deployment has no resources bound to the "
            "peering (for example rule-engine resources that reach your VPC). Deleting a "
            "peering that resources still use leads to unpredictable failures.\n\n"
            "To delete, select the peering in the list of the deployment's peerings and click "
            "Delete.")};
    return note;
}

const QList<MqttPort> &securityGroupPorts() {
    static const QList<MqttPort> ports = {
        {1883, QT_TRANSLATE_NOOP("vpw::Flow", "MQTT")},
        {8883, QT_TRANSLATE_NOOP("vpw::Flow", "MQTT over TLS")},
        {8083, QT_TRANSLATE_NOOP("vpw::Flow", "MQTT over WebSocket")},
        {8084, QT_TRANSLATE_NOOP("vpw::Flow", "MQTT over secure WebSocket")},
    };
    return ports;
}

const FlowStep *findStep(const FlowDescriptor &flow, QStringView id) {
    for (const FlowStep &step : flow.steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

const FieldSpec *findField(const FlowDescriptor &flow, RequestField field) {
    for (const FlowStep &step : flow.steps) {
        for (const FieldSpec &spec : step.fields) {
            if (spec.field == field)
                return &spec;
        }
    }
    return nullptr;
}

const FlowStep *stepCollecting(const FlowDescriptor &flow, RequestField field) {
    for (const FlowStep &step : flow.steps) {
        for (const FieldSpec &spec : step.fields) {
            if (spec.field == field)
                return &step;
        }
    }
    return nullptr;
}

const FlowDescriptor *flowFor(Provider provider) {
    return provider ? &provider->flow() : nullptr;
}

} // namespace vpw
