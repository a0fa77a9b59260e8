#include "requeststats.h"

#include "app/wire/rfc3339.h"

namespace vpw::sandbox {

void RequestStats::countRequest(const QByteArray &method, const QString &pathTemplate) {
    ++m_total;
    ++m_byRoute[QString::fromLatin1(method) + u' ' + pathTemplate];
}

void RequestStats::countStatus(int status) {
    ++m_byStatus[status];
}

void RequestStats::reset(const QDateTime &now) {
    m_total = 0;
    m_byRoute.clear();
    m_byStatus.clear();
    m_since = now;
}

QJsonObject RequestStats::toJson() const {
    QJsonObject routes;
    for (auto it = m_byRoute.constBegin(); it != m_byRoute.constEnd(); ++it)
        routes.insert(it.key(), it.value());
    QJsonObject statuses;
    for (auto it = m_byStatus.constBegin(); it != m_byStatus.constEnd(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    return QJsonObject{
        {QStringLiteral("total"), m_total},
        {QStringLiteral("routes"), routes},
        {QStringLiteral("statuses"), statuses},
        {QStringLiteral("since"),
         m_since.isValid() ? QJsonValue(wire::formatTime(m_since)) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace vpw::sandbox
