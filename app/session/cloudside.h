#pragma once

#include "automation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace vpw {
class Clock;
}

namespace vpw::session {

// One look at the operator's side of a peering, in their provider account: the provider's own
// view of the peering, the route to the deployment, a security-group rule.
struct CloudCheck {
    enum Result { Ok, Mismatch, Unknown };
    QString key;   // stable: "peering", "route", "rule-1883"
    QString title; // translated: "Security-group rule for TCP port 1883"
    Result result = Unknown;
    QString detail; // translated; the provider's status word and text are plain text
    QDateTime checkedAt;
    // A Mismatch that one call repairs: that call, exactly, as the Fix… dialog shows it.
    QString fixProvider;   // translated display name
    QString fixOperation;  // the API operation: "CreateSecurityGroupRule"
    QStringList fixValues; // "security_group_id=sg-…", exact, untranslated
    bool canFix() const { return result == Mismatch && !fixOperation.isEmpty(); }
};

// What was applied for one peering (its apply journal's facts): the account, the operator's VPC,
// security group, route table, ports and the provider's IDs the plan recorded. A console
// peering made through the guided pages has no journal: consolecloudside.h builds its target
// from the local record.
struct CloudSideTarget {
    QString recordId;  // the EMQX peering record
    QString accountId; // the provider account it was applied with
    QString deploymentId;
    QString deploymentCidr;
    QString deploymentVpcId; // EMQX's VPC
    QString region;          // the deployment's
    QString vpcId;
    QString securityGroupId;
    QString routeTableId; // empty where the provider has none to pick
    QList<int> ports;
    QVariantMap facts; // every fact of the journal (provider keys: "huawei.peeringId"…)
    // The provider's ID the peering was made with, as entered in EMQX Cloud's console (the CEN,
    // the peering request): what a reader uses when the journal's facts do not name it (a
    // console peering made through the guided pages has no journal).
    QString providerPeeringId;
};

// The targets of every finished "Do it for me" journal in `journalDir` (apply-*.json), the
// newest first; one per EMQX record.
// Leaves out the ones rememberForgotten() kept.
QList<CloudSideTarget> cloudSideTargets(const QString &journalDir);
// Keeps `recordId` (a peering deleted or marked removed, CloudSideWatcher::forgotten()) in
// `journalDir` (cloudside-forgotten.json), so that after a restart its journal is not read
// again. Only IDs a journal still names are kept. False (with `error`) when it cannot be written.
bool rememberForgotten(const QString &journalDir, const QString &recordId,
                       QString *error = nullptr);

// A provider's reader of the cloud side (app/providers/<name>/automation): one read round
// (a few calls) answering every check of the target, and the one call of a check's Fix….
class CloudSideReader {
public:
    virtual ~CloudSideReader();
    using ReadDone = std::function<void(QList<CloudCheck>)>;
    using FixDone = std::function<void(QString error)>; // empty: done
    // Answers `done` once, asynchronously, unless `context` is destroyed first. Results carry no
    // time: the watcher stamps them.
    virtual void read(QObject *context, const CloudSideTarget &target, ReadDone done) = 0;
    virtual void fix(QObject *context, const CloudSideTarget &target, const CloudCheck &check,
                     FixDone done) = 0;
};
using CloudSideFactory =
    std::function<std::unique_ptr<CloudSideReader>(const AutomationAccount &account)>;
void registerCloudSide(const QString &providerId, CloudSideFactory factory);
bool hasCloudSide(const QString &providerId);

// Watches the cloud side of the peerings applied with connected provider accounts, inside a
// budget (provider APIs throttle): at most one read round per peering per minute while the
// window is visible, none while it is hidden, at once on refreshNow(). Times come from the
// injected clock. Threading: the GUI thread; nothing blocks.
class CloudSideWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kReadEveryMs = 60 * 1000;

    explicit CloudSideWatcher(const Clock *clock = nullptr, QObject *parent = nullptr);
    ~CloudSideWatcher() override;

    // The account (with its secret, kept in memory only) reading the targets applied with it.
    void setAccount(const AutomationAccount &account);
    bool hasAccount(const QString &accountId) const { return m_readers.contains(accountId); }
    // The targets of "Do it for me" journals (cloudSideTargets()).
    void setTargets(const QList<CloudSideTarget> &targets);
    // The targets of a console profile's peerings made through the guided pages
    // (consoleCloudSideTargets()); a record a journal target has already is left out.
    void setConsoleTargets(const QList<CloudSideTarget> &targets);
    // The journals' targets: the peerings whose route and rules the application itself made
    // (what a cleanup after delete may remove).
    const QList<CloudSideTarget> &targets() const { return m_targets; }
    // Every target read: the journals' first, then the console profile's.
    QList<CloudSideTarget> allTargets() const;
    // A peering deleted (marked removed): no longer read, now or when the targets are set again.
    void forget(const QString &recordId);
    bool watches(const QString &recordId) const;

    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    // Reads every due target (the timer calls it; tests call it after moving the clock).
    void tick();
    // Reads `recordId` (empty: every target) at once, visible or not.
    void refreshNow(const QString &recordId = {});
    QList<CloudCheck> checks(const QString &recordId) const { return m_checks.value(recordId); }
    bool isReading(const QString &recordId) const { return m_inFlight.contains(recordId); }
    // Makes the one call of the check `key` of `recordId`, then reads again.
    void fix(const QString &recordId, const QString &key);
    // Read rounds started so far (the budget's figure).
    int readRounds() const { return m_rounds; }

Q_SIGNALS:
    void checked(const QString &recordId);
    // A check turned into a mismatch (once, not on every read that finds it again).
    void mismatchFound(const QString &recordId, const vpw::session::CloudCheck &check);
    void fixFinished(const QString &recordId, const QString &key, const QString &error);
    // forget() was called for `recordId`, the first time.
    void forgotten(const QString &recordId);

private:
    void read(const QString &recordId);
    const CloudSideTarget *target(const QString &recordId) const;

    const Clock *m_clock;
    QHash<QString, std::shared_ptr<CloudSideReader>> m_readers; // by account ID
    QList<CloudSideTarget> m_targets;
    QList<CloudSideTarget> m_consoleTargets;
    QHash<QString, QList<CloudCheck>> m_checks;
    QHash<QString, qint64> m_lastRead; // by record, ms of the clock
    QSet<QString> m_inFlight;
    QSet<QString> m_forgotten;
    QTimer m_timer;
    bool m_visible = false;
    int m_rounds = 0;
};

} // namespace vpw::session
