#include "wizardlauncher.h"

#include "app/session/automation.h"
#include "app/session/deploymentmodel.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "app/session/sessionmanager.h"
#include "peeringwizard.h"
#include "ui/mainwindow.h"
#include "wizardjournal.h"
#include "wizardvalues.h"

#include <QMessageBox>
#include <QPushButton>

namespace vpw::ui {

WizardLauncher::WizardLauncher(session::SessionManager *sessions, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_window(window) {
    connect(sessions, &session::SessionManager::sessionAboutToClose, this, &WizardLauncher::detach);
    connect(sessions, &session::SessionManager::sessionChanged, this, &WizardLauncher::attach);
    attach(sessions->current());
}

WizardLauncher::~WizardLauncher() {
    closeWizards();
}

// The wizards use the session, which is going: close them without ending their journals.
void WizardLauncher::closeWizards() {
    for (const QPointer<PeeringWizard> &wizard : std::as_const(m_wizards))
        delete wizard.data();
    delete m_unassigned.data();
    m_wizards.clear();
}

void WizardLauncher::attach(session::Session *session) {
    if (session == m_session)
        return;
    detach(m_session);
    m_session = session;
    m_offered = false;
    if (!session)
        return;
    // Offered once the deployments are known (a journal names its deployment).
    session::DeploymentModel *deployments = session->deployments();
    m_sessionConnections << connect(deployments, &QAbstractItemModel::rowsInserted, this,
                                    &WizardLauncher::offerResume)
                         << connect(deployments, &QAbstractItemModel::modelReset, this,
                                    &WizardLauncher::offerResume);
}

void WizardLauncher::detach(session::Session *session) {
    if (!session || session != m_session)
        return;
    closeWizards();
    for (const QMetaObject::Connection &connection : std::as_const(m_sessionConnections))
        disconnect(connection);
    m_sessionConnections.clear();
    m_session = nullptr;
}

void installPeeringWizards(MainWindow *window) {
    auto *launcher = new WizardLauncher(window->sessions(), window, window);
    QObject::connect(window, &MainWindow::newPeeringRequested, launcher, &WizardLauncher::open);
    QObject::connect(window, &MainWindow::continueSetupRequested, launcher,
                     [launcher](const QString &id) { launcher->openForPeering(id, true); });
    QObject::connect(window, &MainWindow::createAgainRequested, launcher,
                     [launcher](const QString &id) { launcher->openForPeering(id, false); });
    QObject::connect(launcher, &WizardLauncher::peeringFinished, window,
                     &MainWindow::selectPeering);
}

PeeringWizard *WizardLauncher::wizardFor(const QString &deploymentId) const {
    return m_wizards.value(deploymentId).data();
}

PeeringWizard *WizardLauncher::open(const QString &deploymentId) {
    if (m_session && m_chooseHow && !deploymentId.isEmpty() && !wizardFor(deploymentId) &&
        !WizardJournal::pendingDeployments(m_session->profile().id).contains(deploymentId) &&
        m_chooseHow(deploymentId))
        return nullptr;
    return openGuided(deploymentId);
}

PeeringWizard *WizardLauncher::openGuided(const QString &deploymentId) {
    if (!m_session)
        return nullptr;
    PeeringWizard *wizard = deploymentId.isEmpty() ? m_unassigned.data() : wizardFor(deploymentId);
    if (!wizard) {
        if (!deploymentId.isEmpty() &&
            WizardJournal::pendingDeployments(m_session->profile().id).contains(deploymentId))
            wizard = PeeringWizard::resume(m_session, deploymentId, m_window);
        if (!wizard)
            wizard = new PeeringWizard(m_session, deploymentId, m_window);
        track(wizard, deploymentId);
    }
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

PeeringWizard *WizardLauncher::openHandOver(const session::HandOver &handOver) {
    if (!m_session)
        return nullptr;
    PeeringWizard *wizard = wizardFor(handOver.deploymentId);
    if (!wizard) {
        // What "Do it for me" did is newer than a journal the guided wizard left.
        WizardJournal::discard(m_session->profile().id, handOver.deploymentId);
        wizard = PeeringWizard::forHandOver(m_session, handOver, m_window);
        if (!wizard)
            return nullptr;
        track(wizard, handOver.deploymentId);
    }
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

PeeringWizard *WizardLauncher::openForPeering(const QString &recordId, bool continueSetup) {
    const auto peering = m_session ? m_session->peerings()->peering(recordId) : std::nullopt;
    if (!peering)
        return nullptr;
    PeeringWizard *wizard = wizardFor(peering->deploymentId);
    if (!wizard) {
        wizard = PeeringWizard::forPeering(m_session, *peering, continueSetup, m_window);
        if (!wizard)
            return nullptr;
        track(wizard, peering->deploymentId);
    }
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

void WizardLauncher::track(PeeringWizard *wizard, const QString &deploymentId) {
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        const QString peeringId = wizard->values()->recordId();
        if (!peeringId.isEmpty())
            Q_EMIT peeringFinished(wizard->deploymentId(), peeringId);
    });
    if (!deploymentId.isEmpty()) {
        m_wizards.insert(deploymentId, wizard);
        return;
    }
    m_unassigned = wizard;
    // Chosen on its first page: from then on it is that deployment's wizard. If that one
    // already has a wizard, the older one is raised as well so the operator sees both.
    connect(wizard, &PeeringWizard::deploymentChosen, this, [this, wizard](const QString &chosen) {
        if (m_unassigned == wizard)
            m_unassigned.clear();
        if (PeeringWizard *existing = wizardFor(chosen); existing && existing != wizard)
            existing->raise();
        else
            m_wizards.insert(chosen, wizard);
    });
}

void WizardLauncher::offerResume() {
    if (m_offered || !m_session)
        return;
    const QStringList pending = WizardJournal::pendingDeployments(m_session->profile().id);
    bool anyKnown = false;
    for (const QString &id : pending) {
        if (!m_session->deployments()->deployment(id))
            continue;
        anyKnown = true;
        if (!wizardFor(id))
            askResume(id);
    }
    m_offered = anyKnown || pending.isEmpty();
}

// Window-modal and opened with open(): it never blocks the event loop.
void WizardLauncher::askResume(const QString &deploymentId) {
    const auto deployment = m_session->deployments()->deployment(deploymentId);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Resume the peering setup?"),
                                tr("The setup of a new peering for the deployment %1 was "
                                   "interrupted. Resume where you left off? Everything you "
                                   "typed is kept.")
                                    .arg(deployment->name),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("resumeQuestion"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeButton"));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    box->setDefaultButton(resume);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The question is about this profile's journal: answered after a profile switch, it opens
    // nothing under the other profile (and Discard still discards the journal it was about).
    const QString profileId = m_session->profile().id;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, resume, deploymentId, profileId](QAbstractButton *clicked) {
                if (clicked != resume)
                    WizardJournal::discard(profileId, deploymentId);
                else if (m_session && m_session->profile().id == profileId)
                    open(deploymentId);
                box->close();
            });
    box->open();
}

} // namespace vpw::ui
