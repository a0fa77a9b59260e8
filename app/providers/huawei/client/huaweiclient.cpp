#include "huaweiclient.h"
#include "huaweiclientutil.h"

#include "app/providers/huawei/signature/sdksignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <memory>

namespace vpw::huawei {

using namespace detail;

namespace {

using cloud::ProviderError;
using cloud::ProviderRequest;
using Step = cloud::ProviderJob::Step;

Vpc vpcFrom(const QJsonObject &o) {
    return {str(o, "id"), str(o, "name"), str(o, "cidr"), str(o, "status"), {}};
}

Peering peeringFrom(const QJsonObject &o) {
    const QJsonObject request = member(o, "request_vpc_info");
    const QJsonObject accept = member(o, "accept_vpc_info");
    return {str(o, "id"),
            str(o, "name"),
            str(o, "status"),
            str(request, "vpc_id"),
            str(request, "tenant_id"),
            str(accept, "vpc_id"),
            str(accept, "tenant_id")};
}

RouteTable tableFrom(const QJsonObject &o) {
    RouteTable table{str(o, "id"),
                     str(o, "name"),
                     o.value(QStringLiteral("default")).toBool(),
                     str(o, "vpc_id"),
                     {}};
    for (const QJsonValue &v : o.value(QStringLiteral("routes")).toArray()) {
        const QJsonObject r = v.toObject();
        table.routes.append(
            {str(r, "type"), str(r, "destination"), str(r, "nexthop"), str(r, "description")});
    }
    return table;
}

SecurityGroupRule ruleFrom(const QJsonObject &o) {
    SecurityGroupRule rule;
    rule.id = str(o, "id");
    rule.securityGroupId = str(o, "security_group_id");
    rule.direction = str(o, "direction");
    rule.ethertype = str(o, "ethertype");
    rule.protocol = str(o, "protocol");
    rule.portMin = o.value(QStringLiteral("port_range_min")).toInt();
    rule.portMax = o.value(QStringLiteral("port_range_max")).toInt();
    rule.remoteIpPrefix = str(o, "remote_ip_prefix");
    rule.description = str(o, "description");
    return rule;
}

bool sameRule(const SecurityGroupRule &a, const SecurityGroupRule &b) {
    return a.securityGroupId == b.securityGroupId && a.direction == b.direction &&
           a.ethertype.compare(b.ethertype, Qt::CaseInsensitive) == 0 &&
           a.protocol.compare(b.protocol, Qt::CaseInsensitive) == 0 && a.portMin == b.portMin &&
           a.portMax == b.portMax && a.remoteIpPrefix == b.remoteIpPrefix;
}

bool isTerminal(const QString &status) {
    return status == QLatin1String("REJECTED") || status == QLatin1String("EXPIRED") ||
           status == QLatin1String("DELETED");
}

} // namespace

Client::Client(Account account, QObject *parent)
    : cloud::ProviderClient(parent)
    , m_account(std::move(account)) {}

QUrl Client::endpoint(const QString &service) const {
    if (!m_account.endpointOverride.isEmpty())
        return m_account.endpointOverride;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(service == QLatin1String("iam")
                    ? QStringLiteral("iam.myhuaweicloud.com")
                    : QStringLiteral("%1.%2.myhuaweicloud.com").arg(service, m_account.regionId));
    return url;
}

QString Client::projectPath(const QString &rest) const {
    return QStringLiteral("/v1/") + m_account.projectId + rest;
}

ProviderRequest Client::request(const QString &service, const QByteArray &method,
                                const QString &path, const QList<QPair<QString, QString>> &query,
                                const QByteArray &body) const {
    ProviderRequest r;
    r.method = method;
    r.url = endpoint(service);
    r.url.setPath(path);
    QByteArray encoded;
    for (const auto &[name, value] : query) {
        if (value.isEmpty())
            continue;
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += percentEncode(name) + '=' + percentEncode(value);
    }
    if (!encoded.isEmpty())
        r.url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    r.body = body;
    r.idempotent = method == "GET";
    r.operation = QString::fromLatin1(method) + u' ' + path;
    r.headers.emplaceBack("Content-Type", "application/json");
    if (service != QLatin1String("iam"))
        r.headers.emplaceBack("X-Project-Id", m_account.projectId.toLatin1());
    return r;
}

void Client::sign(ProviderRequest &request) const {
    QByteArray host = request.url.host(QUrl::FullyEncoded).toLatin1();
    if (request.url.port() > 0)
        host += ':' + QByteArray::number(request.url.port());
    const QByteArray date = sdkDate(clock().nowMs());
    SignInput input;
    input.method = request.method;
    input.path = request.url.path(QUrl::FullyDecoded);
    input.query = QUrlQuery(request.url).queryItems(QUrl::FullyDecoded);
    input.headers = request.headers;
    input.headers.emplaceBack("Host", host);
    input.headers.emplaceBack("X-Sdk-Date", date);
    input.payloadHash = sha256Hex(request.body);
    const QByteArray sig = signature(m_account.secretKey.toUtf8(), date, input);
    request.headers = input.headers;
    request.headers.emplaceBack("Authorization", authorization(m_account.accessKey, input, sig));
    request.headers.emplaceBack("Accept", "application/json");
    request.headers.emplaceBack("User-Agent", "vpc-peering-wizard/" VPW_VERSION);
}

// All three error-body shapes of §3.3, and the Neutron one of the v2.0 APIs.
ProviderError Client::parseError(int status, const QByteArray &body,
                                 const QByteArray &requestIdHeader) const {
    ProviderError error;
    error.kind = ProviderError::Http;
    error.httpStatus = status;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.contains(QLatin1String("error_code"))) {
        error.code = str(o, "error_code");
        error.message = str(o, "error_msg");
        error.requestId = str(o, "request_id");
    } else if (o.value(QLatin1String("error")).isObject()) {
        error.code = str(member(o, "error"), "code");
        error.message = str(member(o, "error"), "message");
    } else if (o.value(QLatin1String("NeutronError")).isObject()) {
        error.code = str(member(o, "NeutronError"), "type");
        error.message = str(member(o, "NeutronError"), "message");
    } else {
        error.code = str(o, "code");
        error.message = str(o, "message");
    }
    if (error.requestId.isEmpty())
        error.requestId = QString::fromLatin1(requestIdHeader);
    error.throttled = status == 429 || error.code == QLatin1String("APIGW.0308");
    error.explanation = explain(error.code, error.message);
    return error;
}

CredentialJob *Client::showPermanentAccessKey() {
    const ProviderRequest r = request(QStringLiteral("iam"), "GET",
                                      QStringLiteral("/v3.0/OS-CREDENTIAL/credentials/") +
                                          QString::fromLatin1(percentEncode(m_account.accessKey)));
    return new CredentialJob(
        this, [r] { return r; },
        [](const QJsonObject &body, Credential &credential) {
            const QJsonObject c = member(body, "credential");
            credential = {str(c, "user_id"), str(c, "access"), str(c, "status")};
            return Step::done();
        });
}

// GET /v3/auth/domains or /v3/auth/projects: one answer, no paging.
static ProjectListJob *authList(Client *client, ProviderRequest r, const char *key) {
    return new ProjectListJob(
        client, [r] { return r; },
        [key](const QJsonObject &body, QList<Project> &projects) {
            for (const QJsonValue &v : body.value(QLatin1String(key)).toArray()) {
                const QJsonObject o = v.toObject();
                projects.append({str(o, "id"), str(o, "name"), str(o, "domain_id")});
            }
            return Step::done();
        });
}

ProjectListJob *Client::listAuthDomains() {
    return authList(this, request(QStringLiteral("iam"), "GET", QStringLiteral("/v3/auth/domains")),
                    "domains");
}

ProjectListJob *Client::listAuthProjects() {
    return authList(this,
                    request(QStringLiteral("iam"), "GET", QStringLiteral("/v3/auth/projects")),
                    "projects");
}

VpcListJob *Client::listVpcs() {
    return markerPaged<Vpc>(
        this, request(QStringLiteral("vpc"), "GET", projectPath(QStringLiteral("/vpcs"))), "vpcs",
        vpcFrom);
}

VpcJob *Client::showVpc(const QString &vpcId) {
    const ProviderRequest r =
        request(QStringLiteral("vpc"), "GET", projectPath(QStringLiteral("/vpcs/") + vpcId));
    return new VpcJob(
        this, [r] { return r; },
        [](const QJsonObject &body, Vpc &vpc) {
            vpc = vpcFrom(member(body, "vpc"));
            return Step::done();
        });
}

PeeringJob *Client::createVpcPeering(const QString &name, const QString &ownVpcId,
                                     const QString &peerVpcId, const QString &peerProjectId,
                                     const QString &description) {
    const ProviderRequest read =
        request(QStringLiteral("vpc"), "GET", QStringLiteral("/v2.0/vpc/peerings"),
                {{QStringLiteral("vpc_id"), ownVpcId}});
    QJsonObject peering{
        {QStringLiteral("name"), name},
        {QStringLiteral("request_vpc_info"), QJsonObject{{QStringLiteral("vpc_id"), ownVpcId}}},
        {QStringLiteral("accept_vpc_info"),
         QJsonObject{{QStringLiteral("vpc_id"), peerVpcId},
                     {QStringLiteral("tenant_id"), peerProjectId}}}};
    if (!description.isEmpty())
        peering.insert(QStringLiteral("description"), description);
    const ProviderRequest create =
        request(QStringLiteral("vpc"), "POST", QStringLiteral("/v2.0/vpc/peerings"), {},
                compact({{QStringLiteral("peering"), peering}}));
    auto creating = std::make_shared<bool>(false);
    return new PeeringJob(
        this,
        [read, creating] {
            *creating = false;
            return read;
        },
        [create, creating, ownVpcId, peerVpcId](const QJsonObject &body, Peering &out) {
            if (*creating) {
                out = peeringFrom(member(body, "peering"));
                return Step::done();
            }
            // Only one live peering between two VPCs: adopt it (an earlier attempt's).
            for (const QJsonValue &v : body.value(QStringLiteral("peerings")).toArray()) {
                const Peering p = peeringFrom(v.toObject());
                if (!isTerminal(p.status) && p.requestVpcId == ownVpcId &&
                    p.acceptVpcId == peerVpcId) {
                    out = p;
                    return Step::done();
                }
            }
            *creating = true;
            return Step::then(create);
        },
        {}, true);
}

PeeringJob *Client::showVpcPeering(const QString &peeringId) {
    const ProviderRequest r =
        request(QStringLiteral("vpc"), "GET", QStringLiteral("/v2.0/vpc/peerings/") + peeringId);
    return new PeeringJob(
        this, [r] { return r; },
        [](const QJsonObject &body, Peering &p) {
            p = peeringFrom(member(body, "peering"));
            return Step::done();
        });
}

PeeringListJob *Client::listVpcPeerings(const QString &vpcId) {
    return markerPaged<Peering>(this,
                                request(QStringLiteral("vpc"), "GET",
                                        QStringLiteral("/v2.0/vpc/peerings"),
                                        {{QStringLiteral("vpc_id"), vpcId}}),
                                "peerings", peeringFrom);
}

RouteTableListJob *Client::listRouteTables(const QString &vpcId) {
    return markerPaged<RouteTable>(this,
                                   request(QStringLiteral("vpc"), "GET",
                                           projectPath(QStringLiteral("/routetables")),
                                           {{QStringLiteral("vpc_id"), vpcId}}),
                                   "routetables", tableFrom);
}

RouteTableJob *Client::showRouteTable(const QString &routeTableId) {
    const ProviderRequest r = request(QStringLiteral("vpc"), "GET",
                                      projectPath(QStringLiteral("/routetables/") + routeTableId));
    return new RouteTableJob(
        this, [r] { return r; },
        [](const QJsonObject &body, RouteTable &t) {
            t = tableFrom(member(body, "routetable"));
            return Step::done();
        });
}

RouteTableJob *Client::addRoute(const QString &routeTableId, const Route &route) {
    const ProviderRequest read = request(
        QStringLiteral("vpc"), "GET", projectPath(QStringLiteral("/routetables/") + routeTableId));
    QJsonObject entry{{QStringLiteral("type"), route.type},
                      {QStringLiteral("destination"), route.destination},
                      {QStringLiteral("nexthop"), route.nexthop}};
    if (!route.description.isEmpty())
        entry.insert(QStringLiteral("description"), route.description);
    const QJsonObject body{
        {QStringLiteral("routetable"),
         QJsonObject{
             {QStringLiteral("routes"), QJsonObject{{QStringLiteral("add"), QJsonArray{entry}}}}}}};
    const ProviderRequest update =
        request(QStringLiteral("vpc"), "PUT",
                projectPath(QStringLiteral("/routetables/") + routeTableId), {}, compact(body));
    auto updating = std::make_shared<bool>(false);
    return new RouteTableJob(
        this,
        [read, updating] {
            *updating = false;
            return read;
        },
        [update, updating, route](const QJsonObject &answer, RouteTable &table) {
            table = tableFrom(member(answer, "routetable"));
            if (*updating)
                return Step::done();
            for (const Route &existing : std::as_const(table.routes)) {
                if (existing.destination == route.destination && existing.nexthop == route.nexthop)
                    return Step::done(); // there already (an earlier attempt's)
            }
            *updating = true;
            return Step::then(update);
        },
        {}, true);
}

RouteTableJob *Client::deleteRoute(const QString &routeTableId, const Route &route) {
    const QJsonObject entry{{QStringLiteral("type"), route.type},
                            {QStringLiteral("destination"), route.destination},
                            {QStringLiteral("nexthop"), route.nexthop}};
    const QJsonObject body{
        {QStringLiteral("routetable"),
         QJsonObject{
             {QStringLiteral("routes"), QJsonObject{{QStringLiteral("del"), QJsonArray{entry}}}}}}};
    const ProviderRequest update =
        request(QStringLiteral("vpc"), "PUT",
                projectPath(QStringLiteral("/routetables/") + routeTableId), {}, compact(body));
    return new RouteTableJob(
        this, [update] { return update; },
        [](const QJsonObject &answer, RouteTable &table) {
            table = tableFrom(member(answer, "routetable"));
            return Step::done();
        });
}

SecurityGroupListJob *Client::listSecurityGroups(const QString &vpcId) {
    return markerPaged<SecurityGroup>(
        this,
        request(QStringLiteral("vpc"), "GET", projectPath(QStringLiteral("/security-groups")),
                {{QStringLiteral("vpc_id"), vpcId}}),
        "security_groups", [](const QJsonObject &o) {
            return SecurityGroup{str(o, "id"), str(o, "name"), str(o, "vpc_id")};
        });
}

SecurityGroupRuleJob *Client::createSecurityGroupRule(const SecurityGroupRule &rule) {
    const ProviderRequest read =
        request(QStringLiteral("vpc"), "GET", projectPath(QStringLiteral("/security-group-rules")),
                {{QStringLiteral("security_group_id"), rule.securityGroupId}});
    QJsonObject in{{QStringLiteral("security_group_id"), rule.securityGroupId},
                   {QStringLiteral("direction"), rule.direction},
                   {QStringLiteral("ethertype"), rule.ethertype},
                   {QStringLiteral("protocol"), rule.protocol},
                   {QStringLiteral("port_range_min"), rule.portMin},
                   {QStringLiteral("port_range_max"), rule.portMax},
                   {QStringLiteral("remote_ip_prefix"), rule.remoteIpPrefix}};
    if (!rule.description.isEmpty())
        in.insert(QStringLiteral("description"), rule.description);
    const ProviderRequest create =
        request(QStringLiteral("vpc"), "POST", projectPath(QStringLiteral("/security-group-rules")),
                {}, compact({{QStringLiteral("security_group_rule"), in}}));
    return createRuleOnce(this, read, create, rule, ruleFrom, sameRule);
}

SecurityGroupRuleListJob *Client::listSecurityGroupRules(const QString &securityGroupId) {
    return markerPaged<SecurityGroupRule>(
        this,
        request(QStringLiteral("vpc"), "GET", projectPath(QStringLiteral("/security-group-rules")),
                {{QStringLiteral("security_group_id"), securityGroupId}}),
        "security_group_rules", ruleFrom);
}

DeleteJob *Client::deleteSecurityGroupRule(const QString &ruleId) {
    const ProviderRequest remove =
        request(QStringLiteral("vpc"), "DELETE",
                projectPath(QStringLiteral("/security-group-rules/") + ruleId));
    return new DeleteJob(
        this, [remove] { return remove; },
        [](const QJsonObject &, bool &deleted) {
            deleted = true;
            return Step::done();
        });
}

} // namespace vpw::huawei
