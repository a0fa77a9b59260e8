// The translated explanations of the Alibaba Cloud error codes providers-api.md §2.5 and §2.2
// name: what went wrong in the operator's terms, and what to do.
#include "aliyunclient.h"

#include <QRegularExpression>

namespace vpw::aliyun {

QString Client::explain(const QString &code, const QString &message) {
    if (code == QLatin1String("SignatureDoesNotMatch") ||
        code == QLatin1String("IncompleteSignature"))
        return tr("Alibaba Cloud rejected the signature: the AccessKey secret is wrong. Enter the "
                  "secret that belongs to this AccessKey ID.");
    if (code == QLatin1String("InvalidAccessKeyId.NotFound"))
        return tr("Alibaba Cloud does not know this AccessKey ID. Check the ID, or create an "
                  "AccessKey for the RAM user.");
    if (code == QLatin1String("InvalidAccessKeyId.Inactive"))
        return tr("This AccessKey is disabled in Alibaba Cloud. Enable it or use another one.");
    if (code == QLatin1String("InvalidTimeStamp.Expired"))
        return tr("Alibaba Cloud refused the request because this computer's clock is more than "
                  "15 minutes off. Correct the system time and try again.");
    if (code == QLatin1String("SignatureNonceUsed"))
        return tr("Alibaba Cloud saw this request twice and refused the repeat. Try again.");
    if (code.contains(QLatin1String("Throttling")))
        return tr("Alibaba Cloud is limiting the request rate for this account. Wait a moment "
                  "and try again.");
    if (code.startsWith(QLatin1String("Forbidden.RAM")) || code == QLatin1String("NoPermission") ||
        code == QLatin1String("Forbidden")) {
        static const QRegularExpression action(
            QStringLiteral("(?:AuthAction|action)[\":= ]+([A-Za-z]+:[A-Za-z]+)"));
        const QRegularExpressionMatch match = action.match(message);
        if (match.hasMatch())
            return tr("The RAM user of this AccessKey may not call %1. Add it to the user's "
                      "policy (the policy file shipped with the application lists every action "
                      "needed).")
                .arg(match.captured(1));
        return tr("The RAM user of this AccessKey lacks a permission for this call. Attach the "
                  "policy shipped with the application to the user.");
    }
    if (code == QLatin1String("ParameterCenInstanceId"))
        return tr("This CEN instance does not exist in the account.");
    if (code == QLatin1String("InvalidVpcId.NotFound") ||
        code == QLatin1String("ParameterInstanceId"))
        return tr("This VPC does not exist in the account and region given, or it is not "
                  "attached.");
    if (code == QLatin1String("InvalidSecurityGroupId.NotFound"))
        return tr("This security group does not exist in the account and region.");
    if (code == QLatin1String("InvalidOperation.CenInstanceStatus"))
        return tr("The CEN instance is still being created. Wait until it is active.");
    if (code == QLatin1String("Forbbiden.AttachChildInstanceAcrossUid"))
        return tr("The EMQX deployment's VPC is not yet authorized for this CEN. EMQX grants it "
                  "after you submit the CEN ID and account ID in the EMQX console; try again in "
                  "a moment (within the 10-minute window).");
    if (code == QLatin1String("OperationUnsupported.TransitRouterType"))
        return tr("This CEN instance uses an Enterprise Edition transit router in the VPC's "
                  "region. EMQX Cloud's CEN peering attaches VPCs to a Basic Edition CEN only: "
                  "use a CEN without an Enterprise Edition transit router in this region, or "
                  "ask EMQX Cloud support how to connect an Enterprise Edition CEN.");
    if (code == QLatin1String("Forbidden.InstanceNotAuthorized"))
        return tr("The owner of this VPC has not authorized its attachment to this CEN's "
                  "Enterprise Edition transit router (GrantInstanceToTransitRouter).");
    if (code == QLatin1String("IncorrectStatus.CenInstance") ||
        code == QLatin1String("IncorrectStatus.Status"))
        return tr("The CEN instance or its transit router is not ready yet. Wait a moment and "
                  "try again.");
    if (code == QLatin1String("InvalidOperation.ChildInstanceAlreadyAttached"))
        return tr("This VPC is already attached to another CEN instance. Detach it there first.");
    return {};
}

} // namespace vpw::aliyun
