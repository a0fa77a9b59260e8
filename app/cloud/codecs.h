#pragma once

#include "apierror.h"

#include "app/core/model.h"
#include "app/wire/codec.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vpw::cloud {

// The client's view of the wire format (app/wire/codec.h, shared with the server): the same
// strict decoders, their DecodeError turned into a Decode ApiError whose `field` is the JSON
// path ("data[2].createdAt") and whose `message` is "<path>: <translated problem>".

template <typename T> struct Decoded {
    std::optional<T> value;
    ApiError error; // meaningful when !value

    static Decoded fail(ApiError e) { return {std::nullopt, std::move(e)}; }
};

ApiError decodeError(const wire::DecodeError &error);

template <typename T> Decoded<T> fromWire(wire::Decoded<T> decoded) {
    if (!decoded.value)
        return Decoded<T>::fail(decodeError(decoded.error));
    return {std::move(decoded.value), {}};
}

inline Decoded<Deployment> decodeDeployment(const QByteArray &body) {
    return fromWire(wire::decodeDeployment(body));
}
inline Decoded<QList<Deployment>> decodeDeploymentList(const QByteArray &body) {
    return fromWire(wire::decodeDeploymentList(body));
}
inline Decoded<Peering> decodePeering(const QByteArray &body) {
    return fromWire(wire::decodePeering(body));
}
inline Decoded<QList<Peering>> decodePeeringList(const QByteArray &body) {
    return fromWire(wire::decodePeeringList(body));
}

// The members of an error body (wire::decodeErrorBody, lenient: a proxy's HTML error page
// still gives an Http error with its status) folded into `error`.
void readErrorBody(const QByteArray &body, ApiError &error);

} // namespace vpw::cloud
