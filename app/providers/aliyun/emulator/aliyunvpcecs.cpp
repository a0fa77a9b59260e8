// VPC (2016-04-28) and ECS (2014-05-26) operations of the emulator.
#include "aliyunapi.h"
#include "aliyunemulator.h"

namespace vpw::aliyun::emu {

namespace {

const QString kVpcVersion = QStringLiteral("2016-04-28");
const QString kEcsVersion = QStringLiteral("2014-05-26");

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

qint64 ms(const QJsonObject &o, const char *key) {
    return qint64(o.value(QLatin1String(key)).toDouble());
}

bool operatorOwns(const QJsonObject &o) {
    return str(o, "OwnerId") == QLatin1String(kOperatorUid);
}

QJsonObject vpcView(const QJsonObject &vpc) {
    return {{QStringLiteral("VpcId"), str(vpc, "VpcId")},
            {QStringLiteral("RegionId"), str(vpc, "RegionId")},
            {QStringLiteral("VpcName"), str(vpc, "VpcName")},
            {QStringLiteral("CidrBlock"), str(vpc, "CidrBlock")},
            {QStringLiteral("SecondaryCidrBlocks"),
             QJsonObject{{QStringLiteral("SecondaryCidrBlock"), QJsonArray()}}},
            {QStringLiteral("Status"), QStringLiteral("Available")},
            {QStringLiteral("OwnerId"), str(vpc, "OwnerId").toLongLong()},
            {QStringLiteral("IsDefault"), false},
            {QStringLiteral("CreationTime"), secondTime(ms(vpc, "CreatedAt"))}};
}

Answer vpcNotFound(const QString &vpcId) {
    return Answer::error(404, QStringLiteral("InvalidVpcId.NotFound"),
                         QStringLiteral("Specified VPC %1 does not exist.").arg(vpcId));
}

Answer describeVpcs(const Call &call) {
    if (auto missing = require(call, {QStringLiteral("RegionId")}))
        return *missing;
    Page page;
    if (auto bad = readPage(call, &page))
        return *bad;
    const QString region = call.param(QStringLiteral("RegionId"));
    const QString ids = call.param(QStringLiteral("VpcId"));
    const QStringList wanted = ids.split(u',', Qt::SkipEmptyParts);
    if (wanted.size() > 20)
        return Answer::error(400, QStringLiteral("InvalidParameter.VpcId"),
                             QStringLiteral("At most 20 VPC IDs can be given."));
    const QString name = call.param(QStringLiteral("VpcName"));
    QList<QJsonObject> matching;
    for (const QJsonObject &vpc : call.store->all(kVpc)) {
        if (!operatorOwns(vpc) || str(vpc, "RegionId") != region)
            continue;
        if (!wanted.isEmpty() && !wanted.contains(str(vpc, "VpcId")))
            continue;
        if (!name.isEmpty() && str(vpc, "VpcName") != name)
            continue;
        matching.append(vpcView(vpc));
    }
    return Answer::ok(
        {{QStringLiteral("Vpcs"), QJsonObject{{QStringLiteral("Vpc"), pageOf(matching, page)}}},
         {QStringLiteral("PageNumber"), page.number},
         {QStringLiteral("PageSize"), page.size},
         {QStringLiteral("TotalCount"), matching.size()}});
}

Answer describeVpcAttribute(const Call &call) {
    if (auto missing = require(call, {QStringLiteral("RegionId"), QStringLiteral("VpcId")}))
        return *missing;
    const QString vpcId = call.param(QStringLiteral("VpcId"));
    const QJsonObject vpc = call.store->get(kVpc, vpcId);
    if (vpc.isEmpty() || !operatorOwns(vpc) ||
        str(vpc, "RegionId") != call.param(QStringLiteral("RegionId")))
        return vpcNotFound(vpcId);
    QJsonArray cens;
    for (const QJsonObject &child : call.store->all(kChild)) {
        if (str(child, "ChildInstanceId") != vpcId)
            continue;
        const QJsonObject cen = call.store->get(kCen, str(child, "CenId"));
        cens.append(QJsonObject{{QStringLiteral("CenId"), str(child, "CenId")},
                                {QStringLiteral("CenOwnerId"), str(cen, "OwnerId").toLongLong()},
                                {QStringLiteral("CenStatus"), call.nowMs >= ms(child, "ReadyAt")
                                                                  ? QStringLiteral("Attached")
                                                                  : QStringLiteral("Attaching")}});
    }
    QJsonObject body = vpcView(vpc);
    body.insert(QStringLiteral("AssociatedCens"),
                QJsonObject{{QStringLiteral("AssociatedCen"), cens}});
    return Answer::ok(body);
}

QJsonObject ownedGroup(const Call &call, const QString &id) {
    const QJsonObject group = call.store->get(kSecurityGroup, id);
    if (group.isEmpty() || !operatorOwns(group) ||
        str(group, "RegionId") != call.param(QStringLiteral("RegionId")))
        return {};
    return group;
}

Answer groupNotFound(const QString &id) {
    return Answer::error(404, QStringLiteral("InvalidSecurityGroupId.NotFound"),
                         QStringLiteral("The specified security group %1 does not exist.").arg(id));
}

// The operator's security group a call names (RegionId, SecurityGroupId), into `group`; else
// the error to answer.
std::optional<Answer> calledGroup(const Call &call, QJsonObject *group) {
    if (auto missing =
            require(call, {QStringLiteral("RegionId"), QStringLiteral("SecurityGroupId")}))
        return missing;
    const QString id = call.param(QStringLiteral("SecurityGroupId"));
    *group = ownedGroup(call, id);
    if (group->isEmpty())
        return groupNotFound(id);
    return std::nullopt;
}

Answer describeSecurityGroups(const Call &call) {
    if (auto missing = require(call, {QStringLiteral("RegionId")}))
        return *missing;
    Page page;
    if (auto bad = readPage(call, &page, 100))
        return *bad;
    const QString vpcId = call.param(QStringLiteral("VpcId"));
    const QString groupId = call.param(QStringLiteral("SecurityGroupId"));
    QList<QJsonObject> matching;
    for (const QJsonObject &group : call.store->all(kSecurityGroup)) {
        if (!operatorOwns(group) ||
            str(group, "RegionId") != call.param(QStringLiteral("RegionId")))
            continue;
        if ((!vpcId.isEmpty() && str(group, "VpcId") != vpcId) ||
            (!groupId.isEmpty() && str(group, "SecurityGroupId") != groupId))
            continue;
        matching.append({{QStringLiteral("SecurityGroupId"), str(group, "SecurityGroupId")},
                         {QStringLiteral("SecurityGroupName"), str(group, "SecurityGroupName")},
                         {QStringLiteral("Description"), str(group, "Description")},
                         {QStringLiteral("VpcId"), str(group, "VpcId")},
                         {QStringLiteral("SecurityGroupType"), QStringLiteral("normal")},
                         {QStringLiteral("CreationTime"), secondTime(ms(group, "CreatedAt"))}});
    }
    return Answer::ok({{QStringLiteral("SecurityGroups"),
                        QJsonObject{{QStringLiteral("SecurityGroup"), pageOf(matching, page)}}},
                       {QStringLiteral("RegionId"), call.param(QStringLiteral("RegionId"))},
                       {QStringLiteral("PageNumber"), page.number},
                       {QStringLiteral("PageSize"), page.size},
                       {QStringLiteral("TotalCount"), matching.size()}});
}

// Rule n of the request: "Permissions.n.X", or the legacy unprefixed "X" when n is 0.
QString rulePart(const Call &call, int n, const char *name) {
    const QString key = n == 0
                            ? QLatin1String(name)
                            : QStringLiteral("Permissions.%1.%2").arg(n).arg(QLatin1String(name));
    return call.param(key);
}

bool sameRule(const QJsonObject &a, const QJsonObject &b) {
    for (const char *key : {"Direction", "PortRange", "SourceCidrIp", "Policy", "Priority"}) {
        if (str(a, key) != str(b, key))
            return false;
    }
    return str(a, "IpProtocol").compare(str(b, "IpProtocol"), Qt::CaseInsensitive) == 0;
}

Answer authorizeSecurityGroup(const Call &call) {
    if (auto replayed = replay(call))
        return *replayed;
    QJsonObject group;
    if (auto error = calledGroup(call, &group))
        return *error;
    const QString id = call.param(QStringLiteral("SecurityGroupId"));
    // DryRun=true: checked (the permission included), nothing created (providers-api.md §2.2).
    if (call.param(QStringLiteral("DryRun")) == QLatin1String("true"))
        return Answer::error(400, QStringLiteral("DryRunOperation"),
                             QStringLiteral("Request validation has been passed with DryRun "
                                            "flag set."));
    const bool prefixed = !rulePart(call, 1, "IpProtocol").isEmpty();
    if (prefixed && !call.param(QStringLiteral("IpProtocol")).isEmpty())
        return Answer::error(400, QStringLiteral("InvalidParam.Permissions"),
                             QStringLiteral("Permissions.N and the unprefixed rule parameters "
                                            "cannot be mixed."));
    QJsonArray rules = group.value(QStringLiteral("Permissions")).toArray();
    bool changed = false;
    for (int n = prefixed ? 1 : 0; n <= (prefixed ? 100 : 0); ++n) {
        const QString protocol = rulePart(call, n, "IpProtocol").toUpper();
        if (protocol.isEmpty())
            break;
        static const QStringList kProtocols{QStringLiteral("TCP"), QStringLiteral("UDP"),
                                            QStringLiteral("ICMP"), QStringLiteral("GRE"),
                                            QStringLiteral("ALL")};
        if (!kProtocols.contains(protocol))
            return Answer::error(400, QStringLiteral("InvalidIpProtocol.Malformed"),
                                 QStringLiteral("The specified IpProtocol is invalid."));
        const QString ports = rulePart(call, n, "PortRange");
        if (ports.isEmpty())
            return Answer::error(400, QStringLiteral("MissingPortRange"),
                                 QStringLiteral("PortRange is mandatory for this action."));
        const QString source = rulePart(call, n, "SourceCidrIp");
        if (source.isEmpty() && rulePart(call, n, "SourceGroupId").isEmpty())
            return Answer::error(400, QStringLiteral("MissingSourceCidrIp"),
                                 QStringLiteral("A source (SourceCidrIp or SourceGroupId) is "
                                                "mandatory for this action."));
        const QString policy = rulePart(call, n, "Policy").toLower();
        QString priority = rulePart(call, n, "Priority");
        if (priority.isEmpty())
            priority = QStringLiteral("1");
        QString nicType = rulePart(call, n, "NicType");
        if (nicType.isEmpty())
            nicType = QStringLiteral("intranet");
        const QJsonObject rule{
            {QStringLiteral("SecurityGroupRuleId"), randomId(QStringLiteral("sgr-"), 20)},
            {QStringLiteral("Direction"), QStringLiteral("ingress")},
            {QStringLiteral("IpProtocol"), protocol},
            {QStringLiteral("PortRange"), ports},
            {QStringLiteral("SourceCidrIp"), source},
            {QStringLiteral("SourceGroupId"), rulePart(call, n, "SourceGroupId")},
            {QStringLiteral("Policy"),
             policy == QLatin1String("drop") ? QStringLiteral("Drop") : QStringLiteral("Accept")},
            {QStringLiteral("Priority"), priority},
            {QStringLiteral("NicType"), nicType},
            {QStringLiteral("Description"), rulePart(call, n, "Description")},
            {QStringLiteral("CreateTime"), secondTime(call.nowMs)}};
        // "If the specified security group rule already exists, the call succeeds but no rule
        // is added."
        bool exists = false;
        for (const QJsonValue &existing : std::as_const(rules))
            exists = exists || sameRule(existing.toObject(), rule);
        if (!exists) {
            rules.append(rule);
            changed = true;
        }
    }
    if (changed) {
        group.insert(QStringLiteral("Permissions"), rules);
        call.store->put(kSecurityGroup, id, group);
    }
    remember(call, {});
    return Answer::ok({}, true);
}

// RevokeSecurityGroup by SecurityGroupRuleId.N (the form the client sends): every ID must be an
// ingress rule of the group, else InvalidParam.SecurityGroupRuleId and nothing is removed (the
// behaviour since July 2024; the Permissions.N form is not emulated).
Answer revokeSecurityGroup(const Call &call) {
    if (auto replayed = replay(call))
        return *replayed;
    QJsonObject group;
    if (auto error = calledGroup(call, &group))
        return *error;
    const QString id = call.param(QStringLiteral("SecurityGroupId"));
    QStringList ruleIds;
    for (int n = 1; n <= 100; ++n) {
        const QString ruleId = call.param(QStringLiteral("SecurityGroupRuleId.%1").arg(n));
        if (ruleId.isEmpty())
            break;
        ruleIds << ruleId;
    }
    if (ruleIds.isEmpty())
        return Answer::error(400, QStringLiteral("InvalidParam.Permissions"),
                             QStringLiteral("SecurityGroupRuleId.N is mandatory (the Permissions.N "
                                            "form is not emulated)."));
    QJsonArray kept;
    QStringList found;
    for (const QJsonValue &rule : group.value(QStringLiteral("Permissions")).toArray()) {
        const QString ruleId = str(rule.toObject(), "SecurityGroupRuleId");
        if (ruleIds.contains(ruleId) &&
            str(rule.toObject(), "Direction") == QLatin1String("ingress"))
            found << ruleId;
        else
            kept.append(rule);
    }
    for (const QString &ruleId : std::as_const(ruleIds)) {
        if (!found.contains(ruleId))
            return Answer::error(400, QStringLiteral("InvalidParam.SecurityGroupRuleId"),
                                 QStringLiteral("The specified security group rule %1 does not "
                                                "exist.")
                                     .arg(ruleId));
    }
    group.insert(QStringLiteral("Permissions"), kept);
    call.store->put(kSecurityGroup, id, group);
    remember(call, {});
    return Answer::ok({}, true);
}

Answer describeSecurityGroupAttribute(const Call &call) {
    QJsonObject group;
    if (auto error = calledGroup(call, &group))
        return *error;
    const QString id = call.param(QStringLiteral("SecurityGroupId"));
    QString direction = call.param(QStringLiteral("Direction"));
    if (direction.isEmpty())
        direction = QStringLiteral("all");
    bool ok = true;
    const QString max = call.param(QStringLiteral("MaxResults"));
    const int maxResults = max.isEmpty() ? 500 : max.toInt(&ok);
    if (!ok || maxResults < 10 || maxResults > 1000)
        return Answer::error(400, QStringLiteral("InvalidParameter.MaxResults"),
                             QStringLiteral("MaxResults must be from 10 to 1000."));
    const QString token = call.param(QStringLiteral("NextToken"));
    const int first = token.isEmpty() ? 0 : token.toInt(&ok);
    if (!ok || first < 0)
        return Answer::error(400, QStringLiteral("InvalidNextToken.Malformed"),
                             QStringLiteral("The specified NextToken is invalid."));
    QList<QJsonObject> matching;
    for (const QJsonValue &rule : group.value(QStringLiteral("Permissions")).toArray()) {
        const QJsonObject r = rule.toObject();
        if (direction == QLatin1String("all") || str(r, "Direction") == direction)
            matching.append(r);
    }
    QJsonArray page;
    for (int i = first; i < matching.size() && i < first + maxResults; ++i)
        page.append(matching.at(i));
    const int next = first + maxResults;
    return Answer::ok(
        {{QStringLiteral("SecurityGroupId"), id},
         {QStringLiteral("SecurityGroupName"), str(group, "SecurityGroupName")},
         {QStringLiteral("VpcId"), str(group, "VpcId")},
         {QStringLiteral("RegionId"), str(group, "RegionId")},
         {QStringLiteral("InnerAccessPolicy"), QStringLiteral("Accept")},
         {QStringLiteral("Permissions"), QJsonObject{{QStringLiteral("Permission"), page}}},
         {QStringLiteral("NextToken"),
          next < matching.size() ? QString::number(next) : QString()}});
}

} // namespace

std::optional<Answer> vpcEcsOperation(const Call &call) {
    if (call.version == kVpcVersion) {
        if (call.action == QLatin1String("DescribeVpcs"))
            return describeVpcs(call);
        if (call.action == QLatin1String("DescribeVpcAttribute"))
            return describeVpcAttribute(call);
    } else if (call.version == kEcsVersion) {
        if (call.action == QLatin1String("DescribeSecurityGroups"))
            return describeSecurityGroups(call);
        if (call.action == QLatin1String("AuthorizeSecurityGroup"))
            return authorizeSecurityGroup(call);
        if (call.action == QLatin1String("RevokeSecurityGroup"))
            return revokeSecurityGroup(call);
        if (call.action == QLatin1String("DescribeSecurityGroupAttribute"))
            return describeSecurityGroupAttribute(call);
    }
    return std::nullopt;
}

} // namespace vpw::aliyun::emu
