#include "apierror.h"

#include "app/wire/errorcode.h"

#include <QStringList>

#include <algorithm>

namespace vpw::cloud {

namespace {

bool is(const QString &code, const char *name) {
    return code == QLatin1String(name);
}

} // namespace

ApiError ApiError::decode(const QString &field, const QString &detail) {
    ApiError error;
    error.kind = Decode;
    error.field = field;
    error.message = field.isEmpty() ? detail : field + QLatin1String(": ") + detail;
    return error;
}

bool ApiError::isTransient() const {
    switch (kind) {
    case Network:
        return code.isEmpty(); // INVALID_ENDPOINT will not cure itself
    case Timeout:
        return true;
    case Http:
        return httpStatus == 429 || httpStatus >= 500;
    case Decode:
    case Tls:
        return false;
    }
    return false;
}

QString ApiError::debugString() const {
    static const char *const names[] = {"Network", "Timeout", "Http", "Decode", "Tls"};
    QString text = QLatin1String(names[kind]);
    if (httpStatus != 0)
        text += QLatin1Char(' ') + QString::number(httpStatus);
    if (!code.isEmpty())
        text += QLatin1Char(' ') + code;
    if (!field.isEmpty())
        text += QLatin1String(" [") + field + QLatin1Char(']');
    if (retryAfterSeconds)
        text += QLatin1String(" retry-after=") + QString::number(*retryAfterSeconds);
    if (!message.isEmpty())
        text += QLatin1String(": ") + message;
    return text;
}

// The wait in the largest unit that keeps it readable, rounded up (never sooner than the
// server asked). 64-bit arithmetic: the wait may be up to a year (kMaxRetryAfterSeconds).
QString ApiError::retryLaterMessage(qint64 seconds) {
    seconds = std::max<qint64>(seconds, 0);
    const auto roundUp = [seconds](qint64 unit) {
        return int((seconds + unit - 1) / unit);
    };
    if (seconds <= 90)
        return tr("Too many requests to the peering API. Try again in %n second(s).", nullptr,
                  int(seconds));
    if (seconds <= 90 * 60)
        return tr("Too many requests to the peering API. Try again in %n minute(s).", nullptr,
                  roundUp(60));
    if (seconds <= 48 * 3600)
        return tr("Too many requests to the peering API. Try again in %n hour(s).", nullptr,
                  roundUp(3600));
    return tr("Too many requests to the peering API. Try again in %n day(s).", nullptr,
              roundUp(86400));
}

// One place for every sentence the operator can see about a failed call.
QString ApiError::userMessage() const {
    switch (kind) {
    case Network:
        if (is(code, InvalidEndpoint))
            return tr("The API endpoint of this profile is not usable. Edit the profile and "
                      "enter a full https:// address.");
        return tr("Could not reach the peering API. Check your network connection and the "
                  "endpoint of this profile, then try again.");
    case Timeout:
        return tr("The peering API did not answer in time. Try again; if it keeps happening, "
                  "check your network connection or the service status.");
    case Tls:
        if (is(code, HttpsRequired))
            return tr("This endpoint must use https://. Plain http is only allowed for a "
                      "server on this computer.");
        return tr("The secure connection to the peering API could not be verified, so nothing "
                  "was sent. Check the endpoint address and the system's certificates.");
    case Decode:
        if (is(code, TooLarge))
            return tr("The peering API sent an unexpectedly large answer, so it was not read. "
                      "Check that the endpoint is the peering API.");
        if (is(code, Truncated))
            return tr("The answer of the peering API was cut off. Try again.");
        return tr("The answer of the peering API could not be understood (%1). Check that the "
                  "endpoint is the peering API and that the app is up to date.")
            .arg(field.isEmpty() ? message : field);
    case Http:
        break;
    }

    if (httpStatus == 401 || is(code, wire::ErrorCode::Unauthorized))
        return tr("The API key or secret was rejected. Check the credentials of this profile.");
    if (is(code, wire::ErrorCode::EditionUnsupported))
        return tr("VPC peering is not available for shared or free-trial deployments. Use a "
                  "dedicated deployment.");
    if (httpStatus == 403)
        return tr("This API key is not allowed to do that. Check the key's permissions.");
    if (is(code, wire::ErrorCode::CidrReserved))
        return tr("The VPC CIDR is inside EMQX Cloud's reserved range. Choose a CIDR outside it.");
    if (is(code, wire::ErrorCode::CidrOverlap))
        return tr("The VPC CIDR overlaps the deployment's CIDR or the CIDR of another peering. "
                  "Choose a CIDR that does not overlap.");
    if (is(code, wire::ErrorCode::RegionMismatch))
        return tr("The VPC must be in the same region as the deployment. Choose a VPC in the "
                  "deployment's region.");
    if (is(code, wire::ErrorCode::Duplicate))
        return tr("This deployment already has a peering with this peering ID. Check the "
                  "peering list before creating another.");
    if (is(code, wire::ErrorCode::IdempotencyMismatch))
        return tr("The request was changed after it was first sent. Submit it again as a new "
                  "request.");
    if (is(code, wire::ErrorCode::NotRunning))
        return tr("Only a running peering can be deleted. Wait until it is running.");
    if (is(code, wire::ErrorCode::ResourcesBound)) {
        QStringList names;
        for (const BoundResource &resource : resources)
            names << resource.name;
        return tr("Rule-engine resources are still bound to this peering (%1). Delete them "
                  "first, or force the deletion.")
            .arg(names.join(QLatin1String(", ")));
    }
    if (is(code, wire::ErrorCode::InvalidField) || (httpStatus == 422 && !field.isEmpty()))
        return tr("The server rejected the value of \"%1\". Correct it and submit again.")
            .arg(field);
    if (httpStatus == 404)
        return tr("The deployment or peering was not found; it may have been deleted. Refresh "
                  "the list.");
    if (httpStatus == 429) {
        if (retryAfterSeconds)
            return retryLaterMessage(*retryAfterSeconds);
        return tr("Too many requests to the peering API. Wait a moment and try again.");
    }
    if (httpStatus >= 500)
        return tr("The peering API had an internal problem (HTTP %1). Try again later.")
            .arg(httpStatus);
    if (httpStatus == 400 || httpStatus == 405 || httpStatus == 413)
        return tr("The peering API refused the request as malformed (HTTP %1). This is a bug "
                  "in the app: please report it.")
            .arg(httpStatus);
    return tr("The peering API answered with an unexpected status (HTTP %1).").arg(httpStatus);
}

} // namespace vpw::cloud
