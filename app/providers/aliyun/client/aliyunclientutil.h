#pragma once

// Internal to the Alibaba Cloud client (aliyunclient.cpp, aliyuntransitclient.cpp): the API
// versions, JSON helpers and the PageNumber/PageSize listing.

#include "app/cloud/providerjob.h"
#include "app/providers/aliyun/signature/acssignature.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

namespace vpw::aliyun::detail {

inline constexpr char kCen[] = "2017-09-12";
inline constexpr char kVpc[] = "2016-04-28";
inline constexpr char kEcs[] = "2014-05-26";
inline constexpr int kPageSize = 50;

inline QString str(const QJsonObject &o, const char *key) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

// "Cens": {"Cen": [...]} -> the array.
inline QJsonArray listOf(const QJsonObject &body, const char *outer, const char *inner) {
    const QJsonValue value = body.value(QLatin1String(outer));
    if (!inner)
        return value.toArray();
    return value.toObject().value(QLatin1String(inner)).toArray();
}

inline cloud::ProviderRequest withParam(cloud::ProviderRequest request, const QString &name,
                                        const QString &value) {
    QUrlQuery query(request.url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, QString::fromLatin1(percentEncode(value)));
    request.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return request;
}

// A listing by PageNumber/PageSize, followed to the end.
template <typename T, typename Parse>
cloud::ProviderCall<QList<T>> *paged(cloud::ProviderClient *client, cloud::ProviderRequest first,
                                     const char *outer, const char *inner, Parse parse) {
    using Step = cloud::ProviderJob::Step;
    first = withParam(first, QStringLiteral("PageSize"), QString::number(kPageSize));
    auto page = std::make_shared<int>(1);
    return new cloud::ProviderCall<QList<T>>(
        client,
        [first, page] {
            *page = 1;
            return withParam(first, QStringLiteral("PageNumber"), QStringLiteral("1"));
        },
        [first, page, outer, inner, parse](const QJsonObject &body, QList<T> &items) {
            const QJsonArray list = listOf(body, outer, inner);
            for (const QJsonValue &v : list)
                items.append(parse(v.toObject()));
            const int total = body.value(QStringLiteral("TotalCount")).toInt();
            if (list.isEmpty() || items.size() >= total)
                return Step::done();
            ++*page;
            return Step::then(
                withParam(first, QStringLiteral("PageNumber"), QString::number(*page)));
        });
}

} // namespace vpw::aliyun::detail
