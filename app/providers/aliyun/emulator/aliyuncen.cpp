// CEN (cbn 2017-09-12) operations of the emulator, and the helpers every handler shares.
#include "aliyunapi.h"
#include "aliyunemulator.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace vpw::aliyun::emu {

namespace {

const QString kCenVersion = QStringLiteral("2017-09-12");

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

qint64 ms(const QJsonObject &o, const char *key) {
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QJsonObject ownedCen(const Call &call, const QString &cenId) {
    const QJsonObject cen = call.store->get(kCen, cenId);
    if (cen.isEmpty() || str(cen, "OwnerId") != QLatin1String(kOperatorUid))
        return {};
    return cen;
}

Answer cenNotFound(const QString &cenId) {
    return Answer::error(400, QStringLiteral("ParameterCenInstanceId"),
                         QStringLiteral("The specified CenId %1 does not exist.").arg(cenId));
}

QString childStatus(const Call &call, const QJsonObject &child) {
    return call.nowMs >= ms(child, "ReadyAt") ? QStringLiteral("Attached")
                                              : QStringLiteral("Attaching");
}

QJsonObject childView(const Call &call, const QJsonObject &child) {
    return {
        {QStringLiteral("CenId"), str(child, "CenId")},
        {QStringLiteral("ChildInstanceId"), str(child, "ChildInstanceId")},
        {QStringLiteral("ChildInstanceType"), str(child, "ChildInstanceType")},
        {QStringLiteral("ChildInstanceRegionId"), str(child, "ChildInstanceRegionId")},
        {QStringLiteral("ChildInstanceOwnerId"), str(child, "ChildInstanceOwnerId").toLongLong()},
        {QStringLiteral("ChildInstanceAttachTime"), minuteTime(ms(child, "AttachedAt"))},
        {QStringLiteral("Status"), childStatus(call, child)}};
}

QList<QJsonObject> childrenOf(const Call &call, const QString &cenId) {
    QList<QJsonObject> out;
    for (const QJsonObject &child : call.store->all(kChild)) {
        if (str(child, "CenId") == cenId)
            out.append(child);
    }
    return out;
}

Answer createCen(const Call &call) {
    if (auto replayed = replay(call))
        return *replayed;
    const QString name = call.param(QStringLiteral("Name"));
    if (name.size() > 128 || name.startsWith(QLatin1String("http://")) ||
        name.startsWith(QLatin1String("https://")))
        return Answer::error(400, QStringLiteral("InvalidParameter.Name"),
                             QStringLiteral("The specified Name is invalid."));
    const QString protection = call.param(QStringLiteral("ProtectionLevel"));
    if (!protection.isEmpty() && protection != QLatin1String("REDUCED"))
        return Answer::error(400, QStringLiteral("InvalidParameter.ProtectionLevel"),
                             QStringLiteral("The specified ProtectionLevel is invalid."));
    // DryRun=true: checked (the permission included), nothing created (providers-api.md §2.2).
    if (call.param(QStringLiteral("DryRun")) == QLatin1String("true"))
        return Answer::error(400, QStringLiteral("DryRunOperation"),
                             QStringLiteral("Request validation has been passed with DryRun "
                                            "flag set."));
    const QString id = randomId(QStringLiteral("cen-"), 18);
    call.store->put(kCen, id,
                    {{QStringLiteral("CenId"), id},
                     {QStringLiteral("Name"), name},
                     {QStringLiteral("Description"), call.param(QStringLiteral("Description"))},
                     {QStringLiteral("ProtectionLevel"), QStringLiteral("REDUCED")},
                     {QStringLiteral("OwnerId"), QLatin1String(kOperatorUid)},
                     {QStringLiteral("Edition"), QStringLiteral("Basic")},
                     {QStringLiteral("CreatedAt"), call.nowMs},
                     {QStringLiteral("ReadyAt"), call.nowMs + call.cenCreateMs}});
    const QJsonObject body{{QStringLiteral("CenId"), id}};
    remember(call, body);
    return Answer::ok(body, true);
}

Answer describeCens(const Call &call) {
    Page page;
    if (auto bad = readPage(call, &page))
        return *bad;
    QHash<QString, QStringList> filters;
    for (int n = 1; n <= 5; ++n) {
        const QString key = call.param(QStringLiteral("Filter.%1.Key").arg(n));
        if (key.isEmpty())
            continue;
        if (key != QLatin1String("CenId") && key != QLatin1String("Name"))
            return Answer::error(400, QStringLiteral("InvalidParameter.Filter"),
                                 QStringLiteral("The filter key %1 is not supported.").arg(key));
        for (int m = 1; m <= 5; ++m) {
            const QString value = call.param(QStringLiteral("Filter.%1.Value.%2").arg(n).arg(m));
            if (!value.isEmpty())
                filters[key].append(value);
        }
    }
    QList<QJsonObject> matching;
    for (const QJsonObject &cen : call.store->all(kCen)) {
        if (str(cen, "OwnerId") != QLatin1String(kOperatorUid))
            continue;
        bool keep = true;
        for (auto it = filters.cbegin(); it != filters.cend(); ++it)
            keep = keep && it.value().contains(str(cen, it.key().toLatin1().constData()));
        if (!keep)
            continue;
        const bool active = call.nowMs >= ms(cen, "ReadyAt");
        matching.append(
            {{QStringLiteral("CenId"), str(cen, "CenId")},
             {QStringLiteral("Name"), str(cen, "Name")},
             {QStringLiteral("Description"), str(cen, "Description")},
             {QStringLiteral("Status"),
              active ? QStringLiteral("Active") : QStringLiteral("Creating")},
             {QStringLiteral("ProtectionLevel"), str(cen, "ProtectionLevel")},
             {QStringLiteral("CreationTime"), minuteTime(ms(cen, "CreatedAt"))},
             {QStringLiteral("CenBandwidthPackageIds"),
              QJsonObject{{QStringLiteral("CenBandwidthPackageId"), QJsonArray()}}},
             {QStringLiteral("Tags"), QJsonObject{{QStringLiteral("Tag"), QJsonArray()}}},
             {QStringLiteral("Ipv6Level"), QStringLiteral("DISABLED")}});
    }
    return Answer::ok(
        {{QStringLiteral("Cens"), QJsonObject{{QStringLiteral("Cen"), pageOf(matching, page)}}},
         {QStringLiteral("PageNumber"), page.number},
         {QStringLiteral("PageSize"), page.size},
         {QStringLiteral("TotalCount"), matching.size()}});
}

Answer attachChild(const Call &call) {
    if (auto missing = require(call, {QStringLiteral("CenId"), QStringLiteral("ChildInstanceId"),
                                      QStringLiteral("ChildInstanceType"),
                                      QStringLiteral("ChildInstanceRegionId")}))
        return *missing;
    const QString cenId = call.param(QStringLiteral("CenId"));
    const QString vpcId = call.param(QStringLiteral("ChildInstanceId"));
    const QJsonObject cen = ownedCen(call, cenId);
    if (cen.isEmpty())
        return cenNotFound(cenId);
    if (call.nowMs < ms(cen, "ReadyAt"))
        return Answer::error(400, QStringLiteral("InvalidOperation.CenInstanceStatus"),
                             QStringLiteral("The operation is not allowed because the CEN "
                                            "instance is in the Creating state."));
    if (call.param(QStringLiteral("ChildInstanceType")) != QLatin1String("VPC"))
        return Answer::error(400, QStringLiteral("InvalidParameter.ChildInstanceType"),
                             QStringLiteral("Only VPC child instances are emulated."));
    QString owner = call.param(QStringLiteral("ChildInstanceOwnerId"));
    if (owner.isEmpty())
        owner = QLatin1String(kOperatorUid);
    const QJsonObject vpc = call.store->get(kVpc, vpcId);
    if (vpc.isEmpty() || str(vpc, "OwnerId") != owner ||
        str(vpc, "RegionId") != call.param(QStringLiteral("ChildInstanceRegionId")))
        return Answer::error(400, QStringLiteral("ParameterInstanceId"),
                             QStringLiteral("The specified ChildInstanceId %1 does not exist in "
                                            "the region and account given.")
                                 .arg(vpcId));
    // The Basic-edition API: a region where the CEN has an Enterprise transit router takes VPCs
    // with CreateTransitRouterVpcAttachment only (the code is the emulator's choice: the
    // providers' documents do not say what the real API answers, providers-api.md §2.3).
    if (const QString router = enterpriseRouterIn(call, cenId, str(vpc, "RegionId"));
        !router.isEmpty())
        return Answer::error(400, QStringLiteral("OperationUnsupported.TransitRouterType"),
                             QStringLiteral("The transit router %1 of the CEN in region %2 is of "
                                            "the Enterprise edition: attach VPCs with "
                                            "CreateTransitRouterVpcAttachment.")
                                 .arg(router, str(vpc, "RegionId")));
    // EMQX's grant, once visible (a grant made late is not there yet: delayGrants()).
    const QJsonObject grant = call.store->get(kGrant, vpcId + u'/' + cenId);
    if (owner != QLatin1String(kOperatorUid) &&
        (grant.isEmpty() ||
         qint64(grant.value(QStringLiteral("VisibleAt")).toDouble()) > call.nowMs))
        return Answer::error(409, QStringLiteral("Forbbiden.AttachChildInstanceAcrossUid"),
                             QStringLiteral("Operation is invalid because the child-instance is "
                                            "not authorized to CEN."));
    for (const QJsonObject &child : call.store->all(kChild)) {
        if (str(child, "ChildInstanceId") == vpcId)
            return Answer::error(409,
                                 QStringLiteral("InvalidOperation.ChildInstanceAlreadyAttached"),
                                 QStringLiteral("The child instance %1 has already been attached "
                                                "to CEN %2.")
                                     .arg(vpcId, str(child, "CenId")));
    }
    call.store->put(kChild, cenId + u'/' + vpcId,
                    {{QStringLiteral("CenId"), cenId},
                     {QStringLiteral("ChildInstanceId"), vpcId},
                     {QStringLiteral("ChildInstanceType"), QStringLiteral("VPC")},
                     {QStringLiteral("ChildInstanceRegionId"), str(vpc, "RegionId")},
                     {QStringLiteral("ChildInstanceOwnerId"), owner},
                     {QStringLiteral("AttachedAt"), call.nowMs},
                     {QStringLiteral("ReadyAt"), call.nowMs + call.attachMs}});
    return Answer::ok({}, true);
}

Answer describeChildren(const Call &call) {
    if (auto missing = require(call, {QStringLiteral("CenId")}))
        return *missing;
    Page page;
    if (auto bad = readPage(call, &page))
        return *bad;
    const QString cenId = call.param(QStringLiteral("CenId"));
    if (ownedCen(call, cenId).isEmpty())
        return cenNotFound(cenId);
    const QString region = call.param(QStringLiteral("ChildInstanceRegionId"));
    const QString type = call.param(QStringLiteral("ChildInstanceType"));
    QList<QJsonObject> matching;
    for (const QJsonObject &child : childrenOf(call, cenId)) {
        if ((region.isEmpty() || str(child, "ChildInstanceRegionId") == region) &&
            (type.isEmpty() || str(child, "ChildInstanceType") == type))
            matching.append(childView(call, child));
    }
    return Answer::ok({{QStringLiteral("ChildInstances"),
                        QJsonObject{{QStringLiteral("ChildInstance"), pageOf(matching, page)}}},
                       {QStringLiteral("PageNumber"), page.number},
                       {QStringLiteral("PageSize"), page.size},
                       {QStringLiteral("TotalCount"), matching.size()}});
}

// The child instance a call names (CenId, ChildInstanceId, ChildInstanceType,
// ChildInstanceRegionId), attached to a CEN of the caller in that region, into `child`; else the
// error to answer (not attached: ParameterInstanceId).
std::optional<Answer> attachedChild(const Call &call, QJsonObject *child) {
    if (auto missing = require(call, {QStringLiteral("CenId"), QStringLiteral("ChildInstanceId"),
                                      QStringLiteral("ChildInstanceType"),
                                      QStringLiteral("ChildInstanceRegionId")}))
        return missing;
    const QString cenId = call.param(QStringLiteral("CenId"));
    const QString vpcId = call.param(QStringLiteral("ChildInstanceId"));
    if (ownedCen(call, cenId).isEmpty())
        return cenNotFound(cenId);
    *child = call.store->get(kChild, cenId + u'/' + vpcId);
    if (child->isEmpty() ||
        str(*child, "ChildInstanceRegionId") != call.param(QStringLiteral("ChildInstanceRegionId")))
        return Answer::error(
            400, QStringLiteral("ParameterInstanceId"),
            QStringLiteral("The child instance %1 is not attached to CEN %2.").arg(vpcId, cenId));
    return std::nullopt;
}

Answer describeChildAttribute(const Call &call) {
    QJsonObject child;
    if (auto error = attachedChild(call, &child))
        return *error;
    const QString vpcId = call.param(QStringLiteral("ChildInstanceId"));
    const QJsonObject vpc = call.store->get(kVpc, vpcId);
    QJsonObject body = childView(call, child);
    body.insert(QStringLiteral("ChildInstanceName"), str(vpc, "VpcName"));
    body.insert(QStringLiteral("ChildInstanceAttributes"),
                QJsonObject{{QStringLiteral("CidrBlock"), str(vpc, "CidrBlock")},
                            {QStringLiteral("SecondaryCidrBlocks"), QJsonArray()}});
    return Answer::ok(body);
}

// DetachCenChildInstance: the VPC leaves the CEN at once (the real API passes through
// Detaching; not emulated). Not attached: ParameterInstanceId, as the attribute read answers;
// still Attaching: InvalidOperation.ChildInstanceStatus (codes: the emulator's choice).
Answer detachChild(const Call &call) {
    QJsonObject child;
    if (auto error = attachedChild(call, &child))
        return *error;
    const QString cenId = call.param(QStringLiteral("CenId"));
    const QString vpcId = call.param(QStringLiteral("ChildInstanceId"));
    if (call.nowMs < ms(child, "ReadyAt"))
        return Answer::error(
            400, QStringLiteral("InvalidOperation.ChildInstanceStatus"),
            QStringLiteral("The child instance %1 is still being attached.").arg(vpcId));
    call.store->remove(kChild, cenId + u'/' + vpcId);
    return Answer::ok({}, true);
}

} // namespace

std::optional<Answer> cenOperation(const Call &call) {
    if (call.version != kCenVersion)
        return std::nullopt;
    if (call.action == QLatin1String("CreateCen"))
        return createCen(call);
    if (call.action == QLatin1String("DescribeCens"))
        return describeCens(call);
    if (call.action == QLatin1String("AttachCenChildInstance"))
        return attachChild(call);
    if (call.action == QLatin1String("DetachCenChildInstance"))
        return detachChild(call);
    if (call.action == QLatin1String("DescribeCenAttachedChildInstances"))
        return describeChildren(call);
    if (call.action == QLatin1String("DescribeCenAttachedChildInstanceAttribute"))
        return describeChildAttribute(call);
    return std::nullopt;
}

std::optional<Answer> require(const Call &call, const QStringList &names) {
    for (const QString &name : names) {
        if (call.param(name).isEmpty())
            return Answer::error(400, QStringLiteral("Missing") + name,
                                 QStringLiteral("%1 is mandatory for this action.").arg(name));
    }
    return std::nullopt;
}

std::optional<Answer> readPage(const Call &call, Page *page, int maxSize) {
    const QString number = call.param(QStringLiteral("PageNumber"));
    const QString size = call.param(QStringLiteral("PageSize"));
    bool ok = true;
    if (!number.isEmpty())
        page->number = number.toInt(&ok);
    if (!ok || page->number < 1)
        return Answer::error(400, QStringLiteral("InvalidParameter.PageNumber"),
                             QStringLiteral("The specified PageNumber is invalid."));
    if (!size.isEmpty())
        page->size = size.toInt(&ok);
    if (!ok || page->size < 1 || page->size > maxSize)
        return Answer::error(
            400, QStringLiteral("InvalidParameter.PageSize"),
            QStringLiteral("The specified PageSize is invalid (1 to %1).").arg(maxSize));
    return std::nullopt;
}

QJsonArray pageOf(const QList<QJsonObject> &items, const Page &page) {
    QJsonArray out;
    const qint64 first = qint64(page.number - 1) * page.size;
    for (qint64 i = first; i < items.size() && i < first + page.size; ++i)
        out.append(items.at(i));
    return out;
}

QString randomId(const QString &prefix, int length) {
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id = prefix;
    for (int i = 0; i < length; ++i)
        id += QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(36)]);
    return id;
}

QString minuteTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mmZ"));
}

QString secondTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<Answer> replay(const Call &call) {
    const QString token = call.param(QStringLiteral("ClientToken"));
    if (token.isEmpty())
        return std::nullopt;
    const QJsonObject entry = call.store->get(kToken, call.action + u'/' + token);
    if (entry.isEmpty())
        return std::nullopt;
    return Answer::ok(entry.value(QStringLiteral("Body")).toObject());
}

void remember(const Call &call, const QJsonObject &body) {
    const QString token = call.param(QStringLiteral("ClientToken"));
    if (!token.isEmpty())
        call.store->put(kToken, call.action + u'/' + token,
                        {{QStringLiteral("Body"), body}, {QStringLiteral("At"), call.nowMs}});
}

} // namespace vpw::aliyun::emu
