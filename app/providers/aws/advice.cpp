#include "parts.h"

#include <QCoreApplication>

namespace vpw::providers::aws {

// Every code has its own text (a missing case fails the build: -Wswitch, -Werror).
QString failureAdvice(FailureCode code) {
    const char *text = nullptr;
    switch (code) {
    case FailureCode::WindowClosed:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "EMQX Cloud stopped waiting for the peering connection before it could accept it. "
            "Next step: check in the AWS console that the peering connection is still pending "
            "acceptance, then create the peering again.");
        break;
    case FailureCode::Rejected:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "The peering connection was rejected or deleted on the AWS side. Next step: create a "
            "new peering connection in the AWS console (Account: Another account, Account ID: "
            "the EMQX Cloud account ID, VPC ID (Accepter): the deployment VPC ID), then create "
            "the peering again.");
        break;
    case FailureCode::NotFound:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "EMQX Cloud did not find the peering connection in the deployment's region. Next "
            "step: check the peering connection ID in the AWS console and that your VPC is in "
            "the deployment's region, then create the peering again.");
        break;
    case FailureCode::WrongVpc:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "The peering connection does not connect your VPC to the deployment's VPC. Next "
            "step: in the AWS console, check that the requester VPC is the VPC ID you entered "
            "and the accepter VPC is the deployment VPC ID, then create the peering again.");
        break;
    case FailureCode::WrongAccount:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "The peering connection does not name the EMQX Cloud account as the accepter, or its "
            "requester VPC owner is not the account ID you entered. Next step: check both "
            "account IDs in the AWS console, then create the peering again.");
        break;
    case FailureCode::Expired:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "The peering connection request expired before EMQX Cloud accepted it (AWS keeps a "
            "request for 7 days). Next step: create a new peering connection in the AWS "
            "console, then create the peering again.");
        break;
    case FailureCode::Other:
        text = QT_TRANSLATE_NOOP(
            "vpw::Advice",
            "AWS could not complete the peering. Next step: read the reason EMQX Cloud gives, "
            "correct it in the AWS console, then create the peering again.");
        break;
    case FailureCode::None:
        return {};
    }
    return QCoreApplication::translate("vpw::Advice", text);
}

QString failureReason(FailureCode code) {
    switch (code) {
    case FailureCode::WindowClosed:
        return QStringLiteral("The peering connection was not ready in time.");
    case FailureCode::Rejected:
        return QStringLiteral("The VPC peering connection was rejected.");
    case FailureCode::NotFound:
        return QStringLiteral("The VPC peering connection was not found in the deployment's "
                              "region.");
    case FailureCode::WrongVpc:
        return QStringLiteral("The accepter VPC of the peering connection is not the "
                              "deployment's VPC.");
    case FailureCode::WrongAccount:
        return QStringLiteral("The requester VPC owner does not match the account ID.");
    case FailureCode::Expired:
        return QStringLiteral("The VPC peering connection request expired.");
    case FailureCode::Other:
        return QStringLiteral("The peering could not be completed.");
    case FailureCode::None:
        return {};
    }
    return {};
}

} // namespace vpw::providers::aws
