// The main window's chrome: its actions, menus, profile toolbar and banners (split from
// mainwindow.cpp, which keeps the session, the settings and the window's behaviour).
#include "aboutdialog.h"
#include "icons.h"
#include "inlinemessage.h"
#include "mainwindow.h"
#include "manualdeploymentsdialog.h"
#include "statuspanel.h"
#include "userguide.h"

#include "app/core/firstframe.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/session/consolebackend.h"
#include "app/session/consolewatcher.h"
#include "app/session/session.h"
#include "app/session/sessionmanager.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QToolBar>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {

// A banner's box: the alternate base colour inside a rounded border, painted here rather than by
// a style sheet, which would put the style-sheet style between its widgets and the style.
class BannerFrame : public QFrame {
public:
    using QFrame::QFrame;

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(palette().brush(QPalette::AlternateBase));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    }
};

} // namespace

void MainWindow::buildActions() {
    // Menus show text() with its mnemonic; toolbar buttons show iconText(), set without one
    // (a stripped "(&R)" would leave "(R)" in the Chinese toolbar).
    // The icons are the application's own (resources/icons), not QStyle's standard icons: those
    // look the icon theme up first, and reading the theme's index costs the first frame about
    // 4 ms (docs/performance.md, "Startup"). They are read when first drawn (resourceIcon).
    m_refreshAction = new QAction(resourceIcon(QStringLiteral(":/icons/view-refresh.svg")),
                                  tr("&Refresh now"), this);
    m_refreshAction->setIconText(tr("Refresh now"));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Refresh the deployments and peerings now (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshNow);
    addAction(m_refreshAction);

    m_newPeeringAction = new QAction(resourceIcon(QStringLiteral(":/icons/peering-new.svg")),
                                     tr("&New peering…"), this);
    m_newPeeringAction->setIconText(tr("New peering…"));
    m_newPeeringAction->setObjectName(QStringLiteral("newPeeringAction"));
    m_newPeeringAction->setShortcut(QKeySequence::New);
    connect(m_newPeeringAction, &QAction::triggered, this, &MainWindow::requestNewPeering);
    addAction(m_newPeeringAction);

    m_deleteAction = new QAction(resourceIcon(QStringLiteral(":/icons/edit-delete.svg")),
                                 tr("&Delete peering…"), this);
    m_deleteAction->setIconText(tr("Delete peering…"));
    m_deleteAction->setObjectName(QStringLiteral("deletePeeringAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Del deletes only where a peering is what has the focus (the peering view, its details),
    // not while typing in the filter or in the deployments view.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::openDeleteDialog);

    // What a pending peering still needs (its countdown and values) and a failed one's way on.
    // Shown only where they apply (menus, the row's menu, the details pane; Enter on the row).
    m_continueAction = new QAction(tr("Continue &setup…"), this);
    m_continueAction->setObjectName(QStringLiteral("continueSetupAction"));
    m_continueAction->setToolTip(tr("Open the countdown of this pending peering again, with the "
                                    "values to load"));
    connect(m_continueAction, &QAction::triggered, this, [this] {
        if (const auto peering = currentPeering())
            Q_EMIT continueSetupRequested(peering->id);
    });
    m_createAgainAction = new QAction(tr("Create &again with the same values…"), this);
    m_createAgainAction->setObjectName(QStringLiteral("createAgainAction"));
    m_createAgainAction->setToolTip(
        tr("Open the wizard with this failed peering's values typed in, to check and submit"));
    connect(m_createAgainAction, &QAction::triggered, this, [this] {
        if (const auto peering = currentPeering())
            Q_EMIT createAgainRequested(peering->id);
    });

    // "Connection profiles": a bare "Profiles" (配置) read as the application's settings.
    m_profilesAction = new QAction(tr("Connection &profiles…"), this);
    m_profilesAction->setIconText(tr("Connection profiles…"));
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_profilesAction->setToolTip(tr("Add, edit or remove profiles and their API secrets"));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::openProfiles);

    m_consoleDeploymentsAction = new QAction(tr("&Deployments (EMQX Cloud console)…"), this);
    m_consoleDeploymentsAction->setObjectName(QStringLiteral("consoleDeploymentsAction"));
    m_consoleDeploymentsAction->setToolTip(
        tr("Enter, edit, import or export the deployments of this console profile"));
    connect(m_consoleDeploymentsAction, &QAction::triggered, this,
            &MainWindow::openConsoleDeployments);
    connect(m_sessions, &session::SessionManager::sessionChanged, this,
            &MainWindow::updateConsoleAction);
    connect(m_profiles->providerAccounts(), &secrets::ProviderAccountStore::accountsChanged, this,
            &MainWindow::updateConsoleAction);
    updateConsoleAction();

    m_quitAction = new QAction(resourceIcon(QStringLiteral(":/icons/application-exit.svg")),
                               tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // Ctrl+Q on every desktop (QKeySequence::Quit is empty where the platform names none).
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    // Closing the only main window ends the application, with the window's state saved.
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    addAction(m_quitAction);
}

void MainWindow::buildMenus(QAction *eventsAction) {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_profilesAction);
    file->addAction(m_consoleDeploymentsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *peering = menuBar()->addMenu(tr("&Peering"));
    peering->setObjectName(QStringLiteral("peeringMenu"));
    peering->addAction(m_refreshAction);
    peering->addSeparator();
    peering->addAction(m_newPeeringAction);
    peering->addAction(m_deleteAction);
    peering->addAction(m_continueAction);
    peering->addAction(m_createAgainAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(eventsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = UserGuideDialog::createAction(this);
    addAction(guide); // F1 wherever the focus is in the window
    help->addAction(guide);
    help->addAction(AboutDialog::createAction(this));
}

void MainWindow::buildProfileBar() {
    auto *bar = addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *label = new QLabel(tr("P&rofile:"), bar);
    label->setBuddy(m_profileBox);
    bar->addWidget(label);
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileBox->setAccessibleName(tr("Profile"));
    // As wide as the longest profile name, also when one is added or renamed later. Set after
    // the first frame: AdjustToContents makes the popup's list (a dozen widgets) at once, and
    // until then the default policy sizes the box to the same contents on its first show.
    runAfterFirstFrame(m_profileBox, [box = m_profileBox] {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    });
    bar->addWidget(m_profileBox);
    bar->addAction(m_profilesAction);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    bar->addAction(m_newPeeringAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    connect(m_profileBox, &QComboBox::activated, this, &MainWindow::onProfileChosen);
}

QFrame *MainWindow::buildBanner(const QString &objectName, InlineMessage *message) {
    auto *frame = new BannerFrame(this);
    frame->setObjectName(objectName);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(message);
    return frame;
}

void MainWindow::updatePeeringActions() {
    const auto peering = currentPeering();
    const bool connected = session() && session()->isConnected();
    const bool pending = peering && peering->state == PeeringState::Pending;
    const bool failed = peering && peering->state == PeeringState::Failed;
    m_continueAction->setVisible(pending);
    m_continueAction->setEnabled(connected && pending);
    m_createAgainAction->setVisible(failed);
    m_createAgainAction->setEnabled(connected && failed);
}

// A console profile's pending peerings are watched on the provider side through the provider
// accounts (their secrets read from the keychain by the session layer).
void MainWindow::updateConsoleAction() {
    const session::Session *current = session();
    m_consoleDeploymentsAction->setVisible(current && current->console());
    if (current && current->console() && current->console()->watcher())
        current->console()->watcher()->useAccounts(m_profiles->providerAccounts()->accounts(),
                                                   m_secrets);
}

void MainWindow::openConsoleDeployments() {
    session::Session *current = session();
    if (!current || !current->console())
        return;
    auto *dialog = new ManualDeploymentsDialog(current->console(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog edits the session's backend: it closes with the session.
    connect(m_sessions, &session::SessionManager::sessionAboutToClose, dialog, &QDialog::reject);
    dialog->open();
}

} // namespace vpw::ui
