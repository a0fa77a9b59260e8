#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace vpw::sandbox {

// Counts the /api/v1 requests the server received (on arrival, so hung and failed requests
// count too): in total, per "METHOD /path/template" and per answered status. Lets a test assert
// how often a client called ("a forced retry of a POST creates exactly one peering").
class RequestStats {
public:
    void countRequest(const QByteArray &method, const QString &pathTemplate);
    void countStatus(int status);
    void reset(const QDateTime &now);

    qint64 total() const { return m_total; }
    qint64 count(const QString &route) const { return m_byRoute.value(route); }
    QJsonObject toJson() const;

private:
    qint64 m_total = 0;
    QMap<QString, qint64> m_byRoute;
    QMap<int, qint64> m_byStatus;
    QDateTime m_since;
};

} // namespace vpw::sandbox
