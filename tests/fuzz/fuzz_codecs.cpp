// libFuzzer target: the JSON codecs of the API (app/wire, shared by client and server), in both
// directions. The input is given to every decoder: the resources, their lists, a page, the
// create request and the error body. Whatever decodes must survive the round trip the contract
// promises (app/wire/codec.h): encoded and decoded again it is accepted, and encodes to the
// very same bytes (encode∘decode is the identity on decoded values). The client's wrappers
// (app/cloud/codecs.h) run on the same input.

#include "fuzzcheck.h"

#include "app/cloud/codecs.h"
#include "app/wire/codec.h"

#include <QJsonDocument>

using namespace vpw;

namespace {

// decode(encode(value)) succeeds and encodes to the same bytes as `value` did.
template <typename T, typename Encode, typename Decode>
void roundTrip(const T &value, Encode encode, Decode decode, const char *what) {
    const QByteArray once = encode(value);
    const auto again = decode(once);
    if (!again.value)
        fuzz::fail(what, QStringLiteral("re-decoding failed: ") + again.error.text() +
                             QStringLiteral(" in ") + QString::fromUtf8(once));
    fuzz::check(encode(*again.value) == once, what, [&] { return QString::fromUtf8(once); });
}

template <typename T, typename Encode, typename Decode>
void checkDocument(const QByteArray &body, Encode encode, Decode decode, const char *what) {
    if (const auto decoded = decode(body); decoded.value)
        roundTrip(*decoded.value, encode, decode, what);
    else
        fuzz::check(decoded.error.isError(), "a refusal says why",
                    [what] { return QString::fromLatin1(what); });
}

QByteArray encodeError(const wire::ErrorBody &error) {
    return QJsonDocument(wire::errorToJson(error)).toJson(QJsonDocument::Compact);
}

// The create request: its members as sent, then (once the CIDR is a canonical one, as the
// client always sends) the client's encoding of the same values, decoded back unchanged.
void checkCreateRequest(const QByteArray &body) {
    const auto decoded = wire::decodeCreateRequest(body);
    if (!decoded.value)
        return;
    const wire::CreateRequestBody &sent = *decoded.value;
    const auto cidr = Cidr::fromString(sent.cidr);
    if (!cidr || cidr->toString() != sent.cidr)
        return;
    const PeeringRequest request{sent.peeringId, sent.accountId, sent.vpcId, *cidr,
                                 sent.region.value_or(QString())};
    const auto again = wire::decodeCreateRequest(wire::encodeCreateRequest(request));
    fuzz::check(again.value.has_value(), "an encoded create request decodes");
    const wire::CreateRequestBody &back = *again.value;
    fuzz::check(back.peeringId == sent.peeringId && back.accountId == sent.accountId &&
                    back.vpcId == sent.vpcId && back.cidr == sent.cidr &&
                    back.region.value_or(QString()) == request.region &&
                    (request.region.isEmpty() ? !back.region.has_value() : true),
                "a create request carries its members unchanged",
                [&] { return QString::fromUtf8(body); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    checkDocument<Deployment>(body, wire::encodeDeployment, wire::decodeDeployment, "deployment");
    checkDocument<Peering>(body, wire::encodePeering, wire::decodePeering, "peering");
    checkDocument<QList<Deployment>>(body, wire::encodeDeploymentList, wire::decodeDeploymentList,
                                     "deployment list");
    checkDocument<QList<Peering>>(body, wire::encodePeeringList, wire::decodePeeringList,
                                  "peering list");
    checkDocument<wire::PeeringPageBody>(body, wire::encodePeeringPage, wire::decodePeeringPage,
                                         "peering page");
    checkCreateRequest(body);

    // The error body is lenient (never refused): its encoding must still be stable.
    const wire::ErrorBody error = wire::decodeErrorBody(body);
    const QByteArray encoded = encodeError(error);
    fuzz::check(encodeError(wire::decodeErrorBody(encoded)) == encoded, "error body round trip",
                [&] { return QString::fromUtf8(encoded); });

    // The client's view of the same bytes.
    cloud::decodePeeringList(body);
    cloud::ApiError apiError;
    cloud::readErrorBody(body, apiError);
    return 0;
}
