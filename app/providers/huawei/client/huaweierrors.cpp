// The translated explanations of the Huawei Cloud error codes providers-api.md §3.3 names.
#include "huaweiclient.h"

#include <QRegularExpression>

namespace vpw::huawei {

QString Client::explain(const QString &code, const QString &message) {
    if (code == QLatin1String("APIGW.0301")) {
        if (message.contains(QLatin1String("ak not exist")))
            return tr("Huawei Cloud does not know this access key (AK). Check the AK, or create "
                      "one under My Credentials.");
        return tr("Huawei Cloud rejected the signature: the secret key (SK) is wrong. Enter the "
                  "SK that belongs to this AK. After five failures in a row Huawei Cloud locks "
                  "the key for 5 minutes.");
    }
    if (code == QLatin1String("IAM.0004"))
        return tr("Huawei Cloud does not know this access key (AK). Check the AK, or create one "
                  "under My Credentials.");
    if (code == QLatin1String("APIGW.0303"))
        return tr("Huawei Cloud refused the request because this computer's clock is more than "
                  "15 minutes off. Correct the system time and try again.");
    if (code == QLatin1String("APIGW.0308"))
        return tr("Huawei Cloud is limiting the request rate for this account. Wait a moment "
                  "and try again.");
    if (code == QLatin1String("VPC.0003"))
        return tr("This VPC does not exist in the project.");
    if (code == QLatin1String("VPC.0004"))
        return tr("This VPC is not active yet. Wait until its status is OK.");
    if (code == QLatin1String("VPC.0007"))
        return tr("The project ID does not match the key's project. Check the project ID of "
                  "the region in My Credentials.");
    if (code == QLatin1String("VPC.0010") || code == QLatin1String("VPC.2201")) {
        static const QRegularExpression action(QStringLiteral("([a-z]+:[A-Za-z]+:[A-Za-z]+)"));
        const QRegularExpressionMatch match = action.match(message);
        if (match.hasMatch())
            return tr("The IAM user of this key may not call %1. Add it to the user's policy "
                      "(the policy file shipped with the application lists every action "
                      "needed).")
                .arg(match.captured(1));
        return tr("The IAM user of this key lacks a permission for this call. Attach the policy "
                  "shipped with the application to the user.");
    }
    if (code == QLatin1String("VPC.2701"))
        return tr("The Huawei Cloud account is frozen or in arrears; its resources cannot be "
                  "changed.");
    return {};
}

} // namespace vpw::huawei
