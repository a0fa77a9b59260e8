#include "aliyunplan.h"

#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/module.h"
#include "app/session/automation.h"
#include "app/session/providersteperror.h"

#include <QPointer>

namespace vpw::aliyun {

Account accountOf(const session::AutomationAccount &account, const QString &region) {
    Account a;
    a.accessKeyId = account.account.accessKeyId;
    a.accessKeySecret = account.secret;
    if (!region.isEmpty())
        a.regionId = region;
    else if (!account.account.regions.isEmpty())
        a.regionId = account.account.regions.constFirst();
    a.endpointOverride = account.account.endpointOverride;
    return a;
}

namespace {

using session::AutomationChoice;
using session::AutomationChoices;

// The pick lists and the plan of one Alibaba Cloud account for one deployment.
class Automation final : public session::ProviderAutomation {
public:
    Automation(const session::AutomationAccount &account, session::Session *session,
               const Deployment &deployment)
        : m_session(session)
        , m_deployment(deployment) {
        m_client = std::make_unique<Client>(accountOf(account, deployment.region));
    }

    void loadChoices(QObject *context, std::function<void(AutomationChoices)> done) override {
        auto choices = std::make_shared<AutomationChoices>();
        choices->usesCen = true;
        auto fail = [choices, done](const cloud::ProviderError &error) {
            choices->error = session::stepError(error);
            done(*choices);
        };
        Client *client = m_client.get();
        const QString region = m_deployment.region;
        client->describeVpcs()->onFinished(context, [=](const VpcListJob &vpcs) {
            if (!vpcs.isOk())
                return fail(vpcs.error());
            for (const Vpc &vpc : vpcs.value()) {
                if (vpc.regionId != region && !vpc.regionId.isEmpty())
                    continue;
                AutomationChoice c;
                c.id = vpc.id;
                c.label =
                    vpc.name.isEmpty() ? vpc.id : QStringLiteral("%1 (%2)").arg(vpc.id, vpc.name);
                c.cidr = vpc.cidrBlock;
                c.parent = vpc.ownerId; // the account UID, for the EMQX request
                choices->vpcs << c;
            }
            client->describeCens()->onFinished(context, [=](const CenListJob &cens) {
                if (!cens.isOk())
                    return fail(cens.error());
                for (const Cen &cen : cens.value()) {
                    AutomationChoice c;
                    c.id = cen.id;
                    c.label = cen.name.isEmpty() ? cen.id
                                                 : QStringLiteral("%1 (%2)").arg(cen.id, cen.name);
                    choices->cens << c;
                }
                readMembers(context, choices, 0, done, fail);
            });
        });
    }

    session::ApplyPlan makePlan(const session::AutomationSelection &selection,
                                const AutomationChoices &choices) override {
        PlanInput in;
        in.deploymentId = m_deployment.id;
        in.deploymentVpcId = m_deployment.vpcId;
        in.deploymentCidr = m_deployment.cidr.toString();
        in.deploymentRegion = m_deployment.region;
        in.emqxUid = m_deployment.cloudAccountId;
        in.vpcId = selection.vpcId;
        for (const AutomationChoice &vpc : choices.vpcs) {
            if (vpc.id == selection.vpcId) {
                in.vpcCidr = vpc.cidr;
                in.accountUid = vpc.parent;
            }
        }
        in.cenId = selection.cenId;
        in.cenName = QStringLiteral("emqx-%1").arg(m_deployment.id);
        in.securityGroupId = selection.securityGroupId;
        in.ports = selection.ports;
        return aliyun::makePlan(in, m_client.get(), m_session, m_timing);
    }

    PlanTiming m_timing;

private:
    using Fail = std::function<void(const cloud::ProviderError &)>;

    // Each CEN's child instances, one CEN after the other: which CEN holds which VPC, then the
    // security groups.
    void readMembers(QObject *context, std::shared_ptr<AutomationChoices> choices, int index,
                     std::function<void(AutomationChoices)> done, Fail fail) {
        Client *client = m_client.get();
        if (index >= choices->cens.size()) {
            client->describeSecurityGroups()->onFinished(
                context, [choices, done, fail](const SecurityGroupListJob &groups) {
                    if (!groups.isOk())
                        return fail(groups.error());
                    for (const SecurityGroup &g : groups.value()) {
                        AutomationChoice c;
                        c.id = g.id;
                        c.label =
                            g.name.isEmpty() ? g.id : QStringLiteral("%1 (%2)").arg(g.id, g.name);
                        c.parent = g.vpcId;
                        choices->securityGroups << c;
                    }
                    done(*choices);
                });
            return;
        }
        const QString cenId = choices->cens.at(index).id;
        client->describeCenAttachedChildInstances(cenId)->onFinished(
            context, [=](const ChildInstanceListJob &children) {
                if (!children.isOk())
                    return fail(children.error());
                int members = 0;
                for (const ChildInstance &child : children.value()) {
                    ++members;
                    for (AutomationChoice &vpc : choices->vpcs) {
                        if (vpc.id == child.instanceId)
                            vpc.cenId = cenId;
                    }
                }
                // The edition, from the CEN's transit routers (providers-api.md §2.3): the
                // documented flow attaches through a Basic-edition CEN.
                client->listTransitRouters(cenId, m_deployment.region)
                    ->onFinished(context, [=](const TransitRouterListJob &routers) {
                        if (!routers.isOk())
                            return fail(routers.error());
                        QString edition;
                        for (const TransitRouter &r : routers.value())
                            edition = r.type;
                        AutomationChoice &cen = choices->cens[index];
                        cen.detail = QCoreApplication::translate(
                            "vpw::aliyun::Automation", "%n network instance(s)", nullptr, members);
                        if (edition == QLatin1String("Basic"))
                            cen.detail = QCoreApplication::translate("vpw::aliyun::Automation",
                                                                     "Basic edition, %1")
                                             .arg(cen.detail);
                        if (edition == QLatin1String("Enterprise")) {
                            cen.enabled = false;
                            cen.reason = QCoreApplication::translate(
                                "vpw::aliyun::Automation",
                                "Enterprise edition: the documented flow attaches through a "
                                "Basic-edition CEN. Create a new CEN here, or use the guided "
                                "flow.");
                        }
                        readMembers(context, choices, index + 1, done, fail);
                    });
            });
    }

    session::Session *m_session;
    Deployment m_deployment;
    std::unique_ptr<Client> m_client;
};

} // namespace

void registerAutomation(const PlanTiming &timing) {
    session::registerAutomation(
        providers::aliyun::module().id(),
        [timing](const session::AutomationAccount &account, session::Session *session,
                 const Deployment &deployment) -> std::unique_ptr<session::ProviderAutomation> {
            auto automation = std::make_unique<Automation>(account, session, deployment);
            automation->m_timing = timing;
            return automation;
        });
}

} // namespace vpw::aliyun
