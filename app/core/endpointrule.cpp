#include "endpointrule.h"

#include <QCoreApplication>
#include <QStringList>

namespace vpw {

namespace {

// "127.x.y.z" in QUrl's canonical dotted form.
bool isLoopbackIpv4(QStringView host) {
    const QList<QStringView> parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255 || part.isEmpty())
            return false;
    }
    return parts.first() == u"127";
}

} // namespace

// Without QHostAddress: core is QtCore only. QUrl already normalises the host (IPv4 short
// forms expanded, IPv6 compressed and lower case), so textual checks are exact.
bool isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    if (host == QLatin1String("::1"))
        return true;
    const QString mapped = QStringLiteral("::ffff:");
    if (host.startsWith(mapped, Qt::CaseInsensitive))
        return isLoopbackIpv4(QStringView(host).mid(mapped.size()));
    return isLoopbackIpv4(host);
}

std::optional<EndpointProblem> checkEndpoint(const QUrl &url) {
    if (url.isEmpty())
        return EndpointProblem::Empty;
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return EndpointProblem::NotAUrl;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return EndpointProblem::UnsupportedScheme;
    if (!url.userInfo().isEmpty())
        return EndpointProblem::UserInfo;
    if (url.hasQuery() || url.hasFragment())
        return EndpointProblem::QueryOrFragment;
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return EndpointProblem::HttpsRequired;
    return std::nullopt;
}

QString endpointProblemText(EndpointProblem problem, const QUrl &url) {
    switch (problem) {
    case EndpointProblem::Empty:
        return QCoreApplication::translate(
            "vpw::EndpointRule", "Enter the API endpoint, for example https://api.example.com.");
    case EndpointProblem::NotAUrl:
        return QCoreApplication::translate(
            "vpw::EndpointRule",
            "The API endpoint is not a valid address. Enter a full URL such as "
            "https://api.example.com.");
    case EndpointProblem::UnsupportedScheme:
        return QCoreApplication::translate("vpw::EndpointRule",
                                           "The API endpoint must start with https://.");
    case EndpointProblem::UserInfo:
        return QCoreApplication::translate(
            "vpw::EndpointRule",
            "Remove the user name and password from the endpoint address: the API key "
            "and secret are entered separately and never sent in a URL.");
    case EndpointProblem::QueryOrFragment:
        return QCoreApplication::translate(
            "vpw::EndpointRule", "Remove the part after \"?\" or \"#\" from the endpoint address.");
    case EndpointProblem::HttpsRequired:
        return QCoreApplication::translate(
                   "vpw::EndpointRule",
                   "The endpoint %1 must use https://: plain http is only allowed for a server "
                   "on this computer (localhost).")
            .arg(url.host());
    }
    return {};
}

} // namespace vpw
