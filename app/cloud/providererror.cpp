#include "providererror.h"

namespace vpw::cloud {

bool ProviderError::isTransient() const {
    switch (kind) {
    case Network:
        return code.isEmpty(); // an unusable endpoint will not cure itself
    case Timeout:
        return true;
    case Http:
        return throttled || httpStatus == 429 || httpStatus >= 500;
    case Decode:
    case Tls:
        return false;
    }
    return false;
}

QString ProviderError::userMessage() const {
    if (!explanation.isEmpty())
        return explanation;
    switch (kind) {
    case Network:
        return tr("The cloud provider's API could not be reached. Check the network connection "
                  "and the endpoint.");
    case Timeout:
        return tr("The cloud provider's API did not answer in time. Try again later.");
    case Http:
        return tr("The cloud provider refused the request (%1). Its message is shown below.")
            .arg(code.isEmpty() ? QString::number(httpStatus) : code);
    case Decode:
        return tr("The cloud provider's answer could not be read.");
    case Tls:
        return tr("The secure connection to the cloud provider could not be established; "
                  "nothing was sent.");
    }
    return {};
}

QString ProviderError::debugString() const {
    static const char *const names[] = {"Network", "Timeout", "Http", "Decode", "Tls"};
    QString text = QLatin1String(names[kind]);
    if (httpStatus != 0)
        text += QLatin1Char(' ') + QString::number(httpStatus);
    if (!code.isEmpty())
        text += QLatin1Char(' ') + code;
    if (!requestId.isEmpty())
        text += QLatin1String(" (request ") + requestId + QLatin1Char(')');
    if (!message.isEmpty())
        text += QLatin1String(": ") + message;
    return text;
}

} // namespace vpw::cloud
