#pragma once

#include "objectreader.h"

#include "app/core/model.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vpw::wire {

// The JSON of docs/api.md, for the client and the server alike (one encoder and one decoder
// per type, so the two sides cannot drift).
//
// Decoders are strict: every member the contract lists must be present with its type
// (nullable members too, as null: see ObjectReader for the rule), enum values, CIDRs and
// reserved ranges must be known and canonical, times RFC 3339 with a zone. The first violation
// is returned as a DecodeError whose path names the member ("data[2].createdAt"). Unknown
// extra members are ignored (forward compatible).
//
// Encoders write what the decoders read: times as "2024-05-01T10:00:00.000Z", an empty
// failureReason, an absent expiresAt and no failureCode as null. failureCode is optional to
// read (absent: none, for older servers) and an unknown code reads as "other". encode -> decode
// gives the value back; decode -> encode gives the same document for every canonical document.

// ---- Resources

QJsonObject deploymentToJson(const Deployment &deployment);
QJsonObject peeringToJson(const Peering &peering);
QJsonObject resourceToJson(const BoundResource &resource);
QJsonArray resourcesToJson(const QList<BoundResource> &resources);

// Readers for an object already parsed (a list item, the state file): nullopt and the error
// recorded in `reader` when it breaks the contract.
std::optional<Deployment> readDeployment(ObjectReader &reader);
std::optional<Peering> readPeering(ObjectReader &reader);
std::optional<BoundResource> readResource(ObjectReader &reader);

// ---- Documents (bytes as sent over HTTP)

QByteArray encodeDeployment(const Deployment &deployment);
QByteArray encodePeering(const Peering &peering);
QByteArray encodeDeploymentList(const QList<Deployment> &deployments); // {"data":[...]}
QByteArray encodePeeringList(const QList<Peering> &peerings);          // {"data":[...]}

Decoded<Deployment> decodeDeployment(const QByteArray &body);
Decoded<QList<Deployment>> decodeDeploymentList(const QByteArray &body);
Decoded<Peering> decodePeering(const QByteArray &body);
Decoded<QList<Peering>> decodePeeringList(const QByteArray &body);

// A page of GET /api/v1/peerings: {"data":[...], "nextCursor": string | null}.
struct PeeringPageBody {
    QList<Peering> peerings;
    QString nextCursor; // empty: the last page (null on the wire)
};
QJsonObject peeringPageToJson(const QJsonArray &peerings, const QString &nextCursor);
QByteArray encodePeeringPage(const PeeringPageBody &page);
Decoded<PeeringPageBody> decodePeeringPage(const QByteArray &body);

// ---- Error body: {"code", "message", "field"?, ...extra}

struct ErrorBody {
    QString code; // wire::ErrorCode
    QString message;
    QString field;                  // empty: not sent
    QList<BoundResource> resources; // RESOURCES_BOUND: sent as "resources"
    QJsonObject extra;              // other members (state, suggestion, conflictingCidr...)
};
QJsonObject errorToJson(const ErrorBody &error);
// Lenient on purpose: a proxy's HTML error page gives an empty ErrorBody; only members of the
// right type are taken, so the HTTP status still tells the client what happened.
ErrorBody decodeErrorBody(const QByteArray &body);

// ---- Create request: {"peeringId","accountId","vpcId","cidr","region"?}

// The members as sent, before core's format rules (the server checks those and answers 422).
struct CreateRequestBody {
    QString peeringId;
    QString accountId;
    QString vpcId;
    QString cidr;
    std::optional<QString> region; // absent or null: not given
};
// "region" is left out when empty.
QByteArray encodeCreateRequest(const PeeringRequest &request);
// The shape only: an object with the four string members (empty strings pass: their format
// is core's to judge) and an optional string "region".
Decoded<CreateRequestBody> decodeCreateRequest(const QByteArray &body);

} // namespace vpw::wire
