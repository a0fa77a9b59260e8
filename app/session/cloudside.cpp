#include "cloudside.h"

#include "applyengine.h"

#include "app/core/clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QSet>

namespace vpw::session {

namespace {

QMap<QString, CloudSideFactory> &cloudSideFactories() {
    static QMap<QString, CloudSideFactory> factories;
    return factories;
}

} // namespace

CloudSideReader::~CloudSideReader() = default;

void registerCloudSide(const QString &providerId, CloudSideFactory factory) {
    cloudSideFactories().insert(providerId, std::move(factory));
}

bool hasCloudSide(const QString &providerId) {
    return cloudSideFactories().contains(providerId);
}

namespace {

// Where forgotten record IDs are kept (not "apply-*.json": not a journal).
const QLatin1String kForgottenFile("cloudside-forgotten.json");
const QLatin1String kForgottenKey("forgotten");

QSet<QString> readForgotten(const QString &journalDir) {
    QSet<QString> ids;
    QFile file(QDir(journalDir).filePath(kForgottenFile));
    if (journalDir.isEmpty() || !file.open(QIODevice::ReadOnly))
        return ids;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(kForgottenKey).toArray();
    for (const QJsonValue &id : list)
        ids.insert(id.toString());
    return ids;
}

// Every finished journal's target, forgotten or not.
QList<CloudSideTarget> journalTargets(const QString &journalDir) {
    QList<CloudSideTarget> targets;
    if (journalDir.isEmpty())
        return targets;
    const QDir dir(journalDir);
    QSet<QString> seen;
    // The journals are "apply-*.json". Matched here rather than by a QDir name filter: that
    // compiles a regular expression (PCRE2 and its JIT, ~0.4 MB), and this runs before the
    // first frame (docs/performance.md, startup).
    for (const QString &name : dir.entryList(QDir::Files, QDir::Time)) {
        if (!name.startsWith(QLatin1String("apply-"), Qt::CaseInsensitive) ||
            !name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject journal = QJsonDocument::fromJson(file.readAll()).object();
        const QVariantMap facts = journal.value(QStringLiteral("facts")).toObject().toVariantMap();
        const auto fact = [&facts](const char *key) {
            return facts.value(QLatin1String(key)).toString();
        };
        CloudSideTarget t;
        t.recordId = fact("emqx.recordId");
        if (t.recordId.isEmpty() || seen.contains(t.recordId) ||
            ApplyEngine::hasUnfinishedJournal(dir.filePath(name),
                                              journal.value(QStringLiteral("plan")).toString()))
            continue;
        seen.insert(t.recordId);
        t.accountId = fact("selection.account");
        t.deploymentId = fact("selection.deployment");
        t.deploymentCidr = fact("selection.deploymentCidr");
        t.deploymentVpcId = fact("selection.deploymentVpc");
        t.region = fact("selection.region");
        t.vpcId = fact("selection.vpc");
        t.securityGroupId = fact("selection.securityGroup");
        t.routeTableId = fact("selection.routeTable");
        for (const QString &port : fact("selection.ports").split(u',', Qt::SkipEmptyParts))
            t.ports << port.toInt();
        t.facts = facts;
        targets << t;
    }
    return targets;
}

} // namespace

QList<CloudSideTarget> cloudSideTargets(const QString &journalDir) {
    QList<CloudSideTarget> targets = journalTargets(journalDir);
    const QSet<QString> forgotten = readForgotten(journalDir);
    targets.removeIf(
        [&forgotten](const CloudSideTarget &t) { return forgotten.contains(t.recordId); });
    return targets;
}

bool rememberForgotten(const QString &journalDir, const QString &recordId, QString *error) {
    if (journalDir.isEmpty())
        return true;
    QSet<QString> ids = readForgotten(journalDir);
    ids.insert(recordId);
    QStringList kept; // only what a journal still names: the file does not grow forever
    for (const CloudSideTarget &t : journalTargets(journalDir)) {
        if (ids.contains(t.recordId))
            kept << t.recordId;
    }
    kept.sort();
    QSaveFile file(QDir(journalDir).filePath(kForgottenFile));
    const QByteArray json =
        QJsonDocument(QJsonObject{{kForgottenKey, QJsonArray::fromStringList(kept)}}).toJson();
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

CloudSideWatcher::CloudSideWatcher(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : &systemClock()) {
    // Wakes often; reads only what the budget allows (by the clock).
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &CloudSideWatcher::tick);
}

CloudSideWatcher::~CloudSideWatcher() = default;

void CloudSideWatcher::setAccount(const AutomationAccount &account) {
    const auto factory = cloudSideFactories().value(account.account.provider);
    if (!factory)
        return;
    if (auto reader = factory(account))
        m_readers.insert(account.account.id, std::shared_ptr<CloudSideReader>(std::move(reader)));
    tick();
}

void CloudSideWatcher::setTargets(const QList<CloudSideTarget> &targets) {
    m_targets.clear();
    for (const CloudSideTarget &t : targets) {
        if (!m_forgotten.contains(t.recordId))
            m_targets << t;
    }
    tick();
}

void CloudSideWatcher::setConsoleTargets(const QList<CloudSideTarget> &targets) {
    m_consoleTargets.clear();
    for (const CloudSideTarget &t : targets) {
        if (!m_forgotten.contains(t.recordId))
            m_consoleTargets << t;
    }
    tick();
}

QList<CloudSideTarget> CloudSideWatcher::allTargets() const {
    QList<CloudSideTarget> all = m_targets;
    for (const CloudSideTarget &t : m_consoleTargets) {
        if (target(t.recordId) == &t) // not a journal's record
            all << t;
    }
    return all;
}

void CloudSideWatcher::forget(const QString &recordId) {
    if (!m_forgotten.contains(recordId))
        Q_EMIT forgotten(recordId);
    m_forgotten.insert(recordId);
    const auto same = [&recordId](const CloudSideTarget &t) {
        return t.recordId == recordId;
    };
    m_targets.removeIf(same);
    m_consoleTargets.removeIf(same);
    m_checks.remove(recordId);
    m_lastRead.remove(recordId);
    Q_EMIT checked(recordId);
}

const CloudSideTarget *CloudSideWatcher::target(const QString &recordId) const {
    for (const QList<CloudSideTarget> *list : {&m_targets, &m_consoleTargets}) {
        for (const CloudSideTarget &t : *list) {
            if (t.recordId == recordId)
                return &t;
        }
    }
    return nullptr;
}

bool CloudSideWatcher::watches(const QString &recordId) const {
    const CloudSideTarget *t = target(recordId);
    return t && m_readers.contains(t->accountId);
}

void CloudSideWatcher::setVisible(bool visible) {
    m_visible = visible;
    if (visible) {
        m_timer.start();
        tick();
    } else {
        m_timer.stop();
    }
}

void CloudSideWatcher::tick() {
    if (!m_visible)
        return;
    const qint64 now = m_clock->nowMs();
    for (const CloudSideTarget &t : allTargets()) {
        const auto last = m_lastRead.constFind(t.recordId);
        if (last == m_lastRead.cend() || now - *last >= kReadEveryMs)
            read(t.recordId);
    }
}

void CloudSideWatcher::refreshNow(const QString &recordId) {
    for (const CloudSideTarget &t : allTargets()) {
        if (recordId.isEmpty() || t.recordId == recordId)
            read(t.recordId);
    }
}

void CloudSideWatcher::read(const QString &recordId) {
    const CloudSideTarget *t = target(recordId);
    if (!t || m_inFlight.contains(recordId))
        return;
    const std::shared_ptr<CloudSideReader> reader = m_readers.value(t->accountId);
    if (!reader)
        return;
    m_inFlight.insert(recordId);
    m_lastRead.insert(recordId, m_clock->nowMs());
    ++m_rounds;
    reader->read(this, *t, [this, recordId](QList<CloudCheck> checks) {
        m_inFlight.remove(recordId);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs());
        const QList<CloudCheck> before = m_checks.value(recordId);
        for (CloudCheck &c : checks) {
            c.checkedAt = at;
            bool was = false;
            for (const CloudCheck &b : before)
                was = was || (b.key == c.key && b.result == CloudCheck::Mismatch);
            if (c.result == CloudCheck::Mismatch && !was)
                Q_EMIT mismatchFound(recordId, c);
        }
        m_checks.insert(recordId, checks);
        Q_EMIT checked(recordId);
    });
}

void CloudSideWatcher::fix(const QString &recordId, const QString &key) {
    const CloudSideTarget *t = target(recordId);
    const std::shared_ptr<CloudSideReader> reader = t ? m_readers.value(t->accountId) : nullptr;
    if (!reader)
        return;
    for (const CloudCheck &c : m_checks.value(recordId)) {
        if (c.key != key || !c.canFix())
            continue;
        reader->fix(this, *t, c, [this, recordId, key](const QString &error) {
            Q_EMIT fixFinished(recordId, key, error);
            read(recordId);
        });
        return;
    }
}

} // namespace vpw::session
