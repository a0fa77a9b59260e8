#include "doitformewizard.h"

#include "applypages.h"
#include "pickpages.h"

#include "app/session/automation.h"

namespace vpw::ui {

DoItForMeWizard::DoItForMeWizard(session::Session *session, secrets::SecretStore *secrets,
                                 QList<secrets::ProviderAccount> accounts, QString deploymentId,
                                 QString journalDir, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_secrets(secrets)
    , m_accounts(std::move(accounts))
    , m_deploymentId(std::move(deploymentId))
    , m_journalDir(std::move(journalDir)) {
    setObjectName(QStringLiteral("doItForMeWizard"));
    setWindowTitle(tr("Do it for me"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    // The guided wizard's size: the plan's calls and values fit without scrolling sideways.
    setMinimumSize(640, 520);
    resize(960, 720);
    setPage(ChooseHowPageId, new ChooseHowPage(this));
    setPage(PickPageId, new PickPage(this));
    setPage(PlanPageId, new PlanPage(this));
    setPage(ApplyPageId, new ApplyPage(this));
    setStartId(ChooseHowPageId);
}

DoItForMeWizard::~DoItForMeWizard() = default;

void DoItForMeWizard::useAccount(int index) {
    if (index < 0 || index >= m_accounts.size())
        return;
    if (m_doIt && m_doIt->account().id == m_accounts.at(index).id)
        return;
    delete m_doIt;
    m_doIt = new session::DoItForMe(m_session, m_secrets, m_accounts.at(index), m_deploymentId,
                                    m_journalDir, this);
    m_doIt->setClock(m_clock);
}

} // namespace vpw::ui
