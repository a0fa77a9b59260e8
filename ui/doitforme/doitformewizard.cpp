#include "doitformewizard.h"

#include "applypages.h"
#include "pickpages.h"

#include "app/session/applyengine.h"
#include "app/session/automation.h"

#include <QMessageBox>
#include <QPushButton>

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
    // Continue by hand: the same peering goes on in the guided pages, nothing to give up.
    connect(this, &DoItForMeWizard::guidedChosen, this, [this] { m_closing = true; });
}

void DoItForMeWizard::reject() {
    if (m_closing || !m_doIt || !m_doIt->canAbandon()) {
        QWizard::reject();
        return;
    }
    session::ApplyEngine *engine = m_doIt->engine();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Give up this peering?"),
        tr("The step \"%1\" failed after you submitted the peering in EMQX Cloud's console.\n\n"
           "Give up: the application keeps the peering as failed; delete it in EMQX Cloud's "
           "console.\nKeep it pending: the next time you choose Do it for me with this account, "
           "the plan resumes at that step.")
            .arg(engine->step(engine->currentStep()).title),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("abandonDialog"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *giveUp =
        box->addButton(tr("&Give up: mark it failed"), QMessageBox::DestructiveRole);
    giveUp->setObjectName(QStringLiteral("abandonMarkFailedButton"));
    QPushButton *keep = box->addButton(tr("&Keep it pending"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("abandonKeepButton"));
    box->addButton(QMessageBox::Cancel); // back to the Apply page
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, giveUp, keep] {
        QAbstractButton *clicked = box->clickedButton();
        if (clicked == giveUp && m_doIt)
            m_doIt->abandon();
        if (clicked == giveUp || clicked == keep) {
            m_closing = true;
            QWizard::reject();
        }
    });
    box->open();
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
