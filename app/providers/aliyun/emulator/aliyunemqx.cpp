#include "aliyunemqx.h"

#include "aliyunemulator.h"

#include "app/providers/aliyun/module.h"
#include "app/providers/aliyun/signature/acssignature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace vpw::aliyun {

namespace {

class EmqxSide final : public sandbox::ProviderSide {
public:
    explicit EmqxSide(Emulator *emulator)
        : m_emulator(emulator) {}

    // A CEN of the emulated operator account; another CEN is some account the emulator does not
    // hold, whose peering keeps the sandbox's explicit control.
    bool covers(const Peering &peering) const override {
        return peering.provider == &providers::aliyun::module() &&
               m_emulator->hasCen(peering.peeringId);
    }

    void submitted(const Peering &peering, const Deployment &deployment) override {
        // EMQX grants its VPC to the operator's CEN (peeringId) of the operator's account.
        m_emulator->grantInstanceToCen(deployment.vpcId, deployment.cloudAccountId,
                                       peering.peeringId, peering.accountId);
    }

    sandbox::ProviderVerdict verdict(const Peering &peering,
                                     const Deployment &deployment) override {
        const auto child = m_emulator->childAttachment(peering.peeringId, deployment.vpcId);
        if (!child || child->ownerUid != deployment.cloudAccountId)
            return sandbox::ProviderVerdict::waiting();
        return sandbox::ProviderVerdict::runsAt(child->attachedAt);
    }

    // The operator attaches the deployment's VPC to the CEN, as the wizard tells them to: the
    // RPC form of AttachCenChildInstance, signed with the emulator's operator key.
    bool playOperator(const Peering &peering, const Deployment &deployment,
                      QString *error) override {
        const EmulatorOptions &options = m_emulator->options();
        QList<QPair<QString, QString>> params{
            {QStringLiteral("Action"), QStringLiteral("AttachCenChildInstance")},
            {QStringLiteral("Version"), QStringLiteral("2017-09-12")},
            {QStringLiteral("Format"), QStringLiteral("JSON")},
            {QStringLiteral("AccessKeyId"), options.accessKeyId},
            {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
            {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
            {QStringLiteral("SignatureNonce"), QString::fromLatin1(newNonce())},
            {QStringLiteral("Timestamp"),
             QString::fromLatin1(
                 timestamp((options.clock ? options.clock : &systemClock())->nowMs()))},
            {QStringLiteral("CenId"), peering.peeringId},
            {QStringLiteral("ChildInstanceId"), deployment.vpcId},
            {QStringLiteral("ChildInstanceType"), QStringLiteral("VPC")},
            {QStringLiteral("ChildInstanceRegionId"), deployment.region},
            {QStringLiteral("ChildInstanceOwnerId"), deployment.cloudAccountId},
        };
        params.append(
            {QStringLiteral("Signature"),
             QString::fromLatin1(rpcSignature(options.accessKeySecret.toUtf8(), "GET", params))});
        sandbox::HttpRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/");
        request.query.setQueryItems(params);
        const sandbox::HttpResponse response = m_emulator->handle(request);
        if (response.status == 200)
            return true;
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        *error = QStringLiteral("Alibaba Cloud refused the attach: %1 (%2)")
                     .arg(body.value(QStringLiteral("Code")).toString(),
                          body.value(QStringLiteral("Message")).toString());
        return false;
    }

private:
    Emulator *m_emulator;
};

} // namespace

std::unique_ptr<sandbox::ProviderSide> makeEmqxSide(Emulator *emulator) {
    return std::make_unique<EmqxSide>(emulator);
}

} // namespace vpw::aliyun
