#pragma once

#include "httpmessage.h"

#include "app/core/model.h"
#include "app/wire/errorcode.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace vpw::sandbox {

// The error codes of docs/api.md live in app/wire/errorcode.h (the client compares with the
// same constants).
namespace ErrorCode = wire::ErrorCode;

// An error answer: {"code", "message", "field"?} plus optional extra members (e.g. the
// `resources` of RESOURCES_BOUND, the `suggestion` of INVALID_FIELD), encoded by
// wire::errorToJson. The server side of what the client reads as cloud::ApiError.
struct ErrorAnswer {
    int status = 400;
    QString code;
    QString message;
    QString field;
    QList<BoundResource> resources; // RESOURCES_BOUND
    QJsonObject extra;

    QJsonObject toJson() const;
    HttpResponse toResponse() const;
};

ErrorAnswer makeError(int status, const char *code, const QString &message,
                      const QString &field = {});

// A request body that must be a JSON object: the object, or nullopt with `error` set to
// 400 BAD_REQUEST.
std::optional<QJsonObject> jsonObjectBody(const QByteArray &body, ErrorAnswer *error);

} // namespace vpw::sandbox
