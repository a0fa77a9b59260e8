#pragma once

// Internal to the Alibaba Cloud emulator: one call after authentication, its answer, and the
// operation handlers (aliyuncen.cpp, aliyunvpcecs.cpp).

#include "app/sandbox/emulatorstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace vpw::aliyun::emu {

// Resource kinds in the EmulatorStore.
inline const QString kCen = QStringLiteral("cen");
inline const QString kChild = QStringLiteral("child"); // id "<cenId>/<vpcId>"
inline const QString kVpc = QStringLiteral("vpc");
inline const QString kGrant = QStringLiteral("grant"); // id "<vpcId>/<cenId>"
inline const QString kSecurityGroup = QStringLiteral("sg");
inline const QString kToken = QStringLiteral("token");           // id "<action>/<ClientToken>"
inline const QString kTransitRouter = QStringLiteral("tr");      // Enterprise edition only
inline const QString kTrAttachment = QStringLiteral("trattach"); // its VPC attachments
inline const QString kTrGrant = QStringLiteral("trgrant");       // id "<vpcId>/<cenId>"

struct Call {
    QString action;
    QString version;
    QMap<QString, QString> params; // business parameters, decoded (signature parameters removed)
    QString requestId;
    qint64 nowMs = 0;
    qint64 cenCreateMs = 0; // delays, already scaled
    qint64 attachMs = 0;
    sandbox::EmulatorStore *store = nullptr;

    QString param(const QString &name) const { return params.value(name); }
};

struct Answer {
    int status = 200;
    QJsonObject body; // success: without RequestId (added by the emulator)
    QString code;     // error
    QString message;
    bool changed = false; // the store was changed: commit before answering

    static Answer ok(QJsonObject body, bool changed = false) {
        Answer a;
        a.body = std::move(body);
        a.changed = changed;
        return a;
    }
    static Answer error(int status, const QString &code, const QString &message) {
        Answer a;
        a.status = status;
        a.code = code;
        a.message = message;
        return a;
    }
    bool isError() const { return !code.isEmpty(); }
};

// The handler of `call.action` in `call.version`, or nullopt when there is none.
std::optional<Answer> cenOperation(const Call &call);
std::optional<Answer> vpcEcsOperation(const Call &call);
std::optional<Answer> transitRouterOperation(const Call &call); // aliyuntransit.cpp
// The ID of the CEN's Enterprise transit router in `region`, empty when it has none.
QString enterpriseRouterIn(const Call &call, const QString &cenId, const QString &region);

// Shared helpers.
std::optional<Answer> require(const Call &call, const QStringList &names); // MissingX
struct Page {
    int number = 1;
    int size = 10;
};
// PageNumber/PageSize within 1.. and 1..maxSize, or an InvalidParameter answer.
std::optional<Answer> readPage(const Call &call, Page *page, int maxSize = 50);
QJsonArray pageOf(const QList<QJsonObject> &items, const Page &page);
QString randomId(const QString &prefix, int length);
QString minuteTime(qint64 ms); // "yyyy-MM-ddTHH:mmZ"
QString secondTime(qint64 ms); // "yyyy-MM-ddTHH:mm:ssZ"
// The replayed answer of an earlier call with the same ClientToken, if any.
std::optional<Answer> replay(const Call &call);
void remember(const Call &call, const QJsonObject &body);

void seed(sandbox::EmulatorStore *store, qint64 nowMs);

} // namespace vpw::aliyun::emu
