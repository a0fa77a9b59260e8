#include "huaweiemqx.h"

#include "huaweiemulator.h"

#include "app/providers/huawei/module.h"

namespace vpw::huawei {

namespace {

class EmqxSide final : public sandbox::ProviderSide {
public:
    explicit EmqxSide(Emulator *emulator)
        : m_emulator(emulator) {}

    // The emulated EMQX answers for the emulated operator's account: a request the emulator
    // holds, or any peering entered with the operator's user or project ID. A peering naming
    // neither (an account outside the emulated world, as in a guided walk-through) keeps the
    // sandbox's explicit controls, as an Alibaba Cloud CEN the emulator does not hold does.
    bool covers(const Peering &peering) const override {
        if (peering.provider != &providers::huawei::module())
            return false;
        return m_emulator->peeringRequest(peering.peeringId).has_value() ||
               enteredByOperator(peering);
    }

    static bool enteredByOperator(const Peering &peering) {
        return peering.accountId == QLatin1String(kOperatorUserId) ||
               peering.accountId == QLatin1String(kOperatorProject);
    }

    void submitted(const Peering &, const Deployment &) override {}

    sandbox::ProviderVerdict verdict(const Peering &peering,
                                     const Deployment &deployment) override {
        using sandbox::ProviderVerdict;
        const auto request = m_emulator->peeringRequest(peering.peeringId);
        if (!request)
            return ProviderVerdict::fails(FailureCode::NotFound);
        // The request must join the operator's VPC entered to the deployment's VPC, from the
        // account entered to EMQX's project.
        if (request->acceptVpcId != deployment.vpcId || request->requestVpcId != peering.vpcId)
            return ProviderVerdict::fails(FailureCode::WrongVpc);
        // The account entered is an IAM user ID (the wizard's field; the seed has project IDs):
        // it must be the one whose project sent the request, the emulator's operator.
        const bool operatorEntered = enteredByOperator(peering);
        if (request->acceptProject != deployment.cloudAccountId ||
            request->requestProject != QLatin1String(kOperatorProject) || !operatorEntered)
            return ProviderVerdict::fails(FailureCode::WrongAccount);
        const QDateTime now =
            (m_emulator->options().clock ? m_emulator->options().clock : &systemClock())->now();
        if (request->status == QLatin1String("ACTIVE"))
            return ProviderVerdict::runsAt(now);
        if (request->status == QLatin1String("PENDING_ACCEPTANCE") &&
            m_emulator->acceptPeering(peering.peeringId))
            return ProviderVerdict::runsAt(now);
        return ProviderVerdict::fails(FailureCode::Rejected);
    }

    bool playOperator(const Peering &, const Deployment &, QString *error) override {
        *error = QStringLiteral("EMQX answers a Huawei Cloud peering request when the peering "
                                "is submitted: there is nothing left for the operator to do.");
        return false;
    }

private:
    Emulator *m_emulator;
};

} // namespace

std::unique_ptr<sandbox::ProviderSide> makeEmqxSide(Emulator *emulator) {
    return std::make_unique<EmqxSide>(emulator);
}

} // namespace vpw::huawei
