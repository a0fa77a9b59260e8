#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace vpw::sandbox {

// Remembers the answer to each create request that carried an `Idempotency-Key`, per API key,
// so a retried POST is answered with the first response instead of creating a second peering.
class IdempotencyCache {
public:
    struct Entry {
        QByteArray fingerprint; // deployment + canonical body
        int status = 0;
        QByteArray body;
        QDateTime createdAt;
    };

    // What a new request with this key should get.
    enum class Verdict { New, Replay, Mismatch };
    Verdict check(const QString &apiKey, const QString &key, const QByteArray &fingerprint,
                  Entry *previous) const;
    void remember(const QString &apiKey, const QString &key, Entry entry);
    // Forgets entries older than `cutoff` (24 h of contract time).
    void expire(const QDateTime &cutoff);

    QJsonArray toJson() const;
    bool fromJson(const QJsonArray &array, QString *error);

    // The fingerprint of a create request: the deployment and the body as canonical JSON
    // (member order and whitespace do not matter), or the raw bytes when it is not JSON.
    static QByteArray fingerprint(const QString &deploymentId, const QByteArray &body);

    // The entries by slot (API key and Idempotency-Key), for storage (StateDb), and back.
    const QHash<QString, Entry> &entries() const { return m_entries; }
    void restore(const QString &slot, Entry entry) { m_entries.insert(slot, std::move(entry)); }

private:
    static QString slot(const QString &apiKey, const QString &key);
    QHash<QString, Entry> m_entries;
};

} // namespace vpw::sandbox
