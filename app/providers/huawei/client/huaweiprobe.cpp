#include "huaweiprobe.h"

#include "huaweiclient.h"

#include <QCoreApplication>
#include <QPointer>

namespace vpw::huawei {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(vpw::huawei::OutcomeProbe)
};

cloud::ProbeAnswer failed(FailureCode code, const QString &status) {
    cloud::ProbeAnswer answer;
    answer.kind = cloud::ProbeAnswer::Failed;
    answer.code = code;
    answer.status = status;
    return answer;
}

cloud::ProbeAnswer answerFor(const Peering &peering, const cloud::ProbeTarget &target) {
    cloud::ProbeAnswer answer;
    answer.status = peering.status;
    if (!target.deploymentVpcId.isEmpty() && !peering.acceptVpcId.isEmpty() &&
        peering.acceptVpcId != target.deploymentVpcId)
        return failed(FailureCode::WrongVpc, peering.status);
    if (peering.status == QLatin1String("ACTIVE"))
        answer.kind = cloud::ProbeAnswer::Running;
    else if (peering.status == QLatin1String("REJECTED"))
        return failed(FailureCode::Rejected, peering.status);
    else if (peering.status == QLatin1String("EXPIRED"))
        return failed(FailureCode::Expired, peering.status);
    else if (peering.status == QLatin1String("DELETED"))
        return failed(FailureCode::NotFound, peering.status);
    return answer;
}

class PeeringProbe final : public cloud::OutcomeProbe {
public:
    explicit PeeringProbe(const Account &account)
        : m_account(account) {}

    void check(const cloud::ProbeTarget &target, Done done) override {
        if (m_account.projectId.isEmpty()) {
            // The region's project first: the client's paths need it.
            auto *lookup = new Client(m_account, this);
            lookup->listAuthProjects()->onFinished(this, [this, lookup, target,
                                                          done](const ProjectListJob &job) {
                lookup->deleteLater();
                for (const Project &project : job.isOk() ? job.value() : QList<Project>{}) {
                    if (project.name == m_account.regionId)
                        m_account.projectId = project.id;
                }
                if (m_account.projectId.isEmpty()) {
                    cloud::ProbeAnswer answer;
                    answer.kind = cloud::ProbeAnswer::Error;
                    answer.message = job.isOk()
                                         ? Text::tr("Huawei Cloud lists no project for region %1.")
                                               .arg(m_account.regionId)
                                         : Text::tr("Huawei Cloud could not be asked: %1")
                                               .arg(job.error().userMessage());
                    done(answer);
                    return;
                }
                check(target, done);
            });
            return;
        }
        if (!m_client)
            m_client = new Client(m_account, this);
        m_client->showVpcPeering(target.peeringId)
            ->onFinished(this, [target, done](const PeeringJob &job) {
                if (job.isOk()) {
                    done(answerFor(job.value(), target));
                    return;
                }
                if (job.error().httpStatus == 404) {
                    done(failed(FailureCode::NotFound, {}));
                    return;
                }
                cloud::ProbeAnswer answer;
                answer.kind = cloud::ProbeAnswer::Error;
                answer.message =
                    Text::tr("Huawei Cloud could not be asked: %1").arg(job.error().userMessage());
                done(answer);
            });
    }

private:
    Account m_account;
    QPointer<Client> m_client;
};

} // namespace

std::unique_ptr<cloud::OutcomeProbe> makeOutcomeProbe(const cloud::ProbeAccount &account) {
    if (account.provider != QLatin1String("huawei"))
        return nullptr;
    return std::make_unique<PeeringProbe>(Account::from(account));
}

} // namespace vpw::huawei
