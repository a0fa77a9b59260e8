// The status panel's part of the main window: when it is built (MainWindow::PanelTiming), what
// it is handed then, and its splitters' sizes.
#include "cloudsidegroup.h"
#include "mainwindow.h"
#include "peeringdetails.h"
#include "statuspanel.h"

#include "app/session/cloudside.h"

#include <QBoxLayout>
#include <QSettings>

namespace vpw::ui {

namespace {
const QLatin1String kSplittersKey("mainWindow/splitters");
} // namespace

StatusPanel *MainWindow::panel() {
    if (m_panel)
        return m_panel;
    m_panel = new StatusPanel(centralWidget());
    m_panel->setActions(m_newPeeringAction, m_deleteAction, m_refreshAction);
    m_panel->setPeeringActions({m_continueAction, m_createAgainAction});
    connect(m_panel, &StatusPanel::currentDeploymentChanged, this, &MainWindow::updateActions);
    connect(m_panel, &StatusPanel::currentPeeringChanged, this, &MainWindow::updateActions);
    m_panel->restoreSplitters(QSettings().value(kSplittersKey).toByteArray());
    if (m_cloudSide)
        m_panel->details()->cloudSide()->setWatcher(m_cloudSide);
    // In the placeholder's place, with its stretch (at once if the window is on screen).
    delete centralWidget()->layout()->replaceWidget(m_panelPlaceholder, m_panel);
    delete m_panelPlaceholder;
    m_panelPlaceholder = nullptr;
    m_panel->show();
    if (session::Session *current = session())
        m_panel->setSession(current);
    updateActions();
    return m_panel;
}

void MainWindow::savePanelSettings(QSettings &settings) const {
    if (m_panel) // else the sizes saved before stand
        settings.setValue(kSplittersKey, m_panel->saveSplitters());
}

std::optional<Deployment> MainWindow::currentDeployment() const {
    return m_panel ? m_panel->currentDeployment() : std::nullopt;
}

std::optional<Peering> MainWindow::currentPeering() const {
    return m_panel ? m_panel->currentPeering() : std::nullopt;
}

void MainWindow::setCloudSideWatcher(session::CloudSideWatcher *watcher) {
    m_cloudSide = watcher;
    if (m_panel)
        m_panel->details()->cloudSide()->setWatcher(watcher);
}

} // namespace vpw::ui
