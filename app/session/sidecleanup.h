#pragma once

#include "applyplan.h"
#include "automation.h"
#include "cloudside.h"

#include "app/secrets/provideraccount.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace vpw {
class Clock;
}

namespace vpw::secrets {
class SecretStore;
}

namespace vpw::session {

class ApplyEngine;

// A provider's cleanup of the operator's side of a peering that was deleted (issue 18): what
// "Do it for me" added in the operator's account for it — the route, the security-group rules —
// as a plan of delete calls, each reading before it deletes (already gone: Skipped) and with a
// check read for the list (Skipped: already gone, Done: to delete). Built by the provider's
// automation library (app/providers/<name>/automation) from the apply journal's target.
using CleanupFactory =
    std::function<ApplyPlan(const AutomationAccount &account, const CloudSideTarget &target)>;
void registerCleanup(const QString &providerId, CleanupFactory factory);
bool hasCleanup(const QString &providerId);

// "Clean up my side…" for one peering: reads the account's secret from the keychain, builds the
// provider's cleanup plan, reads what is still there (a dry run: "already gone" marked), then
// runs the calls the operator kept ticked one by one (ApplyEngine, no journal: a rerun reads
// first, so it is safe). Threading: the GUI thread; nothing blocks.
class SideCleanup : public QObject {
    Q_OBJECT
public:
    SideCleanup(secrets::SecretStore *secrets, secrets::ProviderAccount account,
                CloudSideTarget target, QObject *parent = nullptr);
    ~SideCleanup() override;

    // The cleanup of the peering `recordId`: the target of its finished "Do it for me" journal
    // among `targets`, applied with one of `accounts` whose provider has a cleanup. nullptr when
    // there is none (the peering was not made by "Do it for me", or the account is gone).
    static SideCleanup *find(secrets::SecretStore *secrets,
                             const QList<secrets::ProviderAccount> &accounts,
                             const QList<CloudSideTarget> &targets, const QString &recordId,
                             QObject *parent = nullptr);

    const secrets::ProviderAccount &account() const { return m_account.account; }
    const CloudSideTarget &target() const { return m_target; }

    // Reads the secret and builds the plan, then reads what is still there: ready() once (a
    // translated error when the secret could not be read), then checked() when the read ended.
    void load();
    bool isReady() const { return m_preview != nullptr; }
    const ApplyPlan &plan() const { return m_plan; }
    // The engine of the whole plan, for the list: its dry run marks what is already gone
    // (StepStatus::alreadyThere), and a step that could not be read (Failed).
    ApplyEngine *preview() const { return m_preview; }
    bool isChecked() const { return m_checked; }
    // Runs the steps `keys` (in the plan's order) one by one; the engine (owned by this object).
    ApplyEngine *run(const QStringList &keys);
    ApplyEngine *engine() const { return m_engine; }

    // Test hook: the engines' clock (nullptr: the system clock).
    void setClock(const Clock *clock) { m_clock = clock; }

Q_SIGNALS:
    void ready(const QString &error);
    void checked();

private:
    secrets::SecretStore *m_secrets;
    AutomationAccount m_account;
    CloudSideTarget m_target;
    ApplyPlan m_plan;
    ApplyEngine *m_preview = nullptr;
    ApplyEngine *m_engine = nullptr;
    const Clock *m_clock = nullptr;
    bool m_checked = false;
};

} // namespace vpw::session
