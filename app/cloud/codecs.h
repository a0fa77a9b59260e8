#pragma once

#include "apierror.h"

#include "app/core/model.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vpw::cloud {

// The JSON of docs/api.md, client side. Decoders are strict: every member the contract
// lists must be present with its type (nullable ones as null), enum values and CIDRs must be
// known and canonical; the first violation is returned as a Decode ApiError whose `field` is
// the JSON path ("data[2].createdAt"). Unknown extra members are ignored (forward compatible).

template <typename T> struct Decoded {
    std::optional<T> value;
    ApiError error; // meaningful when !value

    static Decoded fail(ApiError e) { return {std::nullopt, std::move(e)}; }
};

Decoded<Deployment> decodeDeployment(const QByteArray &body);            // a Deployment document
Decoded<QList<Deployment>> decodeDeploymentList(const QByteArray &body); // {"data":[...]}
Decoded<Peering> decodePeering(const QByteArray &body);                  // a Peering document
Decoded<QList<Peering>> decodePeeringList(const QByteArray &body);       // {"data":[...]}

// A page of GET /api/v1/peerings: {"data":[...], "nextCursor": string|null}.
struct PeeringListPage {
    QList<Peering> peerings;
    QString nextCursor; // empty: the last page
};
Decoded<PeeringListPage> decodePeeringListPage(const QByteArray &body);

// The create body: {"peeringId","accountId","vpcId","cidr"} plus "region" when set.
QByteArray encodePeeringRequest(const PeeringRequest &request);

// The members of an error body ({"code","message","field"?,"resources"?}) folded into
// `error`. Lenient on purpose: a proxy's HTML error page still gives an Http error with the
// status; only members of the right type are taken.
void readErrorBody(const QByteArray &body, ApiError &error);

} // namespace vpw::cloud
