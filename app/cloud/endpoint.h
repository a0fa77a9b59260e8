#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace vpw::cloud {

// Where the peering API lives and the credentials to call it with. `baseUrl` is the service
// root ("https://api.example.com" or "http://127.0.0.1:8080"); the client appends "/api/v1".
// The secret is only held in memory here: it comes from secrets::SecretStore and is sent only
// in the Authorization header.
struct Endpoint {
    Q_DECLARE_TR_FUNCTIONS(vpw::cloud::Endpoint)

public:
    QUrl baseUrl;
    QString apiKey;
    QString apiSecret;

    // Checks the base URL (not the credentials: wrong ones are the server's 401).
    // Rules: a valid absolute http(s) URL with a host, no user info (credentials never go in
    // a URL), no query or fragment; plain http only for a loopback host (127.0.0.0/8, ::1,
    // "localhost"), every other host must use https.
    // Returns a translated, actionable message, or nullopt when the URL is acceptable.
    static std::optional<QString> checkBaseUrl(const QUrl &url);
    std::optional<QString> check() const { return checkBaseUrl(baseUrl); }

    // True for "localhost", 127.0.0.0/8 and ::1 (the host as QUrl::host() gives it).
    static bool isLoopbackHost(const QString &host);
};

} // namespace vpw::cloud
