#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace vpw {

// The one rule for the address of a peering API ("endpoint"), applied by the profile store
// when a profile is saved, by the profile form as it is typed and by the client before every
// request:
//  - an absolute http or https URL with a host;
//  - no user info: credentials never go in a URL (the API key and secret are separate);
//  - no query and no fragment (the client appends /api/v1/... to the path);
//  - https, unless the host is this computer (loopback): 127.0.0.0/8, ::1 or "localhost".
enum class EndpointProblem {
    Empty,             // nothing entered
    NotAUrl,           // not a valid absolute URL with a host
    UnsupportedScheme, // neither http nor https
    UserInfo,          // "https://user:password@host"
    QueryOrFragment,   // "?..." or "#..."
    HttpsRequired,     // plain http to a host that is not this computer
};

// The first rule `url` breaks, or nullopt when it is an acceptable endpoint.
std::optional<EndpointProblem> checkEndpoint(const QUrl &url);

// The translated, actionable sentence for `problem` (`url` names the host where it helps; the
// user info is never repeated).
QString endpointProblemText(EndpointProblem problem, const QUrl &url = {});

// True for "localhost", 127.0.0.0/8 and ::1 (also as ::ffff:127.x.y.z), the host as
// QUrl::host() gives it.
bool isLoopbackHost(const QString &host);

} // namespace vpw
