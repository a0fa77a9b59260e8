#include "mainwindow.h"

#include "consoleremovedialog.h"
#include "deletepeeringdialog.h"
#include "eventlog.h"
#include "icons.h"
#include "inlinemessage.h"
#include "profiledialog.h"
#include "sidecleanupdialog.h"
#include "statuspanel.h"

#include "app/core/firstframe.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretstore.h"
#include "app/session/cloudside.h"
#include "app/session/deploymentmodel.h"
#include "app/session/session.h"
#include "app/session/sessionmanager.h"
#include "app/session/sidecleanup.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {
const QLatin1String kGeometryKey("mainWindow/geometry");
const QLatin1String kStateKey("mainWindow/state");
const QLatin1String kEventsDockChosenKey("mainWindow/eventsDockChosen");

// Deployment and peering IDs belong to one profile's endpoint: the selection is kept per profile.
QString selectionKey(const QString &profileId, const char *what) {
    return QStringLiteral("mainWindow/selection/%1/%2").arg(profileId, QLatin1String(what));
}
} // namespace

MainWindow::MainWindow(secrets::ProfileStore *profiles, secrets::SecretStore *secrets,
                       const Clock *clock, PanelTiming panelTiming)
    : m_profiles(profiles)
    , m_secrets(secrets)
    , m_sessions(new session::SessionManager(secrets, clock, this))
    , m_profileBox(new QComboBox(this))
    , m_connectionMessage(new InlineMessage(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("VPC Peering Wizard"));
    resize(defaultSize());
    buildActions();
    buildProfileBar();

    auto *demoMessage = new InlineMessage(this);
    demoMessage->setObjectName(QStringLiteral("demoMessage"));
    demoMessage->showMessage(
        InlineMessage::Kind::Information,
        tr("Demo: \"Sandbox — local demo\" is a server running inside this application with "
           "sample deployments. Nothing you do here reaches a cloud account. To begin, select "
           "a deployment, then choose New peering…."));
    m_demoBanner = buildBanner(QStringLiteral("demoBanner"), demoMessage);
    m_connectionMessage->setObjectName(QStringLiteral("connectionMessage"));
    m_connectionBanner = buildBanner(QStringLiteral("connectionBanner"), m_connectionMessage);
    m_connectionBanner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_connectionBanner);
    m_panelPlaceholder = new QWidget(central);
    layout->addWidget(m_panelPlaceholder, 1);
    setCentralWidget(central);
    if (panelTiming == PanelTiming::WithWindow)
        panel();
    else
        runAfterFirstFrame(this, [this] { panel(); });

    auto *dock = new QDockWidget(tr("Events"), this);
    dock->setObjectName(QStringLiteral("eventsDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // The event log is empty at startup, and its strip is better given to the peerings: it
    // starts closed and the first event opens it, unless the operator has opened or closed it
    // (the toolbar, View > Events, its close button). That choice is kept like the layout. Its
    // list is made when it is first shown or gets its first event (eventLog()).
    dock->hide();
    dock->installEventFilter(this); // its close button
    m_eventsDock = dock;
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            eventLog();
            m_unseenEvents = 0;
            showUnseenEvents();
        }
        if (!visible || !m_sizeEventsDock)
            return;
        m_sizeEventsDock = false;
        // Once laid out with it: the panel keeps the room, the event log gets a strip.
        QMetaObject::invokeMethod(
            this, [this] { resizeDocks({m_eventsDock}, {150}, Qt::Vertical); },
            Qt::QueuedConnection);
    });
    QAction *eventsAction = dock->toggleViewAction();
    connect(eventsAction, &QAction::triggered, this, [this] { m_eventsDockChosen = true; });
    eventsAction->setObjectName(QStringLiteral("eventsAction"));
    eventsAction->setText(tr("&Events"));
    eventsAction->setIconText(tr("Events"));
    eventsAction->setIcon(resourceIcon(QStringLiteral(":/icons/view-events.svg")));
    findChild<QToolBar *>(QStringLiteral("mainToolBar"))->addAction(eventsAction);
    buildMenus(eventsAction);

    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setTextFormat(Qt::PlainText); // server text is never rendered as rich text
    statusBar()->addWidget(m_status, 1);

    connect(m_sessions, &session::SessionManager::sessionAboutToClose, this,
            &MainWindow::onSessionClosing);

    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(0);
    connect(&m_reconnect, &QTimer::timeout, this, &MainWindow::connectProfile);
    connect(m_profiles, &secrets::ProfileStore::profilesChanged, this, &MainWindow::fillProfiles);
    connect(m_profiles, &secrets::ProfileStore::currentChanged, this, &MainWindow::fillProfiles);
    connect(m_profiles, &secrets::ProfileStore::currentChanged, this, &MainWindow::reconnectSoon);
    fillProfiles();
    updateActions();
    restoreSettings();
}

QSize MainWindow::defaultSize() const {
    // Room for the deployments' columns, and for the peerings (through their State column)
    // beside whole IDs in the details: 1040 px wide. On a small screen, 85 % of its available
    // area, which leaves room for the window's frame and the desktop's panels (800 px is more
    // than a 1366x768 laptop's height). Every pixel of the first frame costs time
    // (docs/performance.md). Only the first start: later the saved geometry stands.
    const QSize preferred(1200, 800);
    return preferred.boundedTo(screen()->availableGeometry().size() * 0.85);
}

MainWindow::~MainWindow() {
    saveSettings();
    m_sessions->close(); // the views let go of the models before the session deletes them
}

session::Session *MainWindow::session() const {
    return m_sessions->current();
}

void MainWindow::createTrayIcon() {
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(windowTitle());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->show();
}

void MainWindow::fillProfiles() {
    const QString current = m_profiles->current().id;
    const QSignalBlocker blocker(m_profileBox);
    m_profileBox->clear();
    for (const auto &profile : m_profiles->profiles()) {
        m_profileBox->addItem(profile.name, profile.id);
        if (profile.id == current)
            m_profileBox->setCurrentIndex(m_profileBox->count() - 1);
    }
}

void MainWindow::onProfileChosen(int index) {
    const QString id = m_profileBox->itemData(index).toString();
    if (const auto error = m_profiles->setCurrent(id)) {
        setStatus(error->message);
        return;
    }
    reconnectSoon(); // also when the same profile was picked again: a manual reconnect
}

void MainWindow::openProfiles() {
    if (m_profileDialog && m_profileDialog->isVisible()) {
        m_profileDialog->raise();
        m_profileDialog->activateWindow();
        return;
    }
    if (!m_profileDialog) {
        m_profileDialog = new ProfileDialog(m_profiles, m_secrets, this);
        connect(m_profileDialog, &ProfileDialog::profileSaved, this, &MainWindow::reconnectSoon);
        connect(m_profileDialog, &ProfileDialog::statusMessage, this, &MainWindow::setStatus);
    }
    // On the current profile, selected in the list, the demo one too (read-only, with its note
    // saying to choose Add): a blank form with nothing selected told a newcomer nothing.
    m_profileDialog->edit(m_profiles->current().id);
    m_profileDialog->open();
}

void MainWindow::setPollPolicy(const session::PollPolicy &policy) {
    m_sessions->setPollPolicy(policy);
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (restoreState(settings.value(kStateKey).toByteArray()))
        m_sizeEventsDock = false; // the saved dock size stands
    m_eventsDockChosen = settings.value(kEventsDockChosenKey, false).toBool();
}

void MainWindow::saveSettings() {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kEventsDockChosenKey, m_eventsDockChosen);
    savePanelSettings(settings);
    saveSelection();
}

void MainWindow::saveSelection() {
    // Not before the session's first poll selected the saved rows again: that would forget them.
    if (!m_panel || !session() || !m_restoreDeploymentId.isEmpty() || !m_restoreRecordId.isEmpty())
        return;
    QSettings settings;
    const QString profile = session()->profile().id;
    settings.setValue(selectionKey(profile, "deployment"), m_panel->currentDeploymentId());
    settings.setValue(selectionKey(profile, "peering"), m_panel->currentRecordId());
}

void MainWindow::restoreSelection(bool pollOk) {
    if (!pollOk || (m_restoreDeploymentId.isEmpty() && m_restoreRecordId.isEmpty()))
        return;
    panel()->selectIds(m_restoreDeploymentId, m_restoreRecordId);
    m_restoreDeploymentId.clear();
    m_restoreRecordId.clear();
}

// The session's views and dialogs let go of it before the manager destroys it.
void MainWindow::onSessionClosing() {
    saveSelection();
    if (m_deleteDialog)
        m_deleteDialog->reject(); // it belongs to the session going away
    if (m_panel)
        m_panel->setSession(nullptr);
}

void MainWindow::connectProfile() {
    m_reconnect.stop(); // this is the reconnect a pending request asked for
    m_connectionBanner->hide();
    const auto profile = m_profiles->current();
    m_demoBanner->setVisible(profile.demo);
    session::Session *session = m_sessions->open(profile);
    if (!session) {
        setStatus(profile.demo ? tr("Starting the local sandbox…")
                               : tr("This profile has no endpoint yet."));
        updateActions();
        return;
    }
    // Read after open() saved the previous profile's selection; the first poll is still to come.
    const QSettings settings;
    m_restoreDeploymentId = settings.value(selectionKey(profile.id, "deployment")).toString();
    m_restoreRecordId = settings.value(selectionKey(profile.id, "peering")).toString();
    // The first successful poll listed the deployments and all their peerings.
    connect(session, &session::Session::pollFinished, this, &MainWindow::restoreSelection);
    connect(session, &session::Session::statusChanged, this, &MainWindow::onStatusChanged);
    connect(session, &session::Session::peeringEvent, this, &MainWindow::onPeeringEvent);
    // The status only changes on a transition; its "last refreshed" time moves on every poll.
    connect(session, &session::Session::pollFinished, this,
            [this, session] { setStatus(session->status().text()); });
    if (m_panel) // else it shows the session once it is built
        m_panel->setSession(session);
    updateActivity();
    onStatusChanged(session->status());
}

void MainWindow::refreshNow() {
    // SessionManager::refresh() reconnects a session whose status is fatal.
    if (!m_sessions->refresh())
        connectProfile();
}

void MainWindow::requestNewPeering() {
    const auto deployment = currentDeployment();
    if (!deployment)
        Q_EMIT newPeeringRequested(QString()); // the wizard asks for the deployment first
    else if (editionSupportsPeering(deployment->edition))
        Q_EMIT newPeeringRequested(deployment->id);
}

void MainWindow::openDeleteDialog() {
    const auto peering = currentPeering();
    if (session() && session()->console() && peering &&
        ConsoleRemoveDialog::canRemove(peering->state)) { // done in EMQX's console, then marked
        const auto deployment = currentDeployment();
        // Made by "Do it for me" with a connected account: offer to clean up that side too.
        session::SideCleanup *cleanup = sideCleanupOf(peering->id);
        auto *dialog = new ConsoleRemoveDialog(
            session(), *peering, deployment ? deployment->name : peering->deploymentId, cleanup,
            this);
        if (m_cloudSide)
            connect(dialog, &ConsoleRemoveDialog::markedRemoved, m_cloudSide,
                    &session::CloudSideWatcher::forget);
        dialog->open();
        return;
    }
    if (!session() || !peering || !canDelete(peering->state))
        return;
    if (m_deleteDialog) {
        m_deleteDialog->raise();
        m_deleteDialog->activateWindow();
        return;
    }
    const auto deployment = currentDeployment();
    m_deleteDialog = new DeletePeeringDialog(
        session(), *peering, deployment ? deployment->name : peering->deploymentId, this);
    // Deletion sent: where "Do it for me" made it, offer to clean up the operator's side (the
    // dialog lists each call first; Close keeps everything).
    connect(m_deleteDialog, &QDialog::accepted, this,
            [this, id = peering->id, peeringId = peering->peeringId] {
                if (session::SideCleanup *cleanup = sideCleanupOf(id))
                    (new SideCleanupDialog(cleanup, peeringId, this))->open();
                if (m_cloudSide)
                    m_cloudSide->forget(id);
            });
    m_deleteDialog->open(); // window-modal; never exec()
}

session::SideCleanup *MainWindow::sideCleanupOf(const QString &recordId) {
    return m_cloudSide
               ? session::SideCleanup::find(m_secrets, m_profiles->providerAccounts()->accounts(),
                                            m_cloudSide->targets(), recordId)
               : nullptr;
}

void MainWindow::updateActions() {
    const bool connected = session() && session()->isConnected();
    const auto deployment = currentDeployment();
    const bool available = deployment && editionSupportsPeering(deployment->edition);
    m_newPeeringAction->setEnabled(connected && (!deployment || available));
    if (!connected)
        m_newPeeringAction->setToolTip(
            tr("Not connected: a peering can be created once the profile is connected."));
    else if (!deployment)
        m_newPeeringAction->setToolTip(
            tr("Create a VPC peering: the wizard asks for the deployment first (Ctrl+N)"));
    else if (!available)
        m_newPeeringAction->setToolTip(
            session::DeploymentModel::availabilityText(deployment->edition));
    else
        m_newPeeringAction->setToolTip(
            tr("Create a VPC peering for deployment \"%1\" (Ctrl+N)").arg(deployment->name));

    const auto peering = currentPeering();
    const bool console = session() && session()->console();
    m_deleteAction->setEnabled(
        connected && peering &&
        (console ? ConsoleRemoveDialog::canRemove(peering->state) : canDelete(peering->state)));
    if (!peering)
        m_deleteAction->setToolTip(tr("Select a running peering to delete it."));
    else if (console && peering->state == PeeringState::Failed)
        m_deleteAction->setToolTip(
            tr("Remove the failed peering %1 from the list (Del)").arg(peering->peeringId));
    else if (!canDelete(peering->state))
        // The documentation's rule: 删除对等连接，您需要确保对等连接状态为 running.
        m_deleteAction->setToolTip(tr("To delete a peering, its state must be running. This "
                                      "peering is %1.")
                                       .arg(peeringStateDisplayText(peering->state)));
    else
        m_deleteAction->setToolTip(tr("Delete peering %1 (Del)").arg(peering->peeringId));
    updatePeeringActions();
}

void MainWindow::updateActivity() {
    if (session::Session *current = session())
        current->setActive(isVisible() && !isMinimized());
}

void MainWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateActivity();
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    updateActivity();
}

EventLog *MainWindow::eventLog() {
    if (!m_eventLog) {
        m_eventLog = new EventLog(m_eventsDock);
        m_eventsDock->setWidget(m_eventLog);
    }
    return m_eventLog;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_eventsDock && event->type() == QEvent::Close)
        m_eventsDockChosen = true; // the dock's close button
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::hideEvent(QHideEvent *event) {
    QMainWindow::hideEvent(event);
    updateActivity();
}

void MainWindow::onStatusChanged(const session::ConnectionStatus &status) {
    setStatus(status.text());
    const bool show = status.isProblem();
    if (show)
        m_connectionMessage->showMessage(status.isFatal() ? InlineMessage::Kind::Error
                                                          : InlineMessage::Kind::Warning,
                                         status.text());
    m_connectionBanner->setVisible(show);
    updateActions();
}

void MainWindow::showUnseenEvents() {
    QAction *action = m_eventsDock->toggleViewAction();
    if (m_unseenEvents == 0) {
        action->setIconText(tr("Events"));
        action->setToolTip(tr("Show the events of this session"));
    } else {
        action->setIconText(tr("Events (%1)").arg(m_unseenEvents));
        action->setToolTip(
            tr("%n new event(s): show the events of this session", nullptr, m_unseenEvents));
    }
}

void MainWindow::selectPeering(const QString &deploymentId, const QString &peeringId) {
    panel()->selectIds(deploymentId, peeringId);
}

void MainWindow::onPeeringEvent(const session::PeeringEvent &event) {
    eventLog()->addEvent(event);
    // The dock does not open by itself (it took the room of the deployments and the details):
    // the Events action counts what came while it is closed, in its text and tooltip.
    if (m_eventsDock->isHidden()) {
        ++m_unseenEvents;
        showUnseenEvents();
    }
    // A notification for what happens on its own (pending -> running/failed, deletion
    // finished), not for the deleting the operator just asked for.
    if (!m_tray || event.to == PeeringState::Deleting)
        return;
    const QString peering = event.providerPeeringId.isEmpty() ? event.id : event.providerPeeringId;
    QString body =
        tr("%1: %2").arg(event.deploymentName.isEmpty() ? event.deploymentId : event.deploymentName,
                         event.transitionText());
    if (!event.reason.isEmpty())
        body += QLatin1Char('\n') + event.reason;
    m_tray->showMessage(tr("Peering %1").arg(peering), body,
                        event.to == PeeringState::Failed || !event.change.isEmpty()
                            ? QSystemTrayIcon::Warning
                            : QSystemTrayIcon::Information);
}

void MainWindow::showConnectionProblem(const QString &message) {
    setStatus(message);
}

void MainWindow::setStatus(const QString &text) {
    m_status->setText(text);
}

} // namespace vpw::ui
