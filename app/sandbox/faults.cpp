#include "faults.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QtMath>

#include <cmath>

namespace vpw::sandbox {

bool FaultConfig::isEmpty() const {
    return latencyMs == 0 && errorRate == 0.0 && !forceRateLimit && !malformedJson &&
           !truncatedBody && !hang;
}

QJsonObject FaultConfig::toJson() const {
    QJsonObject object{
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("errorRate"), errorRate},
        {QStringLiteral("status"), status},
        {QStringLiteral("when"),
         errorAfterHandling ? QStringLiteral("after") : QStringLiteral("before")},
        {QStringLiteral("forceRateLimit"), forceRateLimit},
        {QStringLiteral("retryAfter"), retryAfter},
        {QStringLiteral("malformedJson"), malformedJson},
        {QStringLiteral("truncatedBody"), truncatedBody},
        {QStringLiteral("hang"), hang},
    };
    if (count)
        object.insert(QStringLiteral("count"), *count);
    if (!method.isEmpty())
        object.insert(QStringLiteral("method"), method);
    if (!path.isEmpty())
        object.insert(QStringLiteral("path"), path);
    return object;
}

namespace {

// One member of the faults object, checked and stored.
class FaultParser {
public:
    explicit FaultParser(const QJsonObject &object)
        : m_object(object) {}

    bool boolean(const char *key, bool *out) {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return reject(key, QStringLiteral("must be true or false"));
        *out = value.toBool();
        return true;
    }

    bool integer(const char *key, int min, int max, int *out) {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        const double number = value.toDouble(-1e300);
        // std::floor, not qFloor: qFloor returns an int, undefined for 1e40 (found by fuzzing).
        if (!value.isDouble() || number != std::floor(number) || number < min || number > max) {
            return reject(key,
                          QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
        }
        *out = int(number);
        return true;
    }

    bool text(const char *key, QString *out) {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return reject(key, QStringLiteral("must be a string"));
        *out = value.toString();
        return true;
    }

    bool reject(const char *key, const QString &message) {
        m_error = makeError(400, ErrorCode::BadRequest,
                            QLatin1String(key) + QStringLiteral(" ") + message, QLatin1String(key));
        return false;
    }

    const ErrorAnswer &error() const { return m_error; }

private:
    QJsonObject m_object;
    ErrorAnswer m_error;
};

bool parseErrorRate(const QJsonObject &object, FaultParser &in, double *rate) {
    const QJsonValue value = object.value(QStringLiteral("errorRate"));
    if (value.isUndefined())
        return true;
    if (!value.isDouble() || value.toDouble() < 0.0 || value.toDouble() > 1.0)
        return in.reject("errorRate", QStringLiteral("must be a number from 0 to 1"));
    *rate = value.toDouble();
    return true;
}

bool checkMembers(const QJsonObject &object, FaultParser &in) {
    static const QSet<QString> known{
        QStringLiteral("latencyMs"),      QStringLiteral("errorRate"),
        QStringLiteral("status"),         QStringLiteral("when"),
        QStringLiteral("forceRateLimit"), QStringLiteral("retryAfter"),
        QStringLiteral("malformedJson"),  QStringLiteral("truncatedBody"),
        QStringLiteral("hang"),           QStringLiteral("count"),
        QStringLiteral("method"),         QStringLiteral("path")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            const QByteArray key = it.key().toUtf8();
            return in.reject(key.constData(), QStringLiteral("is not a known fault"));
        }
    }
    return true;
}

} // namespace

std::optional<FaultConfig> FaultConfig::fromJson(const QByteArray &body, ErrorAnswer *error) {
    const std::optional<QJsonObject> parsed = jsonObjectBody(body, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &object = *parsed;
    FaultParser in(object);
    FaultConfig config;
    QString when = QStringLiteral("before");
    int count = -1;
    const bool statusGiven = object.contains(QStringLiteral("status"));
    const bool ok = checkMembers(object, in) &&
                    in.integer("latencyMs", 0, 600000, &config.latencyMs) &&
                    parseErrorRate(object, in, &config.errorRate) &&
                    in.integer("status", 500, 599, &config.status) && in.text("when", &when) &&
                    in.boolean("forceRateLimit", &config.forceRateLimit) &&
                    in.integer("retryAfter", 0, 86400, &config.retryAfter) &&
                    in.boolean("malformedJson", &config.malformedJson) &&
                    in.boolean("truncatedBody", &config.truncatedBody) &&
                    in.boolean("hang", &config.hang) && in.integer("count", 1, 1000000, &count) &&
                    in.text("method", &config.method) && in.text("path", &config.path);
    if (ok && when != QLatin1String("before") && when != QLatin1String("after"))
        in.reject("when", QStringLiteral("must be \"before\" or \"after\""));
    if (!ok || !in.error().code.isEmpty()) {
        *error = in.error();
        return std::nullopt;
    }
    // A status alone means "every matching request fails with it".
    if (statusGiven && !object.contains(QStringLiteral("errorRate")))
        config.errorRate = 1.0;
    config.errorAfterHandling = when == QLatin1String("after");
    config.method = config.method.toUpper();
    if (count > 0)
        config.count = count;
    return config;
}

void FaultInjector::set(const FaultConfig &config) {
    m_config = config;
    m_matched = 0;
}

void FaultInjector::clear() {
    set(FaultConfig());
}

FaultDecision FaultInjector::decide(const QByteArray &method, const QString &pathTemplate) {
    FaultDecision decision;
    if (m_config.isEmpty())
        return decision;
    if (!m_config.method.isEmpty() && m_config.method.toLatin1() != method)
        return decision;
    if (!m_config.path.isEmpty() && m_config.path != pathTemplate)
        return decision;

    const qint64 index = m_matched++;
    decision.latencyMs = m_config.latencyMs;
    decision.hang = m_config.hang;
    // Request i (0-based) fails when ceil((i+1)*rate) > ceil(i*rate): an even spread that
    // starts with a failure, so "errorRate 0.5" fails the first attempt and passes the retry.
    const double rate = m_config.errorRate;
    if (rate > 0.0 && qCeil(double(index + 1) * rate) > qCeil(double(index) * rate))
        decision.errorStatus = m_config.status;
    decision.errorAfterHandling = m_config.errorAfterHandling;
    if (m_config.forceRateLimit)
        decision.rateLimitRetryAfter = m_config.retryAfter;
    decision.malformedJson = m_config.malformedJson;
    decision.truncatedBody = m_config.truncatedBody;

    if (m_config.count && m_matched >= *m_config.count)
        clear();
    return decision;
}

HttpResponse FaultInjector::serverError(int status) {
    const char *code = status == 503 ? ErrorCode::ServiceUnavailable : ErrorCode::InternalError;
    return makeError(status, code,
                     QStringLiteral("Injected fault: the server answered %1.").arg(status))
        .toResponse();
}

HttpResponse FaultInjector::malformed(const HttpResponse &response) {
    HttpResponse broken = response;
    // Looks like JSON to a glance, is not: an unterminated object.
    broken.body = "{\"data\": [{\"id\": \"peer-broken\", \"state\": ";
    return broken;
}

} // namespace vpw::sandbox
