#pragma once

#include "erroranswer.h"
#include "httpmessage.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace vpw::sandbox {

// Fault injection for /api/v1 (never /sandbox/v1), set by PUT /sandbox/v1/faults. All members
// are optional; see docs/api.md "Faults". Deterministic: `errorRate` fails requests in an
// even pattern (0.5: the 1st, 3rd, 5th... matching request), never at random.
struct FaultConfig {
    int latencyMs = 0;
    double errorRate = 0.0;          // share of matching requests answered with `status`
    int status = 503;                // 5xx used by errorRate
    bool errorAfterHandling = false; // "when":"after": the request takes effect, the answer is lost
    bool forceRateLimit = false;
    int retryAfter = 1; // seconds, for forceRateLimit
    bool malformedJson = false;
    bool truncatedBody = false;
    bool hang = false;
    std::optional<int> count; // only the next N matching requests, then the faults clear
    QString method;           // only requests with this method ("" = any)
    QString path;             // only this path template ("/api/v1/deployments/{deploymentId}")

    bool isEmpty() const;
    QJsonObject toJson() const;
    // Strict: unknown members, wrong types and out-of-range values are a 400 naming the field.
    static std::optional<FaultConfig> fromJson(const QByteArray &body, ErrorAnswer *error);
};

// What to do with one request.
struct FaultDecision {
    int latencyMs = 0;
    bool hang = false;
    std::optional<int> errorStatus; // answer with this 5xx
    bool errorAfterHandling = false;
    std::optional<int> rateLimitRetryAfter;
    bool malformedJson = false;
    bool truncatedBody = false;
};

class FaultInjector {
public:
    void set(const FaultConfig &config);
    void clear();
    const FaultConfig &config() const { return m_config; }

    // Consumes one matching request (`pathTemplate` is the route template, or the raw path).
    FaultDecision decide(const QByteArray &method, const QString &pathTemplate);

    static HttpResponse serverError(int status);
    static HttpResponse malformed(const HttpResponse &response);

private:
    FaultConfig m_config;
    qint64 m_matched = 0; // matching requests since the faults were set
};

} // namespace vpw::sandbox
