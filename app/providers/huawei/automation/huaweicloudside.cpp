// The cloud side of a Huawei Cloud peering made by "Do it for me" (session/cloudside.h): the
// peering request's status (ShowVpcPeering), the route to the deployment through the peering
// (ShowRouteTable) and one ingress rule per ticked port (ListSecurityGroupRules).

#include "huaweiplan.h"

#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/module.h"
#include "app/session/cloudside.h"

#include <QCoreApplication>
#include <QPointer>

namespace vpw::huawei {

namespace {

using session::CloudCheck;
using session::CloudSideTarget;

CloudCheck unknownCheck(const QString &key, const QString &title, const cloud::ProviderError &e) {
    CloudCheck c;
    c.key = key;
    c.title = title;
    c.result = CloudCheck::Unknown;
    c.detail = QCoreApplication::translate("vpw::huawei::CloudSide", "Could not be read: %1")
                   .arg(e.userMessage());
    return c;
}

QString routeTitle(const CloudSideTarget &t) {
    return QCoreApplication::translate("vpw::huawei::CloudSide", "Route to %1 through the peering")
        .arg(t.deploymentCidr);
}

// The peering request: the journal's, else the one entered in EMQX Cloud's console (a console
// peering made through the guided pages has no journal).
QString peeringIdOf(const CloudSideTarget &t) {
    const QString journaled = t.facts.value(kPeeringIdFact).toString();
    return journaled.isEmpty() ? t.providerPeeringId : journaled;
}

QString ruleTitle(int port) {
    return QCoreApplication::translate("vpw::huawei::CloudSide",
                                       "Security-group rule for TCP port %1")
        .arg(port);
}

class Reader final : public session::CloudSideReader {
public:
    explicit Reader(const session::AutomationAccount &account)
        : m_account(accountOf(account)) {}

    void read(QObject *context, const CloudSideTarget &t, ReadDone done) override {
        withClient(context, t, [=](Client *client, const cloud::ProviderError *error) {
            if (error) {
                done({unknownCheck(
                    QStringLiteral("peering"),
                    QCoreApplication::translate("vpw::huawei::CloudSide", "Peering request"),
                    *error)});
                return;
            }
            auto checks = std::make_shared<QList<CloudCheck>>();
            const QString peeringId = peeringIdOf(t);
            client->showVpcPeering(peeringId)->onFinished(context, [=](const PeeringJob &job) {
                CloudCheck c;
                c.key = QStringLiteral("peering");
                c.title =
                    QCoreApplication::translate("vpw::huawei::CloudSide", "Peering request %1")
                        .arg(peeringId);
                if (!job.isOk()) {
                    *checks << unknownCheck(c.key, c.title, job.error());
                } else {
                    c.result = job.value().status == QLatin1String("ACTIVE") ? CloudCheck::Ok
                                                                             : CloudCheck::Mismatch;
                    c.detail = QCoreApplication::translate("vpw::huawei::CloudSide", "Status: %1")
                                   .arg(job.value().status);
                    *checks << c;
                }
                readRoute(context, client, t, peeringId, checks, done);
            });
        });
    }

    void fix(QObject *context, const CloudSideTarget &t, const CloudCheck &check,
             FixDone done) override {
        withClient(context, t, [=](Client *client, const cloud::ProviderError *error) {
            if (error)
                return done(error->userMessage());
            if (check.key == QLatin1String("route")) {
                client->addRoute(t.routeTableId, wantedRoute(t))
                    ->onFinished(context, [done](const RouteTableJob &job) {
                        done(job.isOk() ? QString() : job.error().userMessage());
                    });
                return;
            }
            client->createSecurityGroupRule(wantedRule(t, check.key.mid(5).toInt()))
                ->onFinished(context, [done](const SecurityGroupRuleJob &job) {
                    done(job.isOk() ? QString() : job.error().userMessage());
                });
        });
    }

private:
    using WithClient = std::function<void(Client *, const cloud::ProviderError *)>;

    // The client in the project of the deployment's region (read once from IAM).
    void withClient(QObject *context, const CloudSideTarget &t, WithClient next) {
        if (!t.region.isEmpty() && t.region != m_account.regionId) {
            m_account.regionId = t.region;
            m_client.reset();
        }
        if (m_client)
            return next(m_client.get(), nullptr);
        m_iam = std::make_unique<Client>(m_account);
        m_iam->listAuthProjects()->onFinished(context, [this, next](const ProjectListJob &job) {
            if (!job.isOk()) {
                const cloud::ProviderError error = job.error();
                return next(nullptr, &error);
            }
            for (const Project &p : job.value()) {
                if (p.name == m_account.regionId)
                    m_account.projectId = p.id;
            }
            m_client = std::make_unique<Client>(m_account);
            next(m_client.get(), nullptr);
        });
    }

    static Route wantedRoute(const CloudSideTarget &t) {
        Route route;
        route.destination = t.deploymentCidr;
        route.nexthop = peeringIdOf(t);
        route.description = QStringLiteral("EMQX Cloud");
        return route;
    }

    static SecurityGroupRule wantedRule(const CloudSideTarget &t, int port) {
        SecurityGroupRule rule;
        rule.securityGroupId = t.securityGroupId;
        rule.portMin = port;
        rule.portMax = port;
        rule.remoteIpPrefix = t.deploymentCidr;
        rule.description = QStringLiteral("EMQX Cloud MQTT");
        return rule;
    }

    void readRoute(QObject *context, Client *client, const CloudSideTarget &t,
                   const QString &peeringId, std::shared_ptr<QList<CloudCheck>> checks,
                   ReadDone done) {
        CloudCheck c;
        c.key = QStringLiteral("route");
        c.title = routeTitle(t);
        if (t.routeTableId.isEmpty()) {
            c.detail = QCoreApplication::translate(
                "vpw::huawei::CloudSide", "Not known: which route table was used is not recorded.");
            *checks << c;
            return readRules(context, client, t, checks, done);
        }
        client->showRouteTable(t.routeTableId)->onFinished(context, [=](const RouteTableJob &job) {
            CloudCheck c;
            c.key = QStringLiteral("route");
            c.title = routeTitle(t);
            if (!job.isOk()) {
                *checks << unknownCheck(c.key, c.title, job.error());
                return readRules(context, client, t, checks, done);
            }
            bool found = false;
            for (const Route &r : job.value().routes)
                found = found || (r.destination == t.deploymentCidr && r.nexthop == peeringId);
            c.result = found ? CloudCheck::Ok : CloudCheck::Mismatch;
            c.detail = found ? QCoreApplication::translate("vpw::huawei::CloudSide",
                                                           "Present in route table %1.")
                                   .arg(t.routeTableId)
                             : QCoreApplication::translate("vpw::huawei::CloudSide",
                                                           "Missing from route table %1.")
                                   .arg(t.routeTableId);
            if (!found) {
                const Route route = wantedRoute(t);
                c.fixProvider = providers::huawei::module().displayName();
                c.fixOperation = QStringLiteral("UpdateRouteTable");
                c.fixValues = {QStringLiteral("id=%1").arg(t.routeTableId),
                               QStringLiteral("routes.add.destination=%1").arg(route.destination),
                               QStringLiteral("routes.add.type=%1").arg(route.type),
                               QStringLiteral("routes.add.nexthop=%1").arg(route.nexthop)};
            }
            *checks << c;
            readRules(context, client, t, checks, done);
        });
    }

    void readRules(QObject *context, Client *client, const CloudSideTarget &t,
                   std::shared_ptr<QList<CloudCheck>> checks, ReadDone done) {
        if (t.securityGroupId.isEmpty() || t.ports.isEmpty()) {
            CloudCheck c;
            c.key = QStringLiteral("rules");
            c.title = QCoreApplication::translate("vpw::huawei::CloudSide", "Security-group rules");
            c.detail = QCoreApplication::translate(
                "vpw::huawei::CloudSide",
                "Not known: which security group and ports were used is not recorded.");
            *checks << c;
            return done(*checks);
        }
        client->listSecurityGroupRules(t.securityGroupId)
            ->onFinished(context, [=](const SecurityGroupRuleListJob &job) {
                for (int port : t.ports) {
                    const QString key = QStringLiteral("rule-%1").arg(port);
                    if (!job.isOk()) {
                        *checks << unknownCheck(key, ruleTitle(port), job.error());
                        continue;
                    }
                    bool found = false;
                    for (const SecurityGroupRule &r : job.value()) {
                        found = found ||
                                (r.direction == QLatin1String("ingress") && r.portMin <= port &&
                                 r.portMax >= port && r.remoteIpPrefix == t.deploymentCidr);
                    }
                    CloudCheck c;
                    c.key = key;
                    c.title = ruleTitle(port);
                    c.result = found ? CloudCheck::Ok : CloudCheck::Mismatch;
                    c.detail = found
                                   ? QCoreApplication::translate("vpw::huawei::CloudSide",
                                                                 "Present in security group %1.")
                                         .arg(t.securityGroupId)
                                   : QCoreApplication::translate("vpw::huawei::CloudSide",
                                                                 "Missing from security group %1.")
                                         .arg(t.securityGroupId);
                    if (!found) {
                        const SecurityGroupRule rule = wantedRule(t, port);
                        c.fixProvider = providers::huawei::module().displayName();
                        c.fixOperation = QStringLiteral("CreateSecurityGroupRule");
                        c.fixValues = {
                            QStringLiteral("security_group_id=%1").arg(rule.securityGroupId),
                            QStringLiteral("direction=%1").arg(rule.direction),
                            QStringLiteral("protocol=%1").arg(rule.protocol),
                            QStringLiteral("port_range_min=%1").arg(port),
                            QStringLiteral("port_range_max=%1").arg(port),
                            QStringLiteral("remote_ip_prefix=%1").arg(rule.remoteIpPrefix)};
                    }
                    *checks << c;
                }
                done(*checks);
            });
    }

    Account m_account;
    std::unique_ptr<Client> m_iam;
    std::unique_ptr<Client> m_client;
};

} // namespace

void registerCloudSide() {
    session::registerCloudSide(providers::huawei::module().id(),
                               [](const session::AutomationAccount &account) {
                                   return std::make_unique<Reader>(account);
                               });
}

} // namespace vpw::huawei
