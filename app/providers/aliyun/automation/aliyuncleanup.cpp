// The cleanup of the operator's side of an Alibaba Cloud peering that was deleted
// (session/sidecleanup.h), each step reading first (already gone: skipped):
//  - the deployment's VPC, which the plan attached to the operator's CEN in the operator's
//    account (DescribeCenAttachedChildInstanceAttribute, then DetachCenChildInstance with the
//    owner read there);
//  - the inbound rules it added, one per ticked port (DescribeSecurityGroupAttribute, then
//    RevokeSecurityGroup by the rule's ID).
// The CEN and the operator's VPC in it stay: one VPC belongs to one CEN, the next peering may
// use both again, they cost nothing, and a CEN may hold the operator's other networks. Deleting
// the CEN is the operator's choice, in the CEN console.

#include "aliyunplan.h"

#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/module.h"
#include "app/session/providersteperror.h"
#include "app/session/sidecleanup.h"

#include <QCoreApplication>

#include <memory>

namespace vpw::aliyun {

namespace {

using session::CloudSideTarget;
using session::PlanStep;
using session::StepDone;
using session::StepError;
using session::stepError;
using session::StepOutcome;

// Revokes the rules in `ids` one after the other.
void revokeRules(Client *client, const QString &groupId, QStringList ids, StepDone done) {
    if (ids.isEmpty())
        return done(StepOutcome::done());
    const QString id = ids.takeFirst();
    client->revokeSecurityGroup(groupId, id)->onFinished(client, [=](const DoneJob &job) {
        if (!job.isOk())
            return done(StepOutcome::failed(stepError(job.error())));
        revokeRules(client, groupId, ids, done);
    });
}

PlanStep revokeRule(const CloudSideTarget &t, int port, const std::shared_ptr<Client> &client) {
    const QString range = QStringLiteral("%1/%1").arg(port);
    PlanStep step;
    step.key = QStringLiteral("delete-rule-%1").arg(port);
    step.title =
        QCoreApplication::translate("vpw::aliyun::Cleanup", "Delete the rule for TCP port %1")
            .arg(port);
    step.values = {QStringLiteral("RevokeSecurityGroup SecurityGroupId=%1 "
                                  "SecurityGroupRuleId.1=(IpProtocol=TCP PortRange=%2 "
                                  "SourceCidrIp=%3)")
                       .arg(t.securityGroupId, range, t.deploymentCidr)};
    step.changes = QCoreApplication::translate("vpw::aliyun::Cleanup",
                                               "Removes the inbound rule for TCP port %1 from %2 "
                                               "from your security group %3 (its ID is read "
                                               "first).")
                       .arg(port)
                       .arg(t.deploymentCidr, t.securityGroupId);
    auto run = [client, t, range](bool dry, const session::StepContextPtr &, StepDone done) {
        Client *c = client.get();
        c->describeSecurityGroupAttribute(t.securityGroupId)
            ->onFinished(c, [=](const SecurityGroupAttributeJob &job) {
                if (!job.isOk())
                    return done(StepOutcome::failed(stepError(job.error())));
                QStringList ids; // exactly the rule the plan added
                for (const SecurityGroupRule &r : job.value().rules) {
                    if (r.portRange == range && r.sourceCidr == t.deploymentCidr &&
                        r.ipProtocol.compare(QLatin1String("TCP"), Qt::CaseInsensitive) == 0 &&
                        !r.id.isEmpty())
                        ids << r.id;
                }
                if (ids.isEmpty())
                    return done(StepOutcome::skipped()); // already gone
                if (dry)
                    return done(StepOutcome::done());
                revokeRules(c, t.securityGroupId, ids, done);
            });
    };
    session::setRunAndCheck(step, run);
    return step;
}

PlanStep detachDeploymentVpc(const CloudSideTarget &t, const QString &cenId,
                             const std::shared_ptr<Client> &client) {
    PlanStep step;
    step.key = QStringLiteral("detach-deployment-vpc");
    step.title = QCoreApplication::translate("vpw::aliyun::Cleanup",
                                             "Detach the deployment's VPC from your CEN");
    step.values = {QStringLiteral("DetachCenChildInstance CenId=%1 ChildInstanceId=%2 "
                                  "ChildInstanceType=VPC ChildInstanceRegionId=%3 "
                                  "ChildInstanceOwnerId=(its owner, read first)")
                       .arg(cenId, t.deploymentVpcId, t.region)};
    step.changes = QCoreApplication::translate("vpw::aliyun::Cleanup",
                                               "Removes the deployment's VPC %1 from your CEN %2; "
                                               "your own VPC and the CEN stay.")
                       .arg(t.deploymentVpcId, cenId);
    auto run = [client, t, cenId](bool dry, const session::StepContextPtr &, StepDone done) {
        Client *c = client.get();
        c->describeCenAttachedChildInstanceAttribute(cenId, t.deploymentVpcId, t.region)
            ->onFinished(c, [=](const ChildInstanceJob &job) {
                if (!job.isOk()) {
                    if (job.error().code == QLatin1String("ParameterInstanceId"))
                        return done(StepOutcome::skipped()); // not attached: already gone
                    return done(StepOutcome::failed(stepError(job.error())));
                }
                if (dry)
                    return done(StepOutcome::done());
                c->detachCenChildInstance(cenId, t.deploymentVpcId, t.region, job.value().ownerId)
                    ->onFinished(c, [done](const DoneJob &write) {
                        done(write.isOk() ? StepOutcome::done()
                                          : StepOutcome::failed(stepError(write.error())));
                    });
            });
    };
    session::setRunAndCheck(step, run);
    return step;
}

session::ApplyPlan makeCleanupPlan(const session::AutomationAccount &account,
                                   const CloudSideTarget &t) {
    auto client = std::make_shared<Client>(accountOf(account, t.region));
    session::ApplyPlan plan;
    plan.id = session::planIdOf({QStringLiteral("cleanup"), t.recordId});
    const QString cenId = t.facts.value(kCenIdFact).toString();
    if (!cenId.isEmpty() && !t.deploymentVpcId.isEmpty())
        plan.steps << detachDeploymentVpc(t, cenId, client);
    if (!t.securityGroupId.isEmpty()) {
        for (int port : t.ports)
            plan.steps << revokeRule(t, port, client);
    }
    return plan;
}

} // namespace

void registerCleanup() {
    session::registerCleanup(providers::aliyun::module().id(), makeCleanupPlan);
}

} // namespace vpw::aliyun
