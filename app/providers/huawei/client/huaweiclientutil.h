#pragma once

// Internal to the Huawei Cloud client (huaweiclient.cpp, huaweiclientv3.cpp): JSON helpers and
// the marker-paged listing.

#include "app/cloud/providerjob.h"
#include "app/providers/huawei/signature/sdksignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace vpw::huawei::detail {

inline constexpr int kPageLimit = 200;

inline QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

inline QJsonObject member(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toObject();
}

inline QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline cloud::ProviderRequest withQuery(cloud::ProviderRequest request, const QString &name,
                                        const QString &value) {
    QUrlQuery query(request.url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, QString::fromLatin1(percentEncode(value)));
    request.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return request;
}

// A listing by limit and marker (the last ID of the previous page), followed to the end.
template <typename T, typename Parse>
cloud::ProviderCall<QList<T>> *markerPaged(cloud::ProviderClient *client,
                                           cloud::ProviderRequest first, const char *key,
                                           Parse parse) {
    using Step = cloud::ProviderJob::Step;
    first = withQuery(first, QStringLiteral("limit"), QString::number(kPageLimit));
    return new cloud::ProviderCall<QList<T>>(
        client, [first] { return first; },
        [first, key, parse](const QJsonObject &body, QList<T> &items) {
            const QJsonArray list = body.value(QLatin1String(key)).toArray();
            for (const QJsonValue &v : list)
                items.append(parse(v.toObject()));
            if (list.size() < kPageLimit)
                return Step::done();
            return Step::then(
                withQuery(first, QStringLiteral("marker"), str(list.last().toObject(), "id")));
        });
}

} // namespace vpw::huawei::detail
