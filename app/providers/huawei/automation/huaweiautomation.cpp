#include "huaweiplan.h"

#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/module.h"
#include "app/session/automation.h"
#include "app/session/providersteperror.h"

namespace vpw::huawei {

Account accountOf(const session::AutomationAccount &account, const QString &region) {
    Account a;
    a.accessKey = account.account.accessKeyId;
    a.secretKey = account.secret;
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

QString labelOf(const QString &id, const QString &name) {
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(id, name);
}

// The pick lists and the plan of one Huawei Cloud account for one deployment. The account's
// project of the deployment's region is read first (IAM), then the VPC service is called in it.
class Automation final : public session::ProviderAutomation {
public:
    Automation(const session::AutomationAccount &account, session::Session *session,
               const Deployment &deployment)
        : m_session(session)
        , m_deployment(deployment) {
        m_account = accountOf(account, deployment.region);
        m_client = std::make_unique<Client>(m_account);
    }

    void loadChoices(QObject *context, std::function<void(AutomationChoices)> done) override {
        auto choices = std::make_shared<AutomationChoices>();
        choices->usesRouteTable = true;
        auto fail = [choices, done](const cloud::ProviderError &error) {
            choices->error = session::stepError(error);
            done(*choices);
        };
        // IAM first (no project needed); the VPC client is made once the project is known. The
        // IAM client stays alive: this runs inside one of its jobs.
        m_iamClient = std::make_unique<Client>(m_account);
        m_iamClient->listAuthProjects()->onFinished(context, [=](const ProjectListJob &projects) {
            if (!projects.isOk())
                return fail(projects.error());
            for (const Project &p : projects.value()) {
                if (p.name == m_deployment.region)
                    m_account.projectId = p.id;
            }
            m_client = std::make_unique<Client>(m_account);
            Client *client = m_client.get();
            client->listVpcs()->onFinished(context, [=](const VpcListJob &vpcs) {
                if (!vpcs.isOk())
                    return fail(vpcs.error());
                for (const Vpc &vpc : vpcs.value()) {
                    AutomationChoice c;
                    c.id = vpc.id;
                    c.label = labelOf(vpc.id, vpc.name);
                    c.cidr = vpc.cidr;
                    choices->vpcs << c;
                }
                client->listSecurityGroups()->onFinished(
                    context, [=](const SecurityGroupListJob &groups) {
                        if (!groups.isOk())
                            return fail(groups.error());
                        for (const SecurityGroup &g : groups.value()) {
                            AutomationChoice c;
                            c.id = g.id;
                            c.label = labelOf(g.id, g.name);
                            c.parent = g.vpcId;
                            choices->securityGroups << c;
                        }
                        readTables(context, choices, 0, done, fail);
                    });
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
        in.emqxProjectId = m_deployment.cloudAccountId;
        in.vpcId = selection.vpcId;
        for (const AutomationChoice &vpc : choices.vpcs) {
            if (vpc.id == selection.vpcId)
                in.vpcCidr = vpc.cidr;
        }
        in.routeTableId = selection.routeTableId;
        in.securityGroupId = selection.securityGroupId;
        in.peeringName = QStringLiteral("emqx-%1").arg(m_deployment.id);
        in.ports = selection.ports;
        return huawei::makePlan(in, m_client.get(), m_session, m_timing);
    }

    PlanTiming m_timing;

private:
    using Fail = std::function<void(const cloud::ProviderError &)>;

    // The route tables of each VPC, one VPC after the other; the default one preselected.
    void readTables(QObject *context, std::shared_ptr<AutomationChoices> choices, int index,
                    std::function<void(AutomationChoices)> done, Fail fail) {
        if (index >= choices->vpcs.size()) {
            done(*choices);
            return;
        }
        const QString vpcId = choices->vpcs.at(index).id;
        m_client->listRouteTables(vpcId)->onFinished(context, [=](const RouteTableListJob &tables) {
            if (!tables.isOk())
                return fail(tables.error());
            for (const RouteTable &t : tables.value()) {
                AutomationChoice c;
                c.id = t.id;
                c.label = labelOf(t.id, t.name);
                c.parent = vpcId;
                c.preselected = t.isDefault;
                if (t.isDefault)
                    c.detail = QCoreApplication::translate("vpw::huawei::Automation",
                                                           "default route table");
                choices->routeTables << c;
            }
            readTables(context, choices, index + 1, done, fail);
        });
    }

    session::Session *m_session;
    Deployment m_deployment;
    Account m_account;
    std::unique_ptr<Client> m_iamClient;
    std::unique_ptr<Client> m_client;
};

} // namespace

void registerAutomation(const PlanTiming &timing) {
    session::registerAutomation(
        providers::huawei::module().id(),
        [timing](const session::AutomationAccount &account, session::Session *session,
                 const Deployment &deployment) -> std::unique_ptr<session::ProviderAutomation> {
            auto automation = std::make_unique<Automation>(account, session, deployment);
            automation->m_timing = timing;
            return automation;
        });
}

} // namespace vpw::huawei
