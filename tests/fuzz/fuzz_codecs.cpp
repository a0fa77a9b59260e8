// libFuzzer target: the JSON codecs of the API, in both directions. The input is decoded by
// every client decoder (Deployment, Peering, their lists, an error body) and by the sandbox's
// state-file readers. Whatever decodes must survive a round trip: encoded by the server's
// encoder and decoded again, it encodes to the very same JSON (encode∘decode is the identity
// on decoded values). A create request encoded by the client must carry its fields unchanged.
//
// The codecs fuzzed are app/cloud/codecs.h (client) and app/sandbox/codec.h (server), the two
// sides of docs/api.md.

#include "fuzzcheck.h"

#include "app/cloud/codecs.h"
#include "app/sandbox/codec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace vpw;

namespace {

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

template <typename T>
QByteArray encodeList(const QList<T> &items, QJsonObject (*encode)(const T &)) {
    QJsonArray array;
    for (const T &item : items)
        array.append(encode(item));
    return json(QJsonObject{{QStringLiteral("data"), array}});
}

// decode(encode(value)) must succeed and encode to the same bytes as `value`.
template <typename T, typename Encode, typename Decode>
void roundTrip(const T &value, Encode encode, Decode decode, const char *what) {
    const QByteArray once = encode(value);
    const auto again = decode(once);
    fuzz::check(again.value.has_value(), what,
                QStringLiteral("re-decoding failed: ") + again.error.message);
    fuzz::check(encode(*again.value) == once, what, QString::fromUtf8(once));
}

void checkRequestEncoding(const Peering &peering) {
    const PeeringRequest request{peering.peeringId, peering.accountId, peering.vpcId, peering.cidr,
                                 peering.deploymentId};
    const QJsonObject sent = QJsonDocument::fromJson(cloud::encodePeeringRequest(request)).object();
    const auto same = [&sent](const char *key, const QString &value) {
        return sent.value(QLatin1String(key)).toString() == value;
    };
    fuzz::check(same("peeringId", request.peeringId) && same("accountId", request.accountId) &&
                    same("vpcId", request.vpcId) && same("cidr", request.cidr.toString()) &&
                    (request.region.isEmpty() ? !sent.contains(QLatin1String("region"))
                                              : same("region", request.region)),
                "a create request carries its fields unchanged");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto encodeDeployment = [](const Deployment &d) {
        return json(sandbox::deploymentToJson(d));
    };
    const auto encodePeering = [](const Peering &p) {
        return json(sandbox::peeringToJson(p));
    };

    if (const auto deployment = cloud::decodeDeployment(body); deployment.value)
        roundTrip(*deployment.value, encodeDeployment, cloud::decodeDeployment, "deployment");
    if (const auto peering = cloud::decodePeering(body); peering.value) {
        roundTrip(*peering.value, encodePeering, cloud::decodePeering, "peering");
        checkRequestEncoding(*peering.value);
    }
    if (const auto list = cloud::decodeDeploymentList(body); list.value) {
        roundTrip(
            *list.value,
            [](const QList<Deployment> &l) { return encodeList(l, sandbox::deploymentToJson); },
            cloud::decodeDeploymentList, "deployment list");
    }
    if (const auto list = cloud::decodePeeringList(body); list.value) {
        roundTrip(
            *list.value,
            [](const QList<Peering> &l) { return encodeList(l, sandbox::peeringToJson); },
            cloud::decodePeeringList, "peering list");
    }
    cloud::ApiError error;
    cloud::readErrorBody(body, error);

    // The sandbox's own readers (its state file) on the same object.
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString problem;
    if (const auto peering = sandbox::peeringFromJson(object, QStringLiteral("p"), &problem))
        roundTrip(
            *peering, encodePeering,
            [](const QByteArray &b) {
                QString e;
                const auto p = sandbox::peeringFromJson(QJsonDocument::fromJson(b).object(),
                                                        QStringLiteral("p"), &e);
                return cloud::Decoded<Peering>{p, cloud::ApiError::decode({}, e)};
            },
            "peering (state file)");
    sandbox::deploymentFromJson(object, QStringLiteral("d"), &problem);
    return 0;
}
