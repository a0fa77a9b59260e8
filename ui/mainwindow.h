#pragma once

#include "app/core/model.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace vpw::cloud {
class ApiClient;
}
namespace vpw::secrets {
class ProfileStore;
class SecretStore;
} // namespace vpw::secrets

namespace vpw::ui {

class ProfileDialog;

// The main window: the active credential profile (the demo one clearly labelled) and the
// deployments it reaches, with whether VPC peering is available on each.
//
// It connects when the current profile has an endpoint: the secret is read from the keychain
// (async), then an ApiClient is created for the profile. Everything here is asynchronous; a
// slow or failing server only changes the status line. Stores are not owned.
//
// "Profiles…" opens the ProfileDialog (window-modal, via open()); it reconnects when the
// dialog saved a profile or the current profile changed.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(secrets::ProfileStore *profiles, secrets::SecretStore *secrets,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // (Re)connects to the current profile and loads its deployments. Call again when the
    // profile's connection changes (the demo sandbox became ready).
    void connectProfile();
    // Shown in the status line while no connection can be made (e.g. the sandbox failed).
    void showConnectionProblem(const QString &message);

private:
    void buildProfileBar();
    void fillProfiles();
    void onProfileChosen(int index);
    void openProfiles();
    // Reconnects once from the event loop, however many changes asked for it meanwhile.
    void reconnectSoon() { m_reconnect.start(); }
    void connectWithSecret(const QString &secret);
    void refresh();
    void showDeployments(const QList<Deployment> &deployments);
    static QString peeringAvailability(Edition edition);
    void setStatus(const QString &text);

    secrets::ProfileStore *m_profiles;
    secrets::SecretStore *m_secrets;
    QPointer<cloud::ApiClient> m_client;
    QComboBox *m_profileBox;
    QLabel *m_demoBanner;
    QTreeWidget *m_deployments;
    QLabel *m_status;
    QPointer<ProfileDialog> m_profileDialog; // created on first use, kept for its late reports
    QTimer m_reconnect;
    quint64 m_connection = 0; // bumps on every (re)connect; late answers of older ones are ignored
};

} // namespace vpw::ui
