#include "parts.h"

#include <QCoreApplication>

namespace vpw::providers::aliyun {

// Every code has its own text (a missing case fails the build: -Wswitch, -Werror).
QString failureAdvice(FailureCode code) {
    const char *text = nullptr;
    switch (code) {
    case FailureCode::WindowClosed:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "The 10-minute window closed before the VPC was loaded into the cloud enterprise "
            "network (CEN). Next step: create the peering again and load the network instance "
            "into the CEN within 10 minutes of submitting it.");
        break;
    case FailureCode::Rejected:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "Alibaba Cloud did not accept the peering. Next step: check the CEN instance ID, the "
            "account ID and the VPC ID in the Alibaba Cloud console, then create the peering "
            "again.");
        break;
    case FailureCode::NotFound:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "EMQX Cloud did not find the CEN instance in the deployment's region. Next step: "
            "check in the Alibaba Cloud console that the CEN instance ID is right and that the "
            "instance exists, then create the peering again.");
        break;
    case FailureCode::WrongVpc:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "The VPC attached to the CEN instance is not the VPC you entered. Next step: check "
            "in the Alibaba Cloud console which VPC is attached to the CEN instance, then create "
            "the peering again with that VPC ID and its CIDR block.");
        break;
    case FailureCode::WrongAccount:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "The CEN instance belongs to another Alibaba Cloud account than the account ID you "
            "entered. Next step: check the account ID on the Alibaba Cloud console's overview "
            "page, then create the peering again.");
        break;
    case FailureCode::Expired:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "The request expired before the deployment's VPC was loaded into the CEN instance. "
            "Next step: create the peering again and load the network instance right away.");
        break;
    case FailureCode::Other:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "Alibaba Cloud could not complete the peering. Next step: read the reason EMQX Cloud "
            "gives, correct it in the Alibaba Cloud console, then create the peering again.");
        break;
    case FailureCode::None:
        return {};
    }
    return QCoreApplication::translate("vpw::Advice", text);
}

QString failureReason(FailureCode code) {
    switch (code) {
    case FailureCode::WindowClosed:
        return QStringLiteral(
            "The network instance was not loaded into the CEN within 10 minutes.");
    case FailureCode::Rejected:
        return QStringLiteral("The peering request was rejected by the peer account.");
    case FailureCode::NotFound:
        return QStringLiteral("The CEN instance was not found in the deployment's region.");
    case FailureCode::WrongVpc:
        return QStringLiteral(
            "The VPC attached to the CEN instance is not the VPC of the request.");
    case FailureCode::WrongAccount:
        return QStringLiteral("The CEN instance belongs to another account.");
    case FailureCode::Expired:
        return QStringLiteral("The request expired before the network instance was loaded.");
    case FailureCode::Other:
        return QStringLiteral("The peering could not be completed.");
    case FailureCode::None:
        return {};
    }
    return {};
}

} // namespace vpw::providers::aliyun
