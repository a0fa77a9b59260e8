#pragma once

// Internal to the Huawei Cloud client (huaweiclient.cpp, huaweiclientv3.cpp): JSON helpers, the
// marker-paged listing and the read-before-write of a security-group rule.

#include "app/cloud/providerjob.h"
#include "app/providers/huawei/signature/sdksignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

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

// A security-group rule written read before write (v1 and v3 alike): Huawei refuses a duplicate,
// so a rule already there — left by an answer that was lost, or added by the operator — is
// adopted instead of created again. `parse` reads one rule of the API's version, `same` compares.
template <typename Rule, typename Parse, typename Same>
cloud::ProviderCall<Rule> *
createRuleOnce(cloud::ProviderClient *client, cloud::ProviderRequest read,
               cloud::ProviderRequest create, Rule rule, Parse parse, Same same) {
    using Step = cloud::ProviderJob::Step;
    auto creating = std::make_shared<bool>(false);
    return new cloud::ProviderCall<Rule>(
        client,
        [read, creating] {
            *creating = false;
            return read;
        },
        [create, creating, rule, parse, same](const QJsonObject &body, Rule &out) {
            if (*creating) {
                out = parse(member(body, "security_group_rule"));
                return Step::done();
            }
            for (const QJsonValue &v :
                 body.value(QStringLiteral("security_group_rules")).toArray()) {
                const Rule existing = parse(v.toObject());
                if (same(existing, rule)) {
                    out = existing;
                    return Step::done();
                }
            }
            *creating = true;
            return Step::then(create);
        },
        {}, true);
}

} // namespace vpw::huawei::detail
