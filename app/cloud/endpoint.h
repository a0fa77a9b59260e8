#pragma once

#include "app/core/endpointrule.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace vpw::cloud {

// Where the peering API lives and the credentials to call it with. `baseUrl` is the service
// root ("https://api.example.com" or "http://127.0.0.1:8080"); the client appends "/api/v1".
// The secret is only held in memory here: it comes from secrets::SecretStore and is sent only
// in the Authorization header.
struct Endpoint {
    QUrl baseUrl;
    QString apiKey;
    QString apiSecret;

    // Checks the base URL against the one endpoint rule (app/core/endpointrule.h: an absolute
    // http(s) URL with a host, no user info, no query or fragment, https unless loopback).
    // Not the credentials: wrong ones are the server's 401.
    // Returns the translated, actionable message, or nullopt when the URL is acceptable.
    static std::optional<QString> checkBaseUrl(const QUrl &url);
    std::optional<QString> check() const { return checkBaseUrl(baseUrl); }
    std::optional<EndpointProblem> problem() const { return checkEndpoint(baseUrl); }

    // True for "localhost", 127.0.0.0/8 and ::1 (the host as QUrl::host() gives it).
    static bool isLoopbackHost(const QString &host) { return vpw::isLoopbackHost(host); }
};

} // namespace vpw::cloud
