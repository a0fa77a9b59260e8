#include "codecs.h"

namespace vpw::cloud {

ApiError decodeError(const wire::DecodeError &error) {
    return ApiError::decode(error.path, error.problemText());
}

void readErrorBody(const QByteArray &body, ApiError &error) {
    wire::ErrorBody decoded = wire::decodeErrorBody(body);
    error.code = std::move(decoded.code);
    error.message = std::move(decoded.message);
    error.field = std::move(decoded.field);
    error.resources = std::move(decoded.resources);
}

} // namespace vpw::cloud
