#pragma once

// Internal to the Huawei Cloud emulator: the request context, the error body shapes and the
// operations (huaweivpc.cpp, huaweinetwork.cpp).

#include "app/sandbox/emulatorstore.h"
#include "app/sandbox/router.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vpw::huawei::emu {

inline const QString kVpc = QStringLiteral("vpc");
inline const QString kPeering = QStringLiteral("peering");
inline const QString kRouteTable = QStringLiteral("routetable");
inline const QString kSecurityGroup = QStringLiteral("sg");
inline const QString kRule = QStringLiteral("sgrule");

struct Ctx {
    sandbox::EmulatorStore *store = nullptr;
    qint64 nowMs = 0;
    QString requestId;
    QString accessKey;
    bool changed = false; // a handler changed the store: commit before answering
};

// The error body each API family uses (providers-api.md §3.3).
enum class Shape {
    Gateway, // {"error_msg","error_code","request_id"} (API gateway, v3)
    V1,      // {"code","message"}
    Nested,  // {"error":{"code","message"}} (IAM, v2.0)
};
sandbox::HttpResponse error(Shape shape, int status, const QString &code, const QString &message,
                            const QString &requestId);
sandbox::HttpResponse json(int status, const QJsonObject &body);

void registerRoutes(sandbox::Router &router, Ctx *ctx);
void registerNetworkRoutes(sandbox::Router &router, Ctx *ctx); // huaweinetwork.cpp
void registerV2RouteRoutes(sandbox::Router &router, Ctx *ctx); // huaweiroutes.cpp

// Why `route` ({type, destination, nexthop}) cannot be added to a table holding `routes`, or
// empty when it can: peering routes only, to an ACTIVE peering, a destination once, 200 at most.
QString routeRefusal(const Ctx *ctx, const QJsonArray &routes, const QJsonObject &route);
void seed(sandbox::EmulatorStore *store, qint64 nowMs);

QString newUuid();
QString isoTime(qint64 ms); // "2026-12-07T06:46:33" (UTC, the v1/v2.0 form)
// A request to another account's VPC that is not accepted within 7 days expires (Huawei Cloud's
// VPC peering documentation): the stored peering with its status EXPIRED once that is due at
// `nowMs`, unchanged otherwise. The caller saves it when the status changed.
QJsonObject expireIfDue(const QJsonObject &peering, qint64 nowMs);

// The items after `marker` (an ID; empty: from the start), at most `limit`.
QList<QJsonObject> pageAfter(const QList<QJsonObject> &items, const QString &marker, int limit);

} // namespace vpw::huawei::emu
