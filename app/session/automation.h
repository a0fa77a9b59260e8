#pragma once

#include "applyplan.h"

#include "app/core/model.h"
#include "app/secrets/provideraccount.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace vpw {
class Clock;
}

namespace vpw::secrets {
class SecretStore;
}

namespace vpw::session {

class ApplyEngine;
class Session;

// One entry of a "Do it for me" pick list (a VPC, a CEN, a security group, a route table), read
// from the operator's account. An entry that fails a live check is shown disabled with `reason`.
struct AutomationChoice {
    QString id;
    QString label;  // "vpc-… new-app"
    QString detail; // "192.168.50.0/24 · in CEN cen-…", "Basic edition"
    QString parent; // the VPC a security group or route table belongs to
    QString cidr;   // VPCs
    QString cenId;  // VPCs: the CEN they are attached to, if any
    bool enabled = true;
    QString reason; // translated: why it cannot be chosen
    bool preselected = false;
};

struct AutomationChoices {
    QList<AutomationChoice> vpcs;
    QList<AutomationChoice> cens; // empty for a provider without CENs
    QList<AutomationChoice> securityGroups;
    QList<AutomationChoice> routeTables; // empty for a provider without route tables to pick
    bool usesCen = false;
    bool usesRouteTable = false;
    StepError error; // the read failed: code, request ID, explanation
    bool ok() const { return error.code.isEmpty(); }
};

struct AutomationSelection {
    QString vpcId;
    QString cenId; // empty: a new CEN
    QString securityGroupId;
    QString routeTableId;
    QList<int> ports;
};

// What "Do it for me" hands the guided wizard on Continue by hand: every value known (chosen, or
// learned by the steps done) and where the apply stopped, in the guided flow's words
// (FlowStep::id, from PlanStep::guidedStep), so the operator goes on exactly from there.
struct HandOver {
    struct Done {
        QString flowStep; // the guided flow's step that would do it by hand
        QString title;    // translated: the plan step's title
    };
    QString deploymentId;
    PeeringRequest request; // what the facts know: empty IDs, a /0 CIDR when not known yet
    QString recordId;       // the EMQX record, once submitted; empty before
    QString idempotencyKey; // of EMQX's create, once prepared (the same create, not a second)
    QList<Done> done;       // the plan steps done or already there, in order
    QStringList pending;    // the guided steps of the plan steps not done, in order
    QList<int> ports;       // the ports ticked
    QString securityGroupId;
    QString routeTableId;
};

// A provider's half of "Do it for me", registered by its automation library
// (app/providers/<name>/automation): the pick lists from the account, and the plan.
class ProviderAutomation {
public:
    virtual ~ProviderAutomation();
    virtual void loadChoices(QObject *context, std::function<void(AutomationChoices)> done) = 0;
    virtual ApplyPlan makePlan(const AutomationSelection &selection,
                               const AutomationChoices &choices) = 0;
};

struct AutomationAccount {
    secrets::ProviderAccount account;
    QString secret; // from the keychain; only in memory
};
using AutomationFactory = std::function<std::unique_ptr<ProviderAutomation>(
    const AutomationAccount &account, Session *session, const Deployment &deployment)>;

// The automations by provider ID (ProviderModule::id(), ProviderAccount::provider).
void registerAutomation(const QString &providerId, AutomationFactory factory);
bool hasAutomation(const QString &providerId);

// "Do it for me" for one new peering of `deploymentId` with one provider account: reads the
// secret from the keychain, the pick lists from the account (each VPC checked against EMQX
// Cloud's reserved ranges, the deployment and its peerings, and the provider's limits), builds
// the plan for the operator's selection, and runs it (ApplyEngine, journaled under
// `journalDir`). Threading: the GUI thread; nothing blocks.
class DoItForMe : public QObject {
    Q_OBJECT
public:
    DoItForMe(Session *session, secrets::SecretStore *secrets, secrets::ProviderAccount account,
              QString deploymentId, QString journalDir, QObject *parent = nullptr);
    ~DoItForMe() override;

    const secrets::ProviderAccount &account() const { return m_account.account; }
    QString deploymentId() const { return m_deploymentId; }
    // Reads the secret, then the pick lists: choicesReady() once.
    void loadChoices();
    const AutomationChoices &choices() const { return m_choices; }
    // An empty string when the selection can be planned, else why not (translated).
    QString checkSelection(const AutomationSelection &selection) const;
    // The plan of `selection` (not started), and an engine for it (owned by this object; a
    // journal of the same plan resumes).
    ApplyEngine *prepare(const AutomationSelection &selection);
    // The selection of an Apply of this deployment and account that was interrupted (the
    // application quit or crashed mid-apply): its journal in `journalDir` has a step not done.
    // Choosing it again resumes that plan.
    std::optional<AutomationSelection> interruptedSelection() const;
    ApplyEngine *engine() const { return m_engine; }
    // Continue by hand: what the engine did and learned so far (only the deployment without an
    // engine).
    HandOver handOver() const;

    // Test hook: the clock of the engine (nullptr: the system clock).
    void setClock(const Clock *clock) { m_clock = clock; }

Q_SIGNALS:
    void choicesReady(const vpw::session::AutomationChoices &choices);

private:
    void checkVpcs(AutomationChoices &choices) const;
    // The newest unfinished journal of this deployment and account: its selection, the EMQX
    // record and the container (CEN) it created (empty when it had not got that far).
    struct Interrupted {
        AutomationSelection selection;
        QString recordId;         // the EMQX record
        QString createdContainer; // kCreatedContainerFact
    };
    std::optional<Interrupted> interruptedJournal() const;

    QPointer<Session> m_session;
    secrets::SecretStore *m_secrets;
    AutomationAccount m_account;
    QString m_deploymentId;
    QString m_journalDir;
    std::unique_ptr<ProviderAutomation> m_automation;
    AutomationChoices m_choices;
    ApplyEngine *m_engine = nullptr;
    const Clock *m_clock = nullptr;
};

} // namespace vpw::session
