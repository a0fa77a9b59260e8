#include "aliyunplan.h"

#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/module.h"
#include "app/session/emqxsteps.h"
#include "app/session/provideraccounttest.h"
#include "app/session/providersteperror.h"

#include <QPointer>
#include <QTimer>

namespace vpw::aliyun {

using session::PlanStep;
using session::StepContext;
using session::StepDone;
using session::StepError;
using session::stepError;
using session::StepOutcome;

namespace {

const QString kCenToken = QStringLiteral("aliyun.cenClientToken");
const QString kGrantDelay = QStringLiteral("aliyun.grantDelayMs");

void later(StepDone done, StepOutcome outcome) {
    QTimer::singleShot(0, [done = std::move(done), outcome] { done(outcome); });
}

QString cenOf(const StepContext &context, const PlanInput &input) {
    return input.cenId.isEmpty() ? context.text(kCenIdFact) : input.cenId;
}

// A read that failed: again later when throttled or transient, else the step fails.
StepOutcome readFailed(const cloud::ProviderError &error, int againMs) {
    if (error.isTransient())
        return StepOutcome::again(
            std::max(againMs, error.retryAfterSeconds.value_or(0) * 1000),
            QCoreApplication::translate("vpw::aliyun::Automation",
                                        "Alibaba Cloud asked to slow down; reading again."),
            stepError(error));
    return StepOutcome::failed(stepError(error));
}

// The child instance `vpcId` of the CEN as the provider lists it (nullopt: not attached); a
// read error ends the step (or runs it again later when transient).
template <typename Then>
void readChild(Client *client, const QString &cenId, const QString &vpcId, StepDone done, Then then,
               int againMs = 1000) {
    client->describeCenAttachedChildInstances(cenId)->onFinished(
        client, [vpcId, done, then, againMs](const ChildInstanceListJob &job) {
            if (!job.isOk()) {
                done(readFailed(job.error(), againMs));
                return;
            }
            std::optional<ChildInstance> found;
            for (const ChildInstance &child : job.value()) {
                if (child.instanceId == vpcId)
                    found = child;
            }
            then(found);
        });
}

PlanStep createCen(const PlanInput &input, Client *client) {
    PlanStep step;
    step.key = QStringLiteral("create-cen");
    step.title = QCoreApplication::translate("vpw::aliyun::Automation", "Create a CEN instance");
    step.values = {QStringLiteral("CreateCen Name=%1").arg(input.cenName)};
    step.changes = QCoreApplication::translate(
        "vpw::aliyun::Automation",
        "Creates a Basic-edition CEN instance in your account (no charge).");
    step.run = [client, input](const session::StepContextPtr &context, StepDone done) {
        const QString known = context->text(kCenIdFact);
        if (!known.isEmpty()) { // created by an earlier run: read it back
            client->describeCens(known)->onFinished(client, [done](const CenListJob &job) {
                if (job.isOk() && !job.value().isEmpty())
                    done(StepOutcome::skipped());
                else if (!job.isOk())
                    done(StepOutcome::failed(stepError(job.error())));
                else
                    done(StepOutcome::failed(
                        {QStringLiteral("ParameterCenInstanceId"),
                         {},
                         {},
                         QCoreApplication::translate("vpw::aliyun::Automation",
                                                     "The CEN instance created earlier is gone."),
                         false}));
            });
            return;
        }
        QString token = context->text(kCenToken);
        if (token.isEmpty()) {
            token = Client::newClientToken();
            context->setFact(kCenToken, token); // the same token on a resumed run: one CEN
        }
        const auto ctx = context;
        client->createCen(input.cenName, {}, token)
            ->onFinished(client, [ctx, done](const CenIdJob &job) {
                if (!job.isOk()) {
                    done(StepOutcome::failed(stepError(job.error())));
                    return;
                }
                ctx->setFact(kCenIdFact, job.value());
                // For the session: the CEN this plan made (an interrupted plan's VPC is in it).
                ctx->setFact(session::kCreatedContainerFact, job.value());
                done(StepOutcome::done());
            });
    };
    // The dry run: CreateCen with DryRun=true checks the request and the permission only.
    step.check = [client, input](const session::StepContextPtr &context, StepDone done) {
        if (!context->text(kCenIdFact).isEmpty()) {
            done(StepOutcome::done());
            return;
        }
        client->createCen(input.cenName, {}, {}, true)
            ->onFinished(client, [done](const CenIdJob &job) {
                done(job.isOk() || Client::isDryRunPassed(job.error().code)
                         ? StepOutcome::done()
                         : StepOutcome::failed(stepError(job.error())));
            });
    };
    return step;
}

PlanStep attachOperatorVpc(const PlanInput &input, Client *client, const PlanTiming &timing) {
    PlanStep step;
    step.key = QStringLiteral("attach-own-vpc");
    step.title =
        QCoreApplication::translate("vpw::aliyun::Automation", "Attach your VPC to the CEN");
    step.values = {QStringLiteral("AttachCenChildInstance CenId=%1 ChildInstanceId=%2 "
                                  "ChildInstanceRegionId=%3")
                       .arg(input.cenId.isEmpty() ? QCoreApplication::translate(
                                                        "vpw::aliyun::Automation", "(the new CEN)")
                                                  : input.cenId,
                            input.vpcId, input.deploymentRegion)};
    step.changes =
        QCoreApplication::translate("vpw::aliyun::Automation", "Attaches your VPC %1 to the CEN.")
            .arg(input.vpcId);
    step.timeoutMs = timing.windowMs;
    auto run = [client, input, timing](bool dry, const session::StepContextPtr &context,
                                       StepDone done) {
        const QString cenId = cenOf(*context, input);
        if (cenId.isEmpty()) { // dry run of a plan with a new CEN
            later(done, StepOutcome::done());
            return;
        }
        readChild(
            client, cenId, input.vpcId, done,
            [client, input, cenId, dry, done, timing](std::optional<ChildInstance> child) {
                if (child) {
                    done(StepOutcome::skipped());
                    return;
                }
                if (dry) {
                    done(StepOutcome::done());
                    return;
                }
                client->attachCenChildInstance(cenId, input.vpcId, input.deploymentRegion)
                    ->onFinished(client, [done, timing](const ChildInstanceJob &job) {
                        if (job.isOk())
                            done(StepOutcome::done());
                        else if (job.error().code ==
                                 QLatin1String("InvalidOperation.CenInstanceStatus"))
                            done(StepOutcome::again(
                                timing.pollMs,
                                QCoreApplication::translate("vpw::aliyun::Automation",
                                                            "The new CEN is still being created."),
                                stepError(job.error())));
                        else
                            done(StepOutcome::failed(stepError(job.error())));
                    });
            });
    };
    session::setRunAndCheck(step, run);
    return step;
}

PlanStep attachDeploymentVpc(const PlanInput &input, Client *client, const PlanTiming &timing) {
    PlanStep step;
    step.key = QStringLiteral("attach-emqx-vpc");
    step.title = QCoreApplication::translate("vpw::aliyun::Automation",
                                             "Attach the deployment's VPC to the CEN");
    step.values = {QStringLiteral("AttachCenChildInstance CenId=%1 ChildInstanceId=%2 "
                                  "ChildInstanceRegionId=%3 ChildInstanceOwnerId=%4")
                       .arg(input.cenId.isEmpty() ? QCoreApplication::translate(
                                                        "vpw::aliyun::Automation", "(the new CEN)")
                                                  : input.cenId,
                            input.deploymentVpcId, input.deploymentRegion, input.emqxUid)};
    step.changes = QCoreApplication::translate(
                       "vpw::aliyun::Automation",
                       "Attaches EMQX Cloud's VPC %1 (account %2) to your CEN, as soon as EMQX "
                       "Cloud has granted it.")
                       .arg(input.deploymentVpcId, input.emqxUid);
    step.timeoutMs = timing.windowMs;
    step.timeoutError.code = QStringLiteral("window_closed");
    step.timeoutError.peeringFailure = FailureCode::WindowClosed; // EMQX Cloud fails it too
    step.timeoutError.explanation = QCoreApplication::translate(
        "vpw::aliyun::Automation",
        "EMQX Cloud's grant did not become visible within the attach window.");
    step.run = [client, input, timing](const session::StepContextPtr &context, StepDone done) {
        const QString cenId = cenOf(*context, input);
        const auto ctx = context;
        readChild(
            client, cenId, input.deploymentVpcId, done,
            [=](std::optional<ChildInstance> c) {
                if (c) {
                    done(StepOutcome::skipped());
                    return;
                }
                client
                    ->attachCenChildInstance(cenId, input.deploymentVpcId, input.deploymentRegion,
                                             input.emqxUid)
                    ->onFinished(client, [=](const ChildInstanceJob &job) {
                        if (job.isOk()) {
                            done(StepOutcome::done());
                            return;
                        }
                        const QString code = job.error().code;
                        if (code ==
                            QLatin1String("InvalidOperation.ChildInstanceAlreadyAttached")) {
                            // An earlier run's attach landed after its read: read again; ours is
                            // skipped, another CEN's is a failure.
                            const cloud::ProviderError refusal = job.error();
                            readChild(client, cenId, input.deploymentVpcId, done,
                                      [done, refusal](std::optional<ChildInstance> again) {
                                          done(again ? StepOutcome::skipped()
                                                     : StepOutcome::failed(stepError(refusal)));
                                      });
                            return;
                        }
                        if (code != QLatin1String("Forbbiden.AttachChildInstanceAcrossUid") &&
                            !job.error().throttled) {
                            done(StepOutcome::failed(stepError(job.error())));
                            return;
                        }
                        // Not granted yet (or throttled): again, with a growing delay.
                        const int last = ctx->fact(kGrantDelay).toInt();
                        const int delay = last == 0 ? timing.grantBackoffMs
                                                    : std::min(last * 2, timing.maxBackoffMs);
                        ctx->setFact(kGrantDelay, delay);
                        done(StepOutcome::again(
                            delay,
                            QCoreApplication::translate("vpw::aliyun::Automation",
                                                        "EMQX Cloud's grant is not visible yet."),
                            stepError(job.error())));
                    });
            },
            timing.pollMs);
    };
    return step;
}

PlanStep waitAttached(const PlanInput &input, Client *client, const PlanTiming &timing) {
    PlanStep step;
    step.key = QStringLiteral("wait-attached");
    step.title =
        QCoreApplication::translate("vpw::aliyun::Automation", "Wait for both VPCs to be attached");
    step.changes = QCoreApplication::translate("vpw::aliyun::Automation",
                                               "Nothing: reads the CEN's child instances.");
    step.timeoutMs = timing.windowMs;
    step.run = [client, input, timing](const session::StepContextPtr &context, StepDone done) {
        client->describeCenAttachedChildInstances(cenOf(*context, input))
            ->onFinished(client, [input, timing, done](const ChildInstanceListJob &job) {
                if (!job.isOk()) {
                    done(job.error().isTransient()
                             ? StepOutcome::again(timing.pollMs,
                                                  QCoreApplication::translate(
                                                      "vpw::aliyun::Automation", "Reading again."),
                                                  stepError(job.error()))
                             : StepOutcome::failed(stepError(job.error())));
                    return;
                }
                int attached = 0;
                for (const ChildInstance &child : job.value()) {
                    if ((child.instanceId == input.vpcId ||
                         child.instanceId == input.deploymentVpcId) &&
                        child.status == QLatin1String("Attached"))
                        ++attached;
                }
                done(attached == 2
                         ? StepOutcome::done()
                         : StepOutcome::again(timing.pollMs,
                                              QCoreApplication::translate("vpw::aliyun::Automation",
                                                                          "Still attaching.")));
            });
    };
    return step;
}

PlanStep rule(const PlanInput &input, Client *client, int port) {
    PlanStep step;
    step.key = QStringLiteral("rule-%1").arg(port);
    step.title = QCoreApplication::translate("vpw::aliyun::Automation",
                                             "Allow TCP port %1 from the deployment")
                     .arg(port);
    step.values = {QStringLiteral("AuthorizeSecurityGroup SecurityGroupId=%1 IpProtocol=TCP "
                                  "PortRange=%2/%2 SourceCidrIp=%3")
                       .arg(input.securityGroupId)
                       .arg(port)
                       .arg(input.deploymentCidr)};
    step.changes = QCoreApplication::translate("vpw::aliyun::Automation",
                                               "Adds an inbound rule to your security group %1.")
                       .arg(input.securityGroupId);
    auto run = [client, input, port](bool dry, const session::StepContextPtr &, StepDone done) {
        const QString range = QStringLiteral("%1/%1").arg(port);
        client->describeSecurityGroupAttribute(input.securityGroupId)
            ->onFinished(client, [=](const SecurityGroupAttributeJob &job) {
                if (!job.isOk()) {
                    done(StepOutcome::failed(stepError(job.error())));
                    return;
                }
                for (const SecurityGroupRule &r : job.value().rules) {
                    if (r.portRange == range && r.sourceCidr == input.deploymentCidr &&
                        r.ipProtocol.compare(QLatin1String("TCP"), Qt::CaseInsensitive) == 0) {
                        done(StepOutcome::skipped());
                        return;
                    }
                }
                SecurityGroupRule add;
                add.portRange = range;
                add.sourceCidr = input.deploymentCidr;
                add.description = QStringLiteral("EMQX Cloud MQTT");
                // The dry run asks Alibaba Cloud (DryRun=true): a missing permission shows on
                // the Plan page, before anything is changed.
                client->authorizeSecurityGroup(input.securityGroupId, add, {}, dry)
                    ->onFinished(client, [done, dry](const DoneJob &write) {
                        const bool ok =
                            write.isOk() || (dry && Client::isDryRunPassed(write.error().code));
                        done(ok ? StepOutcome::done()
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
    plan.id = session::planIdOf({QStringLiteral("aliyun"), input.deploymentId, input.vpcId,
                                 input.cenId, input.securityGroupId, ports.join(u',')});
    plan.policy = session::ProviderAccountTest::requiredPolicy(providers::aliyun::module().id());
    plan.request = [input](const StepContext &context) {
        PeeringRequest request;
        request.peeringId = cenOf(context, input);
        request.accountId = input.accountUid;
        request.vpcId = input.vpcId;
        request.cidr = Cidr::fromString(input.vpcCidr).value_or(Cidr());
        request.region = input.deploymentRegion;
        return request;
    };
    // Each step's page in the guided flow (flow.cpp), for Continue by hand.
    const QString createCenPage = QStringLiteral("aliyun.create-cen");
    const QString loadPage = QStringLiteral("aliyun.load-network-instance");
    if (input.cenId.isEmpty())
        plan.steps << createCen(input, client);
    plan.steps << attachOperatorVpc(input, client, timing);
    for (PlanStep &step : plan.steps)
        step.guidedStep = createCenPage;
    plan.steps << session::emqxsteps::submit(
        session, input.deploymentId, plan.request,
        QStringLiteral("POST /api/v1/deployments/%1/peerings cen=%2 account=%3 vpc=%4 cidr=%5")
            .arg(input.deploymentId,
                 input.cenId.isEmpty()
                     ? QCoreApplication::translate("vpw::aliyun::Automation", "(the new CEN)")
                     : input.cenId,
                 input.accountUid, input.vpcId, input.vpcCidr));
    plan.steps.last().guidedStep = QStringLiteral("aliyun.submit");
    plan.steps << attachDeploymentVpc(input, client, timing);
    plan.steps << waitAttached(input, client, timing);
    plan.steps << session::emqxsteps::waitRunning(session, timing.pollMs, timing.windowMs);
    for (int i = plan.steps.size() - 3; i < plan.steps.size(); ++i)
        plan.steps[i].guidedStep = loadPage;
    for (int port : input.ports) {
        plan.steps << rule(input, client, port);
        plan.steps.last().guidedStep = QStringLiteral("aliyun.security-group");
    }
    return plan;
}

} // namespace vpw::aliyun
