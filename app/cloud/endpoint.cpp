#include "endpoint.h"

#include <QHostAddress>

namespace vpw::cloud {

bool Endpoint::isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> Endpoint::checkBaseUrl(const QUrl &url) {
    if (url.isEmpty())
        return tr("Enter the API endpoint, for example https://api.example.com.");
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("The API endpoint is not a valid address. Enter a full URL such as "
                  "https://api.example.com.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The API endpoint must start with https://.");
    if (!url.userInfo().isEmpty())
        return tr("Remove the user name and password from the endpoint address: the API key "
                  "and secret are entered separately and never sent in a URL.");
    if (url.hasQuery() || url.hasFragment())
        return tr("Remove the part after \"?\" or \"#\" from the endpoint address.");
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("The endpoint %1 must use https://: plain http is only allowed for a server "
                  "on this computer (localhost).")
            .arg(url.host());
    return std::nullopt;
}

} // namespace vpw::cloud
