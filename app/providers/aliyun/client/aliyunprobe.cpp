#include "aliyunprobe.h"

#include "aliyunclient.h"

#include <QCoreApplication>

namespace vpw::aliyun {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(vpw::aliyun::OutcomeProbe)
};

class AttachmentProbe final : public cloud::OutcomeProbe {
public:
    explicit AttachmentProbe(const Account &account)
        : m_client(new Client(account, this)) {}

    void check(const cloud::ProbeTarget &target, Done done) override {
        const QString vpcId = target.deploymentVpcId;
        m_client->describeCenAttachedChildInstances(target.peeringId)
            ->onFinished(this, [vpcId, done](const ChildInstanceListJob &job) {
                cloud::ProbeAnswer answer;
                if (!job.isOk()) {
                    answer.kind = cloud::ProbeAnswer::Error;
                    answer.message = Text::tr("Alibaba Cloud could not be asked: %1")
                                         .arg(job.error().userMessage());
                    done(answer);
                    return;
                }
                for (const ChildInstance &child : job.value()) {
                    if (child.instanceId != vpcId)
                        continue;
                    answer.status = child.status;
                    if (child.status == QLatin1String("Attached"))
                        answer.kind = cloud::ProbeAnswer::Running;
                }
                done(answer);
            });
    }

private:
    Client *m_client;
};

} // namespace

std::unique_ptr<cloud::OutcomeProbe> makeOutcomeProbe(const cloud::ProbeAccount &account) {
    if (account.provider != QLatin1String("aliyun"))
        return nullptr;
    return std::make_unique<AttachmentProbe>(Account::from(account));
}

} // namespace vpw::aliyun
