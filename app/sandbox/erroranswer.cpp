#include "erroranswer.h"

#include "app/wire/codec.h"

#include <QJsonDocument>

namespace vpw::sandbox {

QJsonObject ErrorAnswer::toJson() const {
    return wire::errorToJson({code, message, field, resources, extra});
}

HttpResponse ErrorAnswer::toResponse() const {
    return HttpResponse::json(status, QJsonDocument(toJson()));
}

ErrorAnswer makeError(int status, const char *code, const QString &message, const QString &field) {
    ErrorAnswer error;
    error.status = status;
    error.code = QLatin1String(code);
    error.message = message;
    error.field = field;
    return error;
}

std::optional<QJsonObject> jsonObjectBody(const QByteArray &body, ErrorAnswer *error) {
    wire::Decoded<QJsonObject> parsed = wire::parseObject(body);
    if (!parsed.value) {
        *error = makeError(400, ErrorCode::BadRequest,
                           QStringLiteral("The body must be a JSON object: ") +
                               parsed.error.text(wire::DecodeError::Language::English) +
                               QLatin1Char('.'));
        return std::nullopt;
    }
    return std::move(parsed.value);
}

} // namespace vpw::sandbox
