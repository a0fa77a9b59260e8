#include "aliyunclient.h"
#include "aliyunclientutil.h"

#include "app/providers/aliyun/signature/acssignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

namespace vpw::aliyun {

using namespace detail;

namespace {

using cloud::ProviderError;
using cloud::ProviderRequest;
using Step = cloud::ProviderJob::Step;

Cen cenFrom(const QJsonObject &o) {
    return {str(o, "CenId"), str(o, "Name"), str(o, "Description"), str(o, "Status"),
            str(o, "CreationTime")};
}

ChildInstance childFrom(const QJsonObject &o) {
    return {str(o, "CenId"),
            str(o, "ChildInstanceId"),
            str(o, "ChildInstanceType"),
            str(o, "ChildInstanceRegionId"),
            str(o, "ChildInstanceOwnerId"),
            str(o, "Status"),
            str(o, "ChildInstanceAttachTime"),
            o.value(QStringLiteral("ChildInstanceAttributes"))
                .toObject()
                .value(QStringLiteral("CidrBlock"))
                .toString()};
}

Vpc vpcFrom(const QJsonObject &o) {
    Vpc vpc{str(o, "VpcId"),
            str(o, "RegionId"),
            str(o, "VpcName"),
            str(o, "CidrBlock"),
            str(o, "Status"),
            str(o, "OwnerId"),
            {}};
    for (const QJsonValue &v : listOf(o, "AssociatedCens", "AssociatedCen")) {
        const QJsonObject c = v.toObject();
        vpc.associatedCens.append({str(c, "CenId"), str(c, "CenOwnerId"), str(c, "CenStatus")});
    }
    return vpc;
}

SecurityGroupRule ruleFrom(const QJsonObject &o) {
    SecurityGroupRule rule;
    rule.id = str(o, "SecurityGroupRuleId");
    rule.direction = str(o, "Direction");
    rule.ipProtocol = str(o, "IpProtocol");
    rule.portRange = str(o, "PortRange");
    rule.sourceCidr = str(o, "SourceCidrIp");
    rule.policy = str(o, "Policy");
    rule.priority = str(o, "Priority");
    rule.nicType = str(o, "NicType");
    rule.description = str(o, "Description");
    return rule;
}

} // namespace

Client::Client(Account account, QObject *parent)
    : cloud::ProviderClient(parent)
    , m_account(std::move(account)) {}

QUrl Client::endpoint(const QString &service) const {
    if (!m_account.endpointOverride.isEmpty())
        return m_account.endpointOverride;
    const QString region = m_account.regionId;
    QString host;
    if (service == QLatin1String("cbn"))
        host = QStringLiteral("cbn.aliyuncs.com"); // one central endpoint
    else if (region == QLatin1String("cn-hangzhou"))
        host = service == QLatin1String("ecs") ? QStringLiteral("ecs-cn-hangzhou.aliyuncs.com")
                                               : QStringLiteral("%1.aliyuncs.com").arg(service);
    else
        host = QStringLiteral("%1.%2.aliyuncs.com").arg(service, region);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

ProviderRequest Client::request(const QString &service, const char *action, const char *version,
                                const Params &params, bool idempotent) const {
    ProviderRequest r;
    r.method = "POST";
    r.url = endpoint(service);
    r.url.setPath(QStringLiteral("/"));
    QByteArray query;
    for (const auto &[name, value] : params) {
        if (value.isEmpty())
            continue;
        if (!query.isEmpty())
            query += '&';
        query += percentEncode(name) + '=' + percentEncode(value);
    }
    r.url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    r.headers = {{"x-acs-action", action}, {"x-acs-version", version}};
    r.idempotent = idempotent;
    r.operation = QLatin1String(action);
    return r;
}

void Client::sign(ProviderRequest &request) const {
    QByteArray host = request.url.host(QUrl::FullyEncoded).toLatin1();
    if (request.url.port() > 0)
        host += ':' + QByteArray::number(request.url.port());
    V3Input input;
    input.method = request.method;
    input.canonicalUri = "/";
    input.query = QUrlQuery(request.url).queryItems(QUrl::FullyDecoded);
    input.payloadHash = sha256Hex(request.body);
    QList<QPair<QByteArray, QByteArray>> headers = request.headers;
    headers.emplaceBack("host", host);
    headers.emplaceBack("x-acs-date", timestamp(clock().nowMs()));
    headers.emplaceBack("x-acs-signature-nonce", newNonce());
    headers.emplaceBack("x-acs-content-sha256", input.payloadHash);
    input.headers = headers;
    const QByteArray signature = v3Signature(m_account.accessKeySecret.toUtf8(), input);
    request.headers = headers;
    request.headers.emplaceBack("Authorization",
                                v3Authorization(m_account.accessKeyId, input, signature));
    request.headers.emplaceBack("Accept", "application/json");
    request.headers.emplaceBack("User-Agent", "vpc-peering-wizard/" VPW_VERSION);
}

ProviderError Client::parseError(int status, const QByteArray &body,
                                 const QByteArray &requestIdHeader) const {
    ProviderError error;
    error.kind = ProviderError::Http;
    error.httpStatus = status;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    error.code = str(o, "Code");
    error.message = str(o, "Message");
    error.requestId = str(o, "RequestId");
    if (error.requestId.isEmpty())
        error.requestId = QString::fromLatin1(requestIdHeader);
    error.throttled = error.code.contains(QLatin1String("Throttling")) ||
                      error.code == QLatin1String("ServiceUnavailable");
    error.explanation = explain(error.code, error.message);
    return error;
}

QString Client::newClientToken() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

CenIdJob *Client::createCen(const QString &name, const QString &description,
                            const QString &clientToken, bool dryRun) {
    const QString token = clientToken.isEmpty() ? newClientToken() : clientToken;
    Params params{{QStringLiteral("ClientToken"), token},
                  {QStringLiteral("Name"), name},
                  {QStringLiteral("Description"), description}};
    if (dryRun)
        params.append({QStringLiteral("DryRun"), QStringLiteral("true")});
    const ProviderRequest r = request(QStringLiteral("cbn"), "CreateCen", kCen, params);
    return new CenIdJob(
        this, [r] { return r; },
        [](const QJsonObject &body, QString &id) {
            id = str(body, "CenId");
            return Step::done();
        });
}

CenListJob *Client::describeCens(const QString &cenId) {
    Params params;
    if (!cenId.isEmpty())
        params = {{QStringLiteral("Filter.1.Key"), QStringLiteral("CenId")},
                  {QStringLiteral("Filter.1.Value.1"), cenId}};
    return paged<Cen>(this, request(QStringLiteral("cbn"), "DescribeCens", kCen, params), "Cens",
                      "Cen", cenFrom);
}

ChildInstanceJob *Client::attachCenChildInstance(const QString &cenId, const QString &vpcId,
                                                 const QString &regionId, const QString &ownerUid) {
    const Params which{{QStringLiteral("CenId"), cenId},
                       {QStringLiteral("ChildInstanceId"), vpcId},
                       {QStringLiteral("ChildInstanceType"), QStringLiteral("VPC")},
                       {QStringLiteral("ChildInstanceRegionId"), regionId}};
    const ProviderRequest read =
        request(QStringLiteral("cbn"), "DescribeCenAttachedChildInstanceAttribute", kCen, which);
    Params attachParams = which;
    attachParams.append({QStringLiteral("ChildInstanceOwnerId"), ownerUid});
    // No ClientToken on this API: not resent as is, the job starts over from the read.
    const ProviderRequest attach =
        request(QStringLiteral("cbn"), "AttachCenChildInstance", kCen, attachParams, false);
    auto attaching = std::make_shared<bool>(false);
    return new ChildInstanceJob(
        this,
        [read, attaching] {
            *attaching = false;
            return read;
        },
        [attaching, cenId, vpcId, regionId, ownerUid](const QJsonObject &body,
                                                      ChildInstance &child) {
            if (*attaching) { // the attach was accepted
                child = {cenId,    vpcId,    QStringLiteral("VPC"),
                         regionId, ownerUid, QStringLiteral("Attaching"),
                         {},       {}};
                return Step::done();
            }
            child = childFrom(body); // already attached (an earlier attempt, or before)
            return Step::done();
        },
        [attach, attaching](const ProviderError &error, ChildInstance &) {
            // Not attached yet: the codes Terraform also reads as "not found".
            static const QStringList kNotAttached{QStringLiteral("ParameterInstanceId"),
                                                  QStringLiteral("ParameterError")};
            if (*attaching || !kNotAttached.contains(error.code))
                return Step::fail(error);
            *attaching = true;
            return Step::then(attach);
        },
        true);
}

ChildInstanceListJob *Client::describeCenAttachedChildInstances(const QString &cenId) {
    return paged<ChildInstance>(this,
                                request(QStringLiteral("cbn"), "DescribeCenAttachedChildInstances",
                                        kCen, {{QStringLiteral("CenId"), cenId}}),
                                "ChildInstances", "ChildInstance", childFrom);
}

ChildInstanceJob *Client::describeCenAttachedChildInstanceAttribute(const QString &cenId,
                                                                    const QString &vpcId,
                                                                    const QString &regionId) {
    const ProviderRequest r =
        request(QStringLiteral("cbn"), "DescribeCenAttachedChildInstanceAttribute", kCen,
                {{QStringLiteral("CenId"), cenId},
                 {QStringLiteral("ChildInstanceId"), vpcId},
                 {QStringLiteral("ChildInstanceType"), QStringLiteral("VPC")},
                 {QStringLiteral("ChildInstanceRegionId"), regionId}});
    return new ChildInstanceJob(
        this, [r] { return r; },
        [](const QJsonObject &body, ChildInstance &child) {
            child = childFrom(body);
            return Step::done();
        });
}

VpcListJob *Client::describeVpcs() {
    return paged<Vpc>(this,
                      request(QStringLiteral("vpc"), "DescribeVpcs", kVpc,
                              {{QStringLiteral("RegionId"), m_account.regionId}}),
                      "Vpcs", "Vpc", vpcFrom);
}

VpcJob *Client::describeVpcAttribute(const QString &vpcId) {
    const ProviderRequest r = request(
        QStringLiteral("vpc"), "DescribeVpcAttribute", kVpc,
        {{QStringLiteral("RegionId"), m_account.regionId}, {QStringLiteral("VpcId"), vpcId}});
    return new VpcJob(
        this, [r] { return r; },
        [](const QJsonObject &body, Vpc &vpc) {
            vpc = vpcFrom(body);
            return Step::done();
        });
}

SecurityGroupListJob *Client::describeSecurityGroups(const QString &vpcId) {
    return paged<SecurityGroup>(this,
                                request(QStringLiteral("ecs"), "DescribeSecurityGroups", kEcs,
                                        {{QStringLiteral("RegionId"), m_account.regionId},
                                         {QStringLiteral("VpcId"), vpcId}}),
                                "SecurityGroups", "SecurityGroup", [](const QJsonObject &o) {
                                    return SecurityGroup{str(o, "SecurityGroupId"),
                                                         str(o, "SecurityGroupName"),
                                                         str(o, "VpcId")};
                                });
}

DoneJob *Client::authorizeSecurityGroup(const QString &securityGroupId,
                                        const SecurityGroupRule &rule, const QString &clientToken,
                                        bool dryRun) {
    const QString token = clientToken.isEmpty() ? newClientToken() : clientToken;
    Params params{{QStringLiteral("ClientToken"), token},
                  {QStringLiteral("Permissions.1.Description"), rule.description},
                  {QStringLiteral("Permissions.1.IpProtocol"), rule.ipProtocol},
                  {QStringLiteral("Permissions.1.NicType"), rule.nicType},
                  {QStringLiteral("Permissions.1.Policy"), rule.policy},
                  {QStringLiteral("Permissions.1.PortRange"), rule.portRange},
                  {QStringLiteral("Permissions.1.Priority"), rule.priority},
                  {QStringLiteral("Permissions.1.SourceCidrIp"), rule.sourceCidr},
                  {QStringLiteral("RegionId"), m_account.regionId},
                  {QStringLiteral("SecurityGroupId"), securityGroupId}};
    if (dryRun)
        params.append({QStringLiteral("DryRun"), QStringLiteral("true")});
    const ProviderRequest r =
        request(QStringLiteral("ecs"), "AuthorizeSecurityGroup", kEcs, params);
    return new DoneJob(
        this, [r] { return r; },
        [](const QJsonObject &, bool &done) {
            done = true;
            return Step::done();
        });
}

DoneJob *Client::detachCenChildInstance(const QString &cenId, const QString &vpcId,
                                        const QString &regionId, const QString &ownerUid) {
    const Params params{{QStringLiteral("CenId"), cenId},
                        {QStringLiteral("ChildInstanceId"), vpcId},
                        {QStringLiteral("ChildInstanceOwnerId"), ownerUid},
                        {QStringLiteral("ChildInstanceRegionId"), regionId},
                        {QStringLiteral("ChildInstanceType"), QStringLiteral("VPC")}};
    const ProviderRequest r =
        request(QStringLiteral("cbn"), "DetachCenChildInstance", kCen, params, false);
    return new DoneJob(
        this, [r] { return r; },
        [](const QJsonObject &, bool &done) {
            done = true;
            return Step::done();
        });
}

DoneJob *Client::revokeSecurityGroup(const QString &securityGroupId, const QString &ruleId,
                                     const QString &clientToken) {
    const Params params{
        {QStringLiteral("ClientToken"), clientToken.isEmpty() ? newClientToken() : clientToken},
        {QStringLiteral("RegionId"), m_account.regionId},
        {QStringLiteral("SecurityGroupId"), securityGroupId},
        {QStringLiteral("SecurityGroupRuleId.1"), ruleId}};
    const ProviderRequest r = request(QStringLiteral("ecs"), "RevokeSecurityGroup", kEcs, params);
    return new DoneJob(
        this, [r] { return r; },
        [](const QJsonObject &, bool &done) {
            done = true;
            return Step::done();
        });
}

SecurityGroupAttributeJob *Client::describeSecurityGroupAttribute(const QString &securityGroupId,
                                                                  const QString &direction) {
    const ProviderRequest first =
        request(QStringLiteral("ecs"), "DescribeSecurityGroupAttribute", kEcs,
                {{QStringLiteral("RegionId"), m_account.regionId},
                 {QStringLiteral("SecurityGroupId"), securityGroupId},
                 {QStringLiteral("Direction"), direction},
                 {QStringLiteral("MaxResults"), QStringLiteral("1000")}});
    return new SecurityGroupAttributeJob(
        this, [first] { return first; },
        [first](const QJsonObject &body, SecurityGroupAttribute &group) {
            group.id = str(body, "SecurityGroupId");
            group.vpcId = str(body, "VpcId");
            for (const QJsonValue &v : listOf(body, "Permissions", "Permission"))
                group.rules.append(ruleFrom(v.toObject()));
            const QString next = str(body, "NextToken");
            if (next.isEmpty())
                return Step::done();
            return Step::then(withParam(first, QStringLiteral("NextToken"), next));
        });
}

} // namespace vpw::aliyun
