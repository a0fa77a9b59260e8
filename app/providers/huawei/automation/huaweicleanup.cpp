// The cleanup of the operator's side of a Huawei Cloud peering that was deleted
// (session/sidecleanup.h): what "Do it for me" added for it — the route to the deployment's CIDR
// through the peering (UpdateRouteTable routes.del) and one inbound rule per ticked port
// (DeleteSecurityGroupRule v1) — each step reading first: a route or rule already gone is
// skipped. The peering request itself is EMQX's to delete (the accepter's console).

#include "huaweiplan.h"

#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/module.h"
#include "app/session/providersteperror.h"
#include "app/session/sidecleanup.h"

#include <QCoreApplication>

#include <memory>

namespace vpw::huawei {

namespace {

using session::CloudSideTarget;
using session::PlanStep;
using session::StepDone;
using session::StepError;
using session::stepError;
using session::StepOutcome;

// The clients of one cleanup: the VPC client is made in the project of the deployment's region,
// read once from IAM (the first step that needs it). Shared by the steps; lives as long as they.
class Calls {
public:
    explicit Calls(Account account)
        : m_account(std::move(account)) {}
    using Next = std::function<void(Client *client, const cloud::ProviderError *error)>;
    void withClient(Next next) {
        if (m_client)
            return next(m_client.get(), nullptr);
        if (!m_iam)
            m_iam = std::make_unique<Client>(m_account);
        m_iam->listAuthProjects()->onFinished(m_iam.get(), [this, next](const ProjectListJob &job) {
            if (!job.isOk()) {
                const cloud::ProviderError error = job.error();
                return next(nullptr, &error);
            }
            for (const Project &p : job.value()) {
                if (p.name == m_account.regionId)
                    m_account.projectId = p.id;
            }
            if (!m_client)
                m_client = std::make_unique<Client>(m_account);
            next(m_client.get(), nullptr);
        });
    }

private:
    Account m_account;
    std::unique_ptr<Client> m_iam;
    std::unique_ptr<Client> m_client;
};

PlanStep deleteRoute(const CloudSideTarget &t, const std::shared_ptr<Calls> &calls) {
    const QString peeringId = t.facts.value(kPeeringIdFact).toString();
    PlanStep step;
    step.key = QStringLiteral("delete-route");
    step.title =
        QCoreApplication::translate("vpw::huawei::Cleanup", "Delete the route to the deployment");
    step.values = {QStringLiteral("UpdateRouteTable id=%1 routes.del destination=%2 type=peering "
                                  "nexthop=%3")
                       .arg(t.routeTableId, t.deploymentCidr, peeringId)};
    step.changes = QCoreApplication::translate(
                       "vpw::huawei::Cleanup",
                       "Removes the route to %1 through the peering from your route table %2.")
                       .arg(t.deploymentCidr, t.routeTableId);
    auto run = [calls, t, peeringId](bool dry, const session::StepContextPtr &, StepDone done) {
        calls->withClient([=](Client *client, const cloud::ProviderError *error) {
            if (error)
                return done(StepOutcome::failed(stepError(*error)));
            client->showRouteTable(t.routeTableId)
                ->onFinished(client, [=](const RouteTableJob &job) {
                    if (!job.isOk())
                        return done(StepOutcome::failed(stepError(job.error())));
                    bool there = false;
                    for (const Route &r : job.value().routes)
                        there =
                            there || (r.destination == t.deploymentCidr && r.nexthop == peeringId);
                    if (!there)
                        return done(StepOutcome::skipped()); // already gone
                    if (dry)
                        return done(StepOutcome::done());
                    Route route;
                    route.destination = t.deploymentCidr;
                    route.nexthop = peeringId;
                    client->deleteRoute(t.routeTableId, route)
                        ->onFinished(client, [done](const RouteTableJob &write) {
                            done(write.isOk() ? StepOutcome::done()
                                              : StepOutcome::failed(stepError(write.error())));
                        });
                });
        });
    };
    session::setRunAndCheck(step, run);
    return step;
}

// Deletes the rules in `ids` one after the other.
void deleteRules(Client *client, QStringList ids, StepDone done) {
    if (ids.isEmpty())
        return done(StepOutcome::done());
    const QString id = ids.takeFirst();
    client->deleteSecurityGroupRule(id)->onFinished(client, [=](const DeleteJob &job) {
        if (!job.isOk())
            return done(StepOutcome::failed(stepError(job.error())));
        deleteRules(client, ids, done);
    });
}

PlanStep deleteRule(const CloudSideTarget &t, int port, const std::shared_ptr<Calls> &calls) {
    PlanStep step;
    step.key = QStringLiteral("delete-rule-%1").arg(port);
    step.title =
        QCoreApplication::translate("vpw::huawei::Cleanup", "Delete the rule for TCP port %1")
            .arg(port);
    step.values = {QStringLiteral("DeleteSecurityGroupRule security_group_id=%1 direction=ingress "
                                  "protocol=tcp port_range_min=%2 port_range_max=%2 "
                                  "remote_ip_prefix=%3")
                       .arg(t.securityGroupId)
                       .arg(port)
                       .arg(t.deploymentCidr)};
    step.changes = QCoreApplication::translate("vpw::huawei::Cleanup",
                                               "Removes the inbound rule for TCP port %1 from %2 "
                                               "from your security group %3 (its ID is read "
                                               "first).")
                       .arg(port)
                       .arg(t.deploymentCidr, t.securityGroupId);
    auto run = [calls, t, port](bool dry, const session::StepContextPtr &, StepDone done) {
        calls->withClient([=](Client *client, const cloud::ProviderError *error) {
            if (error)
                return done(StepOutcome::failed(stepError(*error)));
            client->listSecurityGroupRules(t.securityGroupId)
                ->onFinished(client, [=](const SecurityGroupRuleListJob &job) {
                    if (!job.isOk())
                        return done(StepOutcome::failed(stepError(job.error())));
                    QStringList ids; // exactly the rule the plan added (an identical one too)
                    for (const SecurityGroupRule &r : job.value()) {
                        if (r.direction == QLatin1String("ingress") && r.portMin == port &&
                            r.portMax == port && r.remoteIpPrefix == t.deploymentCidr &&
                            r.protocol == QLatin1String("tcp"))
                            ids << r.id;
                    }
                    if (ids.isEmpty())
                        return done(StepOutcome::skipped()); // already gone
                    if (dry)
                        return done(StepOutcome::done());
                    deleteRules(client, ids, done);
                });
        });
    };
    session::setRunAndCheck(step, run);
    return step;
}

session::ApplyPlan makeCleanupPlan(const session::AutomationAccount &account,
                                   const CloudSideTarget &t) {
    auto calls = std::make_shared<Calls>(accountOf(account, t.region));
    session::ApplyPlan plan;
    plan.id = session::planIdOf({QStringLiteral("cleanup"), t.recordId});
    if (!t.routeTableId.isEmpty() && !t.facts.value(kPeeringIdFact).toString().isEmpty())
        plan.steps << deleteRoute(t, calls);
    if (!t.securityGroupId.isEmpty()) {
        for (int port : t.ports)
            plan.steps << deleteRule(t, port, calls);
    }
    return plan;
}

} // namespace

void registerCleanup() {
    session::registerCleanup(providers::huawei::module().id(), makeCleanupPlan);
}

} // namespace vpw::huawei
