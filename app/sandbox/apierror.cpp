#include "apierror.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace vpw::sandbox {

QJsonObject ApiError::toJson() const {
    QJsonObject object = extra;
    object.insert(QStringLiteral("code"), code);
    object.insert(QStringLiteral("message"), message);
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    return object;
}

HttpResponse ApiError::toResponse() const {
    return HttpResponse::json(status, QJsonDocument(toJson()));
}

ApiError makeError(int status, const char *code, const QString &message, const QString &field) {
    ApiError error;
    error.status = status;
    error.code = QLatin1String(code);
    error.message = message;
    error.field = field;
    return error;
}

std::optional<QJsonObject> jsonObjectBody(const QByteArray &body, ApiError *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = makeError(400, ErrorCode::BadRequest,
                           QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

} // namespace vpw::sandbox
