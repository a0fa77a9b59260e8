#include "mainwindow.h"

#include "app/cloud/apiclient.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "profiledialog.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {
enum Column {
    NameColumn,
    PlatformColumn,
    RegionColumn,
    EditionColumn,
    VpcColumn,
    CidrColumn,
    PeeringColumn,
    ColumnCount
};
}

MainWindow::MainWindow(secrets::ProfileStore *profiles, secrets::SecretStore *secrets,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_profileBox(new QComboBox(this))
    , m_demoBanner(new QLabel(this))
    , m_deployments(new QTreeWidget(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("VPC Peering Wizard"));
    resize(960, 540);
    buildProfileBar();

    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setTextFormat(Qt::PlainText);
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setText(
        tr("ⓘ Demo: \"Sandbox — local demo\" is a server running inside this application with "
           "sample deployments. Nothing you do here reaches a cloud account."));
    m_demoBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
        " padding: 6px; }"));

    m_deployments->setObjectName(QStringLiteral("deploymentList"));
    m_deployments->setRootIsDecorated(false);
    m_deployments->setAlternatingRowColors(true);
    m_deployments->setColumnCount(ColumnCount);
    m_deployments->setHeaderLabels({tr("Deployment"), tr("Platform"), tr("Region"), tr("Edition"),
                                    tr("VPC ID"), tr("VPC CIDR"), tr("VPC peering")});
    m_deployments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_deployments);
    setCentralWidget(central);

    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setTextFormat(Qt::PlainText); // server text is never rendered as rich text
    statusBar()->addWidget(m_status, 1);

    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(0);
    connect(&m_reconnect, &QTimer::timeout, this, &MainWindow::connectProfile);
    connect(m_profiles, &secrets::ProfileStore::profilesChanged, this, &MainWindow::fillProfiles);
    connect(m_profiles, &secrets::ProfileStore::currentChanged, this, &MainWindow::fillProfiles);
    connect(m_profiles, &secrets::ProfileStore::currentChanged, this, &MainWindow::reconnectSoon);
    fillProfiles();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildProfileBar() {
    auto *bar = addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("profileBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Profile:"), bar));
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_profileBox);
    auto *refreshAction = bar->addAction(tr("Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    auto *profilesAction = bar->addAction(tr("Profiles…"), this, &MainWindow::openProfiles);
    profilesAction->setObjectName(QStringLiteral("profilesAction"));
    profilesAction->setToolTip(tr("Add, edit or remove profiles and their API secrets"));
    connect(m_profileBox, &QComboBox::activated, this, &MainWindow::onProfileChosen);
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
    } else {
        m_profileDialog->reload();
    }
    m_profileDialog->open();
}

void MainWindow::connectProfile() {
    m_reconnect.stop(); // this is the reconnect a pending request asked for
    ++m_connection;
    delete m_client; // aborts its jobs silently
    m_deployments->clear();
    const auto profile = m_profiles->current();
    m_demoBanner->setVisible(profile.demo);
    if (profile.endpoint.isEmpty()) {
        setStatus(profile.demo ? tr("Starting the local sandbox…")
                               : tr("This profile has no endpoint yet."));
        return;
    }
    setStatus(tr("Reading the API secret of \"%1\" from the keychain…").arg(profile.name));
    const quint64 connection = m_connection;
    m_secrets->read(profile.id)
        ->onFinished(this, [this, connection](const secrets::SecretJob &job) {
            if (connection != m_connection)
                return;
            if (job.isOk())
                connectWithSecret(job.secret());
            else if (job.isNotFound())
                setStatus(tr("No API secret is stored for this profile. Enter it in the profile "
                             "settings."));
            else
                setStatus(job.error().message);
        });
}

void MainWindow::connectWithSecret(const QString &secret) {
    const auto profile = m_profiles->current();
    const cloud::Endpoint endpoint{profile.endpoint, profile.apiKey, secret};
    if (const auto problem = endpoint.check()) {
        setStatus(*problem);
        return;
    }
    m_client = new cloud::ApiClient(endpoint, this);
    refresh();
}

void MainWindow::refresh() {
    if (!m_client) {
        connectProfile();
        return;
    }
    setStatus(tr("Loading deployments…"));
    const quint64 connection = m_connection;
    m_client->listDeployments()->onFinished(
        this, [this, connection](const cloud::DeploymentListJob &job) {
            if (connection != m_connection)
                return;
            if (job.isOk())
                showDeployments(job.value());
            else
                setStatus(job.error().userMessage());
        });
}

void MainWindow::showDeployments(const QList<Deployment> &deployments) {
    m_deployments->clear();
    for (const auto &deployment : deployments) {
        auto *item = new QTreeWidgetItem(m_deployments);
        item->setText(NameColumn, deployment.name);
        item->setText(PlatformColumn, providerDisplayName(deployment.platform));
        item->setText(RegionColumn, deployment.region);
        item->setText(EditionColumn, editionDisplayName(deployment.edition));
        item->setText(VpcColumn, deployment.vpcId);
        item->setText(CidrColumn, deployment.cidr.toString());
        item->setData(NameColumn, Qt::UserRole, deployment.id);
        item->setText(PeeringColumn, peeringAvailability(deployment.edition));
    }
    setStatus(tr("%n deployment(s)", nullptr, int(deployments.size())));
}

QString MainWindow::peeringAvailability(Edition edition) {
    // Text, not colour alone: the reason is spelled out (the documentation's 免费试用和共享部署).
    switch (edition) {
    case Edition::Dedicated:
        break;
    case Edition::Shared:
        return tr("Not available on shared deployments");
    case Edition::Trial:
        return tr("Not available on free-trial deployments");
    }
    return tr("Available");
}

void MainWindow::showConnectionProblem(const QString &message) {
    setStatus(message);
}

void MainWindow::setStatus(const QString &text) {
    m_status->setText(text);
}

} // namespace vpw::ui
