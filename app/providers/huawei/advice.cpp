#include "parts.h"

#include <QCoreApplication>

namespace vpw::providers::huawei {

// Every code has its own text (a missing case fails the build: -Wswitch, -Werror).
QString failureAdvice(FailureCode code) {
    const char *text = nullptr;
    switch (code) {
    case FailureCode::WindowClosed:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "EMQX Cloud stopped waiting for the peering request before it could accept it. Next "
            "step: check that the peering request still exists in the Huawei Cloud console, "
            "then create the peering again.");
        break;
    case FailureCode::Rejected:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "Huawei Cloud did not accept the peering. Next step: check in the Huawei Cloud "
            "console that the peering request names the EMQX Cloud project ID and VPC ID as its "
            "peer, check the peering ID, VPC ID and user ID, then create the peering again.");
        break;
    case FailureCode::NotFound:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "EMQX Cloud did not find the peering request in the deployment's region. Next step: "
            "check the peering connection ID in the Huawei Cloud console and that your VPC is in "
            "the deployment's region, then create the peering again.");
        break;
    case FailureCode::WrongVpc:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "The peering request does not connect your VPC to the deployment's VPC. Next step: "
            "in the Huawei Cloud console, check the local VPC and that the peer VPC ID is the "
            "deployment VPC ID, then create the peering again.");
        break;
    case FailureCode::WrongAccount:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "The peering request does not name EMQX Cloud's project as its peer, or it belongs "
            "to another user than the user ID you entered. Next step: check the peer project ID "
            "and your user ID (My Credentials), then create the peering again.");
        break;
    case FailureCode::Expired:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "The peering request expired before EMQX Cloud accepted it. Next step: create a new "
            "peering request in the Huawei Cloud console, then create the peering again.");
        break;
    case FailureCode::Other:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "Huawei Cloud could not complete the peering. Next step: read the reason EMQX Cloud "
            "gives, correct it in the Huawei Cloud console, then create the peering again.");
        break;
    case FailureCode::None:
        return {};
    }
    return QCoreApplication::translate("vpw::Advice", text);
}

QString failureReason(FailureCode code) {
    switch (code) {
    case FailureCode::WindowClosed:
        return QStringLiteral("The peering request was not ready in time.");
    case FailureCode::Rejected:
        return QStringLiteral("The peering request was rejected by the peer account.");
    case FailureCode::NotFound:
        return QStringLiteral("The peering connection was not found in the deployment's region.");
    case FailureCode::WrongVpc:
        return QStringLiteral("The peering connection does not name the deployment's VPC.");
    case FailureCode::WrongAccount:
        return QStringLiteral("The peering connection does not name EMQX Cloud's project.");
    case FailureCode::Expired:
        return QStringLiteral("The peering request expired.");
    case FailureCode::Other:
        return QStringLiteral("The peering could not be completed.");
    case FailureCode::None:
        return {};
    }
    return {};
}

} // namespace vpw::providers::huawei
