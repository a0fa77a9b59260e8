#include "huaweiplan.h"

#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/module.h"
#include "app/session/emqxsteps.h"
#include "app/session/provideraccounttest.h"
#include "app/session/providersteperror.h"

#include <QTimer>

namespace vpw::huawei {

using session::PlanStep;
using session::StepContext;
using session::StepDone;
using session::StepError;
using session::stepError;
using session::StepOutcome;

namespace {

const QString kUserId = QStringLiteral("huawei.userId");

bool live(const Peering &p) {
    return p.status == QLatin1String("PENDING_ACCEPTANCE") || p.status == QLatin1String("ACTIVE");
}

PlanStep readUserId(Client *client) {
    PlanStep step;
    step.key = QStringLiteral("read-user-id");
    step.title = QCoreApplication::translate("vpw::huawei::Automation", "Read your user ID");
    step.values = {QStringLiteral("ShowPermanentAccessKey")};
    step.changes = QCoreApplication::translate("vpw::huawei::Automation",
                                               "Nothing: reads the user ID EMQX Cloud needs.");
    auto run = [client](const session::StepContextPtr &context, StepDone done) {
        const auto ctx = context;
        client->showPermanentAccessKey()->onFinished(client, [ctx, done](const CredentialJob &job) {
            if (!job.isOk()) {
                done(StepOutcome::failed(stepError(job.error())));
                return;
            }
            ctx->setFact(kUserId, job.value().userId);
            done(StepOutcome::done());
        });
    };
    step.run = run;
    step.check = run;
    return step;
}

PlanStep createPeering(const PlanInput &input, Client *client) {
    PlanStep step;
    step.key = QStringLiteral("create-peering");
    step.title =
        QCoreApplication::translate("vpw::huawei::Automation", "Create the VPC peering request");
    step.values = {
        QStringLiteral("CreateVpcPeering name=%1 request_vpc_info.vpc_id=%2 "
                       "accept_vpc_info.vpc_id=%3 accept_vpc_info.tenant_id=%4")
            .arg(input.peeringName, input.vpcId, input.deploymentVpcId, input.emqxProjectId)};
    step.changes = QCoreApplication::translate(
                       "vpw::huawei::Automation",
                       "Creates a peering request from your VPC %1 to EMQX Cloud's VPC.")
                       .arg(input.vpcId);
    auto run = [client, input](bool dry, const session::StepContextPtr &context, StepDone done) {
        const auto ctx = context;
        client->listVpcPeerings(input.vpcId)->onFinished(client, [=](const PeeringListJob &job) {
            if (!job.isOk()) {
                done(StepOutcome::failed(stepError(job.error())));
                return;
            }
            const QString known = ctx->text(kPeeringIdFact);
            for (const Peering &p : job.value()) {
                if (p.acceptVpcId == input.deploymentVpcId && live(p) &&
                    (known.isEmpty() || p.id == known) && !dry) {
                    ctx->setFact(kPeeringIdFact, p.id);
                    done(StepOutcome::skipped());
                    return;
                }
            }
            if (dry) {
                done(StepOutcome::done());
                return;
            }
            client
                ->createVpcPeering(input.peeringName, input.vpcId, input.deploymentVpcId,
                                   input.emqxProjectId)
                ->onFinished(client, [ctx, done](const PeeringJob &created) {
                    if (!created.isOk()) {
                        done(StepOutcome::failed(stepError(created.error())));
                        return;
                    }
                    ctx->setFact(kPeeringIdFact, created.value().id);
                    done(StepOutcome::done());
                });
        });
    };
    session::setRunAndCheck(step, run);
    return step;
}

PlanStep waitActive(Client *client, const PlanTiming &timing) {
    PlanStep step;
    step.key = QStringLiteral("wait-active");
    step.title = QCoreApplication::translate("vpw::huawei::Automation",
                                             "Wait for EMQX Cloud to accept the peering");
    step.changes = QCoreApplication::translate("vpw::huawei::Automation",
                                               "Nothing: reads the peering's status.");
    step.timeoutMs = timing.windowMs;
    step.timeoutError.code = QStringLiteral("PENDING_ACCEPTANCE");
    step.timeoutError.explanation = QCoreApplication::translate(
        "vpw::huawei::Automation", "EMQX Cloud did not accept the peering request in time.");
    step.run = [client, timing](const session::StepContextPtr &context, StepDone done) {
        client->showVpcPeering(context->text(kPeeringIdFact))
            ->onFinished(client, [done, timing](const PeeringJob &job) {
                if (!job.isOk()) {
                    done(job.error().isTransient()
                             ? StepOutcome::again(timing.pollMs,
                                                  QCoreApplication::translate(
                                                      "vpw::huawei::Automation", "Reading again."),
                                                  stepError(job.error()))
                             : StepOutcome::failed(stepError(job.error())));
                    return;
                }
                const QString status = job.value().status;
                if (status == QLatin1String("ACTIVE")) {
                    done(StepOutcome::done());
                } else if (status == QLatin1String("PENDING_ACCEPTANCE")) {
                    done(StepOutcome::again(
                        timing.pollMs, QCoreApplication::translate("vpw::huawei::Automation",
                                                                   "Waiting for acceptance.")));
                } else {
                    StepError error;
                    error.code = status;
                    // Final on Huawei Cloud's side: the peering kept locally fails too.
                    error.peeringFailure =
                        status == QLatin1String("REJECTED")  ? FailureCode::Rejected
                        : status == QLatin1String("EXPIRED") ? FailureCode::Expired
                                                             : FailureCode::NotFound; // DELETED
                    error.explanation = QCoreApplication::translate(
                                            "vpw::huawei::Automation",
                                            "The peering request was not accepted (%1). Delete "
                                            "it and start again.")
                                            .arg(status);
                    done(StepOutcome::failed(error));
                }
            });
    };
    return step;
}

PlanStep addRoute(const PlanInput &input, Client *client) {
    PlanStep step;
    step.key = QStringLiteral("add-route");
    step.title =
        QCoreApplication::translate("vpw::huawei::Automation", "Add the route to the deployment");
    step.values = {
        QStringLiteral("UpdateRouteTable id=%1 routes.add destination=%2 "
                       "type=peering nexthop=%3")
            .arg(input.routeTableId, input.deploymentCidr,
                 QCoreApplication::translate("vpw::huawei::Automation", "(the peering)"))};
    step.changes = QCoreApplication::translate(
                       "vpw::huawei::Automation",
                       "Adds a route to %1 through the peering to your route table %2.")
                       .arg(input.deploymentCidr, input.routeTableId);
    step.run = [client, input](const session::StepContextPtr &context, StepDone done) {
        const QString peeringId = context->text(kPeeringIdFact);
        client->showRouteTable(input.routeTableId)
            ->onFinished(client, [=](const RouteTableJob &job) {
                if (!job.isOk()) {
                    done(StepOutcome::failed(stepError(job.error())));
                    return;
                }
                for (const Route &r : job.value().routes) {
                    if (r.destination == input.deploymentCidr && r.nexthop == peeringId) {
                        done(StepOutcome::skipped());
                        return;
                    }
                }
                Route route;
                route.destination = input.deploymentCidr;
                route.nexthop = peeringId;
                route.description = QStringLiteral("EMQX Cloud");
                client->addRoute(input.routeTableId, route)
                    ->onFinished(client, [done](const RouteTableJob &write) {
                        done(write.isOk() ? StepOutcome::done()
                                          : StepOutcome::failed(stepError(write.error())));
                    });
            });
    };
    return step;
}

PlanStep rule(const PlanInput &input, Client *client, int port) {
    PlanStep step;
    step.key = QStringLiteral("rule-%1").arg(port);
    step.title = QCoreApplication::translate("vpw::huawei::Automation",
                                             "Allow TCP port %1 from the deployment")
                     .arg(port);
    step.values = {QStringLiteral("CreateSecurityGroupRule security_group_id=%1 direction=ingress "
                                  "protocol=tcp port_range_min=%2 port_range_max=%2 "
                                  "remote_ip_prefix=%3")
                       .arg(input.securityGroupId)
                       .arg(port)
                       .arg(input.deploymentCidr)};
    step.changes = QCoreApplication::translate("vpw::huawei::Automation",
                                               "Adds an inbound rule to your security group %1.")
                       .arg(input.securityGroupId);
    auto run = [client, input, port](bool dry, const session::StepContextPtr &, StepDone done) {
        client->listSecurityGroupRules(input.securityGroupId)
            ->onFinished(client, [=](const SecurityGroupRuleListJob &job) {
                if (!job.isOk()) {
                    done(StepOutcome::failed(stepError(job.error())));
                    return;
                }
                for (const SecurityGroupRule &r : job.value()) {
                    if (r.direction == QLatin1String("ingress") && r.portMin == port &&
                        r.portMax == port && r.remoteIpPrefix == input.deploymentCidr) {
                        done(StepOutcome::skipped());
                        return;
                    }
                }
                SecurityGroupRule add;
                add.securityGroupId = input.securityGroupId;
                add.portMin = port;
                add.portMax = port;
                add.remoteIpPrefix = input.deploymentCidr;
                add.description = QStringLiteral("EMQX Cloud MQTT");
                if (dry) {
                    // v1 has no dry run; v3's (dry_run: true, the same IAM action
                    // vpc:securityGroupRules:create) asks Huawei Cloud whether the rule would
                    // be refused, so that a missing permission shows on the Plan page.
                    client->createSecurityGroupRuleV3(add, true)->onFinished(
                        client, [done](const SecurityGroupRuleJob &check) {
                            if (!check.isOk())
                                done(StepOutcome::failed(stepError(check.error())));
                            else // a rule with an ID: v3 found it there already
                                done(check.value().id.isEmpty() ? StepOutcome::done()
                                                                : StepOutcome::skipped());
                        });
                    return;
                }
                client->createSecurityGroupRule(add)->onFinished(
                    client, [done](const SecurityGroupRuleJob &write) {
                        done(write.isOk() ? StepOutcome::done()
                                          : StepOutcome::failed(stepError(write.error())));
                    });
            });
    };
    session::setRunAndCheck(step, run);
    return step;
}

} // namespace

session::ApplyPlan makePlan(const PlanInput &input, Client *client, session::Session *session,
                            const PlanTiming &timing) {
    session::ApplyPlan plan;
    QStringList ports;
    for (int port : input.ports)
        ports << QString::number(port);
    plan.id = session::planIdOf({QStringLiteral("huawei"), input.deploymentId, input.vpcId,
                                 input.routeTableId, input.securityGroupId, ports.join(u',')});
    plan.policy = session::ProviderAccountTest::requiredPolicy(providers::huawei::module().id());
    plan.request = [input](const StepContext &context) {
        PeeringRequest request;
        request.peeringId = context.text(kPeeringIdFact);
        request.accountId = context.text(kUserId);
        request.vpcId = input.vpcId;
        request.cidr = Cidr::fromString(input.vpcCidr).value_or(Cidr());
        request.region = input.deploymentRegion;
        return request;
    };
    // Each step's page in the guided flow (flow.cpp), for Continue by hand: the user ID is
    // typed with the peering's details, the request is created first.
    plan.steps << readUserId(client) << createPeering(input, client);
    plan.steps[0].guidedStep = QStringLiteral("huawei.enter-fields");
    plan.steps[1].guidedStep = QStringLiteral("huawei.create-request");
    plan.steps << session::emqxsteps::submit(
        session, input.deploymentId, plan.request,
        QStringLiteral("POST /api/v1/deployments/%1/peerings peering=%2 account=%3 vpc=%4 "
                       "cidr=%5")
            .arg(input.deploymentId,
                 QCoreApplication::translate("vpw::huawei::Automation", "(the peering)"),
                 QCoreApplication::translate("vpw::huawei::Automation", "(your user ID)"),
                 input.vpcId, input.vpcCidr));
    plan.steps.last().guidedStep = QStringLiteral("huawei.submit");
    plan.steps << waitActive(client, timing);
    plan.steps << session::emqxsteps::waitRunning(session, timing.pollMs, timing.windowMs);
    plan.steps[3].guidedStep = plan.steps[4].guidedStep = QStringLiteral("huawei.wait");
    plan.steps << addRoute(input, client);
    plan.steps.last().guidedStep = QStringLiteral("huawei.route");
    for (int port : input.ports) {
        plan.steps << rule(input, client, port);
        plan.steps.last().guidedStep = QStringLiteral("huawei.security-group");
    }
    return plan;
}

} // namespace vpw::huawei
