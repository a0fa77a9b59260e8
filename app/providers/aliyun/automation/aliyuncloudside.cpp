// The cloud side of an Alibaba Cloud peering made by "Do it for me" (session/cloudside.h): the
// CEN's child instances — the deployment's VPC and the operator's VPC Attached
// (DescribeCenAttachedChildInstances) — and one ingress rule per ticked port
// (DescribeSecurityGroupAttribute). A CEN has no route table to pick: the CEN learns the routes.

#include "aliyunplan.h"

#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/module.h"
#include "app/session/cloudside.h"

#include <QCoreApplication>

namespace vpw::aliyun {

namespace {

using session::CloudCheck;
using session::CloudSideTarget;

CloudCheck unknownCheck(const QString &key, const QString &title, const cloud::ProviderError &e) {
    CloudCheck c;
    c.key = key;
    c.title = title;
    c.detail = QCoreApplication::translate("vpw::aliyun::CloudSide", "Could not be read: %1")
                   .arg(e.userMessage());
    return c;
}

QString ruleTitle(int port) {
    return QCoreApplication::translate("vpw::aliyun::CloudSide",
                                       "Security-group rule for TCP port %1")
        .arg(port);
}

SecurityGroupRule wantedRule(const CloudSideTarget &t, int port) {
    SecurityGroupRule rule;
    rule.portRange = QStringLiteral("%1/%1").arg(port);
    rule.sourceCidr = t.deploymentCidr;
    rule.description = QStringLiteral("EMQX Cloud MQTT");
    return rule;
}

class Reader final : public session::CloudSideReader {
public:
    explicit Reader(const session::AutomationAccount &account)
        : m_account(accountOf(account)) {}

    void read(QObject *context, const CloudSideTarget &t, ReadDone done) override {
        Client *client = clientFor(t);
        auto checks = std::make_shared<QList<CloudCheck>>();
        QString cenId = t.facts.value(kCenIdFact).toString();
        if (cenId.isEmpty())
            cenId = t.providerPeeringId; // a console peering made through the guided pages
        if (cenId.isEmpty()) {
            CloudCheck c;
            c.key = QStringLiteral("cen");
            c.title =
                QCoreApplication::translate("vpw::aliyun::CloudSide", "Cloud Enterprise Network");
            c.detail = QCoreApplication::translate(
                "vpw::aliyun::CloudSide", "Not known: which CEN was used is not recorded.");
            *checks << c;
            return readRules(context, client, t, checks, done);
        }
        client->describeCenAttachedChildInstances(cenId)->onFinished(
            context, [=](const ChildInstanceListJob &job) {
                const QList<std::pair<QString, QString>> vpcs{
                    {QStringLiteral("cen-deployment"), t.deploymentVpcId},
                    {QStringLiteral("cen-own"), t.vpcId}};
                for (const auto &[key, vpcId] : vpcs) {
                    const QString title =
                        key == QLatin1String("cen-own")
                            ? QCoreApplication::translate("vpw::aliyun::CloudSide",
                                                          "Your VPC %1 in CEN %2")
                                  .arg(vpcId, cenId)
                            : QCoreApplication::translate("vpw::aliyun::CloudSide",
                                                          "The deployment's VPC %1 in CEN %2")
                                  .arg(vpcId, cenId);
                    if (!job.isOk()) {
                        *checks << unknownCheck(key, title, job.error());
                        continue;
                    }
                    CloudCheck c;
                    c.key = key;
                    c.title = title;
                    QString status;
                    for (const ChildInstance &i : job.value()) {
                        if (i.instanceId == vpcId)
                            status = i.status;
                    }
                    c.result =
                        status == QLatin1String("Attached") ? CloudCheck::Ok : CloudCheck::Mismatch;
                    c.detail =
                        status.isEmpty()
                            ? QCoreApplication::translate("vpw::aliyun::CloudSide",
                                                          "Not attached (detached from the CEN).")
                            : QCoreApplication::translate("vpw::aliyun::CloudSide", "Status: %1")
                                  .arg(status);
                    *checks << c;
                }
                readRules(context, client, t, checks, done);
            });
    }

    void fix(QObject *context, const CloudSideTarget &t, const CloudCheck &check,
             FixDone done) override {
        const int port = check.key.mid(5).toInt();
        clientFor(t)
            ->authorizeSecurityGroup(t.securityGroupId, wantedRule(t, port))
            ->onFinished(context, [done](const DoneJob &job) {
                done(job.isOk() ? QString() : job.error().userMessage());
            });
    }

private:
    Client *clientFor(const CloudSideTarget &t) {
        if (!t.region.isEmpty() && t.region != m_account.regionId) {
            m_account.regionId = t.region;
            m_client.reset();
        }
        if (!m_client)
            m_client = std::make_unique<Client>(m_account);
        return m_client.get();
    }

    void readRules(QObject *context, Client *client, const CloudSideTarget &t,
                   std::shared_ptr<QList<CloudCheck>> checks, ReadDone done) {
        if (t.securityGroupId.isEmpty() || t.ports.isEmpty()) {
            CloudCheck c;
            c.key = QStringLiteral("rules");
            c.title = QCoreApplication::translate("vpw::aliyun::CloudSide", "Security-group rules");
            c.detail = QCoreApplication::translate(
                "vpw::aliyun::CloudSide",
                "Not known: which security group and ports were used is not recorded.");
            *checks << c;
            return done(*checks);
        }
        client->describeSecurityGroupAttribute(t.securityGroupId)
            ->onFinished(context, [=](const SecurityGroupAttributeJob &job) {
                for (int port : t.ports) {
                    const QString key = QStringLiteral("rule-%1").arg(port);
                    if (!job.isOk()) {
                        *checks << unknownCheck(key, ruleTitle(port), job.error());
                        continue;
                    }
                    const SecurityGroupRule want = wantedRule(t, port);
                    bool found = false;
                    for (const SecurityGroupRule &r : job.value().rules) {
                        found =
                            found ||
                            (r.portRange == want.portRange && r.sourceCidr == want.sourceCidr &&
                             r.ipProtocol.compare(QLatin1String("TCP"), Qt::CaseInsensitive) == 0);
                    }
                    CloudCheck c;
                    c.key = key;
                    c.title = ruleTitle(port);
                    c.result = found ? CloudCheck::Ok : CloudCheck::Mismatch;
                    c.detail = found
                                   ? QCoreApplication::translate("vpw::aliyun::CloudSide",
                                                                 "Present in security group %1.")
                                         .arg(t.securityGroupId)
                                   : QCoreApplication::translate("vpw::aliyun::CloudSide",
                                                                 "Missing from security group %1.")
                                         .arg(t.securityGroupId);
                    if (!found) {
                        c.fixProvider = providers::aliyun::module().displayName();
                        c.fixOperation = QStringLiteral("AuthorizeSecurityGroup");
                        c.fixValues = {QStringLiteral("SecurityGroupId=%1").arg(t.securityGroupId),
                                       QStringLiteral("IpProtocol=%1").arg(want.ipProtocol),
                                       QStringLiteral("PortRange=%1").arg(want.portRange),
                                       QStringLiteral("SourceCidrIp=%1").arg(want.sourceCidr)};
                    }
                    *checks << c;
                }
                done(*checks);
            });
    }

    Account m_account;
    std::unique_ptr<Client> m_client;
};

} // namespace

void registerCloudSide() {
    session::registerCloudSide(providers::aliyun::module().id(),
                               [](const session::AutomationAccount &account) {
                                   return std::make_unique<Reader>(account);
                               });
}

} // namespace vpw::aliyun
