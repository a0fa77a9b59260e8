#pragma once

#include "app/core/model.h"
#include "app/session/poller.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QFrame;
class QLabel;
class QSettings;
class QSystemTrayIcon;

namespace vpw {
class Clock;
}
namespace vpw::secrets {
class ProfileStore;
class SecretStore;
} // namespace vpw::secrets
namespace vpw::session {
class CloudSideWatcher;
struct ConnectionStatus;
struct PeeringEvent;
class Session;
class SessionManager;
class SideCleanup;
} // namespace vpw::session

namespace vpw::ui {

class DeletePeeringDialog;
class EventLog;
class InlineMessage;
class ProfileDialog;
class StatusPanel;

// The main window: the active credential profile (the demo one clearly labelled), the status
// panel of its deployments and peerings, the connection banner, and the event log.
//
// Its SessionManager owns the session::Session of the active profile, opened by
// connectProfile() and replaced when the profile changes; the session reads the secret and
// talks to the service, the window only shows its models and status. The wizard launcher
// observes the same manager (installPeeringWizards()). The session is active (polls) only while the
// window is shown and not minimised; it refreshes at once when the window comes back.
//
// The menu bar holds the same actions as the toolbar (File, Peering, View, Help).
//
// Desktop manners: the window geometry and the toolbar/dock state are read from QSettings
// (group "mainWindow") on construction, the panel's splitters when the panel is built; all are
// written by saveSettings() (also called on destruction); the selected deployment and peering are
// kept per profile and selected again, by ID, once the profile's session has finished its first
// poll (rows gone since are skipped).
//
// "Profiles…" opens the ProfileDialog (window-modal, via open()); the window reconnects when
// the dialog saved a profile or the current profile changed. Stores and clock are not owned.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // When the status panel is built. The application builds it once its first frame is on
    // screen (docs/performance.md, "Startup"): until then, before any session has listed
    // anything, the window shows its menus, toolbar, banners and status line, with an empty
    // area of the panel's size. Whatever needs the panel earlier builds it then.
    enum class PanelTiming { WithWindow, AfterFirstFrame };

    // `clock` (nullptr: the system clock) is handed to every session.
    MainWindow(secrets::ProfileStore *profiles, secrets::SecretStore *secrets,
               const Clock *clock = nullptr, PanelTiming panelTiming = PanelTiming::WithWindow);
    ~MainWindow() override;

    // (Re)creates the session of the current profile. Call again when the profile's connection
    // changes (the demo sandbox became ready).
    void connectProfile();
    // Shown in the status line while no connection can be made (e.g. the sandbox failed).
    void showConnectionProblem(const QString &message);
    // Puts the application's window icon in the system tray, where the desktop has one: a
    // click raises the window, state changes are notified there. Call once the window icon is
    // set (main.cpp does, after the first frame); later calls do nothing.
    void createTrayIcon();

    // The session of the active profile (nullptr while the profile cannot connect yet).
    session::Session *session() const;
    // The owner of that session, for whatever follows it (the wizard launcher).
    session::SessionManager *sessions() const { return m_sessions; }
    // The poll schedule of every session this window creates.
    void setPollPolicy(const session::PollPolicy &policy);
    // Writes the window's geometry, state, splitters and the current profile's selection to
    // QSettings (the destructor does it too).
    void saveSettings();
    // Selects the peering `peeringId` (a record ID) of `deploymentId` in the status panel: after
    // a wizard finished, the operator sees the peering just made.
    void selectPeering(const QString &deploymentId, const QString &peeringId);
    // The first start's question (WelcomePanel, a part of this window), once, when only the
    // demo profile exists: an EMQX Cloud deployment makes a console profile current and opens
    // its deployments (and the profiles for a provider account when asked); nothing yet keeps
    // the demo.
    void askOnFirstStart();
    // An event from elsewhere than the session (the cloud side's mismatch): the events dock
    // and the tray notification, as for the session's own.
    void addEvent(const session::PeeringEvent &event) { onPeeringEvent(event); }
    // The cloud side's watcher (installCloudSide()): the details pane shows what it read, and a
    // peering deleted or marked removed is forgotten by it. Not owned.
    void setCloudSideWatcher(session::CloudSideWatcher *watcher);

Q_SIGNALS:
    // "New peering…" was chosen for the deployment `deploymentId` (peering is available on it).
    void newPeeringRequested(const QString &deploymentId);
    // "Continue setup…" on the pending peering `recordId`; "Create again with the same values…"
    // on the failed one.
    void continueSetupRequested(const QString &recordId);
    void createAgainRequested(const QString &recordId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The events dock's list, made when the dock is first shown or the first event comes.
    EventLog *eventLog();

private:
    // The status panel, built now if it is not yet (see PanelTiming).
    StatusPanel *panel();
    // The selection of the status panel; nothing while it is not built.
    std::optional<Deployment> currentDeployment() const;
    std::optional<Peering> currentPeering() const;
    void savePanelSettings(QSettings &settings) const;
    void buildActions();
    void showUnseenEvents();
    void buildProfileBar();
    void buildMenus(QAction *eventsAction);
    void restoreSettings();
    void saveSelection();
    void restoreSelection(bool pollOk);
    QFrame *buildBanner(const QString &objectName, InlineMessage *message);
    QSize defaultSize() const;
    void fillProfiles();
    void onProfileChosen(int index);
    void openProfiles();
    // The deployments of a console profile (EMQX Cloud console by hand): shown only for one.
    void openConsoleDeployments();
    void updateConsoleAction();
    void startWithConsoleProfile(bool connectAccount);
    // Reconnects once from the event loop, however many changes asked for it meanwhile.
    void reconnectSoon() { m_reconnect.start(); }
    void onSessionClosing();
    void refreshNow();
    void requestNewPeering();
    void openDeleteDialog();
    // The cleanup of the operator's side of `recordId` (made by "Do it for me" with a connected
    // provider account); nullptr when there is none.
    session::SideCleanup *sideCleanupOf(const QString &recordId);
    void updateActions();
    void updatePeeringActions(); // Continue setup…, Create again…
    void updateActivity();
    void onStatusChanged(const session::ConnectionStatus &status);
    void onPeeringEvent(const session::PeeringEvent &event);
    void setStatus(const QString &text);

    secrets::ProfileStore *m_profiles;
    secrets::SecretStore *m_secrets;
    session::SessionManager *m_sessions;
    QComboBox *m_profileBox;
    QFrame *m_demoBanner;
    QFrame *m_connectionBanner;
    InlineMessage *m_connectionMessage;
    int m_unseenEvents = 0;         // events while the events dock was closed (the action counts)
    StatusPanel *m_panel = nullptr; // see panel()
    QWidget *m_panelPlaceholder = nullptr; // its room until it is built
    QPointer<session::CloudSideWatcher> m_cloudSide;
    EventLog *m_eventLog = nullptr; // see eventLog()
    QLabel *m_status;
    QAction *m_refreshAction = nullptr;
    QAction *m_newPeeringAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_continueAction = nullptr;
    QAction *m_createAgainAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_consoleDeploymentsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QDockWidget *m_eventsDock = nullptr;
    bool m_sizeEventsDock = true;            // until its first show sizes it (no saved layout)
    bool m_eventsDockChosen = false;         // the operator opened or closed the event log
    QPointer<ProfileDialog> m_profileDialog; // created on first use, kept for its late reports
    QPointer<DeletePeeringDialog> m_deleteDialog;
    // The selection of a previous run, selected again after the session's first full poll.
    QString m_restoreDeploymentId;
    QString m_restoreRecordId;
    QTimer m_reconnect;
};

} // namespace vpw::ui
