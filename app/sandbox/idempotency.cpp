#include "idempotency.h"

#include "app/wire/objectreader.h"
#include "app/wire/rfc3339.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace vpw::sandbox {

QString IdempotencyCache::slot(const QString &apiKey, const QString &key) {
    return apiKey + u'\n' + key;
}

IdempotencyCache::Verdict IdempotencyCache::check(const QString &apiKey, const QString &key,
                                                  const QByteArray &fingerprint,
                                                  Entry *previous) const {
    const auto it = m_entries.constFind(slot(apiKey, key));
    if (it == m_entries.constEnd())
        return Verdict::New;
    if (previous)
        *previous = *it;
    return it->fingerprint == fingerprint ? Verdict::Replay : Verdict::Mismatch;
}

void IdempotencyCache::remember(const QString &apiKey, const QString &key, Entry entry) {
    m_entries.insert(slot(apiKey, key), std::move(entry));
}

void IdempotencyCache::expire(const QDateTime &cutoff) {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->createdAt < cutoff)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

QByteArray IdempotencyCache::fingerprint(const QString &deploymentId, const QByteArray &body) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    // QJsonObject keeps its members sorted, so Compact output is canonical.
    const QByteArray canonical =
        error.error == QJsonParseError::NoError ? document.toJson(QJsonDocument::Compact) : body;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(deploymentId.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical);
    return hash.result().toHex();
}

QJsonArray IdempotencyCache::toJson() const {
    QJsonArray array;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        const qsizetype split = it.key().indexOf(u'\n');
        array.append(QJsonObject{
            {QStringLiteral("apiKey"), it.key().left(split)},
            {QStringLiteral("key"), it.key().mid(split + 1)},
            {QStringLiteral("fingerprint"), QString::fromLatin1(it->fingerprint)},
            {QStringLiteral("status"), it->status},
            {QStringLiteral("body"), QString::fromUtf8(it->body)},
            {QStringLiteral("createdAt"), wire::formatTime(it->createdAt)},
        });
    }
    return array;
}

bool IdempotencyCache::fromJson(const QJsonArray &array, QString *error) {
    m_entries.clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("idempotency[") + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            *error = where + QStringLiteral(": not an object");
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        wire::ObjectReader in(object, where);
        const QString apiKey = in.string(QStringLiteral("apiKey"));
        const QString key = in.string(QStringLiteral("key"));
        Entry entry;
        entry.fingerprint = in.string(QStringLiteral("fingerprint")).toLatin1();
        entry.body = in.string(QStringLiteral("body")).toUtf8();
        entry.createdAt = in.time(QStringLiteral("createdAt"));
        entry.status = int(in.integer(QStringLiteral("status"), 100, 599));
        if (!in.ok()) {
            *error = in.error().text(wire::DecodeError::Language::English);
            return false;
        }
        remember(apiKey, key, std::move(entry));
    }
    return true;
}

} // namespace vpw::sandbox
