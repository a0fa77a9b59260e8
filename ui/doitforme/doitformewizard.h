#pragma once

#include "app/secrets/provideraccount.h"

#include <QList>
#include <QPointer>
#include <QWizard>

namespace vpw {
class Clock;
}
namespace vpw::secrets {
class SecretStore;
}
namespace vpw::session {
class DoItForMe;
class Session;
struct AutomationSelection;
struct HandOver;
} // namespace vpw::session

namespace vpw::ui {

// "Do it for me" (issue 16): the wizard that performs the operator's cloud-side steps with a
// provider account. Pages: Choose how (this account, or the guided consoles) → Pick (the
// account's VPCs, CENs, security groups, route tables; entries failing the live checks disabled
// with the reason; the ports to open) → Plan (every call in order with its values, what is
// already there, the policy to copy; nothing changes before Apply) → Apply (one row per step:
// icon, state, elapsed time; Retry step, Continue by hand).
//
// It talks to session types only (session::DoItForMe, ApplyEngine). `session` and `secrets`
// are not owned and must outlive it. guidedChosen(): the operator wants the guided flow (Choose
// how); continueByHand(): the guided flow from where Apply stopped, with what it knows (Continue
// by hand). The caller opens them.
class DoItForMeWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ChooseHowPageId = 1, PickPageId, PlanPageId, ApplyPageId };

    DoItForMeWizard(session::Session *session, secrets::SecretStore *secrets,
                    QList<secrets::ProviderAccount> accounts, QString deploymentId,
                    QString journalDir, QWidget *parent = nullptr);
    ~DoItForMeWizard() override;

    QString deploymentId() const { return m_deploymentId; }
    session::Session *session() const { return m_session; }
    const QList<secrets::ProviderAccount> &accounts() const { return m_accounts; }
    // The facade of the chosen account (created when Choose how is left).
    session::DoItForMe *doItForMe() const { return m_doIt; }
    void useAccount(int index);
    // Test hook: the clock of the apply engine.
    void setClock(const Clock *clock) { m_clock = clock; }

Q_SIGNALS:
    void guidedChosen(const QString &deploymentId);
    void continueByHand(const vpw::session::HandOver &handOver);
    void addAccountRequested();

private:
    session::Session *m_session;
    secrets::SecretStore *m_secrets;
    QList<secrets::ProviderAccount> m_accounts;
    QString m_deploymentId;
    QString m_journalDir;
    QPointer<session::DoItForMe> m_doIt;
    const Clock *m_clock = nullptr;
};

} // namespace vpw::ui
