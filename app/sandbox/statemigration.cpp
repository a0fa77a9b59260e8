#include "statemigration.h"

#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vpw::sandbox {

namespace {

// The reason the sandbox wrote on a rejected peering before failure codes existed.
const char kOldRejectedReason[] = "The peering request was rejected by the peer account.";

const char *const kMigrateFrom2[] = {
    "ALTER TABLE peerings ADD COLUMN failure_code TEXT NOT NULL DEFAULT ''",
    ("UPDATE peerings SET failure_code = CASE WHEN expires_at IS NOT NULL AND updated_at >= "
     "expires_at THEN 'window_closed' WHEN failure_reason = ? THEN 'rejected' ELSE 'other' END "
     "WHERE state = 'failed'"),
    "UPDATE peerings SET id = 'peer-' || substr(id, 5) WHERE id LIKE 'pcx-%'",
    "UPDATE resources SET peering = 'peer-' || substr(peering, 5) WHERE peering LIKE 'pcx-%'",
    ("UPDATE idempotency SET body = CAST(replace(CAST(body AS TEXT), '\"id\":\"pcx-', "
     "'\"id\":\"peer-') AS BLOB)"),
    "UPDATE meta SET value = '3' WHERE key = 'version'",
};

} // namespace

void upgradeRecords(Store *store) {
    for (PeeringRecord &record : store->peerings()) {
        Peering &p = record.peering;
        if (p.id.startsWith(u"pcx-"))
            p.id = QStringLiteral("peer-") + p.id.mid(4);
        if (p.state == PeeringState::Failed && p.failureCode == FailureCode::None) {
            if (p.expiresAt && p.updatedAt >= *p.expiresAt)
                p.failureCode = FailureCode::WindowClosed;
            else if (p.failureReason == QLatin1String(kOldRejectedReason))
                p.failureCode = FailureCode::Rejected;
            else
                p.failureCode = FailureCode::Other;
        }
    }
}

bool migrateSchema2(QSqlDatabase &db, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) ||
        !query.next() || query.value(0).toInt() != 2)
        return true; // not schema 2: the reader checks the version
    query.finish();
    db.transaction();
    for (const char *statement : kMigrateFrom2) {
        QSqlQuery step(db);
        step.prepare(QLatin1String(statement));
        if (QByteArrayView(statement).contains("failure_reason = ?"))
            step.addBindValue(QString::fromLatin1(kOldRejectedReason));
        if (!step.exec()) {
            *error = step.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace vpw::sandbox
