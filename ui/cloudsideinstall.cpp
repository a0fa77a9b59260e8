#include "cloudsideinstall.h"

#include "cloudsidegroup.h"
#include "logging.h"
#include "mainwindow.h"

#include "app/core/clock.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"
#include "app/session/cloudside.h"
#include "app/session/consolebackend.h"
#include "app/session/consolecloudside.h"
#include "app/session/peeringevent.h"
#include "app/session/session.h"
#include "app/session/sessionmanager.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileSystemWatcher>

namespace vpw::ui {

namespace {

// Reads only while the window can be seen (the budget: nothing while hidden or minimised).
class VisibilityFilter final : public QObject {
public:
    VisibilityFilter(QWidget *window, session::CloudSideWatcher *watcher)
        : QObject(watcher)
        , m_window(window)
        , m_watcher(watcher) {
        window->installEventFilter(this);
        update();
    }
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_window &&
            (event->type() == QEvent::Show || event->type() == QEvent::Hide ||
             event->type() == QEvent::WindowStateChange))
            update();
        return false;
    }

private:
    void update() { m_watcher->setVisible(m_window->isVisible() && !m_window->isMinimized()); }
    QWidget *m_window;
    session::CloudSideWatcher *m_watcher;
};

} // namespace

session::CloudSideWatcher *installCloudSide(MainWindow *window, secrets::ProfileStore *profiles,
                                            secrets::SecretStore *secrets,
                                            const QString &journalDir, const Clock *clock) {
    auto *watcher = new session::CloudSideWatcher(clock, window);
    watcher->setObjectName(QStringLiteral("cloudSideWatcher"));
    const auto loadTargets = [watcher, journalDir] {
        watcher->setTargets(session::cloudSideTargets(journalDir));
    };
    // The current console profile's peerings made through the guided pages.
    session::SessionManager *sessions = window->sessions();
    const auto loadConsoleTargets = [watcher, sessions, profiles] {
        const session::Session *current = sessions ? sessions->current() : nullptr;
        watcher->setConsoleTargets(
            current && current->console()
                ? session::consoleCloudSideTargets(*current->console(),
                                                   profiles->providerAccounts()->accounts())
                : QList<session::CloudSideTarget>());
    };
    const auto loadAccounts = [watcher, profiles, secrets] {
        for (const secrets::ProviderAccount &account : profiles->providerAccounts()->accounts()) {
            if (!session::hasCloudSide(account.provider))
                continue;
            secrets->readAccountSecret(account.id)
                ->onFinished(watcher, [watcher, account](const secrets::SecretJob &job) {
                    if (job.isOk())
                        watcher->setAccount({account, job.secret()});
                });
        }
    };
    loadTargets();
    loadAccounts();
    // A peering deleted or marked removed is not read again after a restart either.
    QObject::connect(watcher, &session::CloudSideWatcher::forgotten, watcher,
                     [journalDir](const QString &recordId) {
                         QString error;
                         if (!session::rememberForgotten(journalDir, recordId, &error))
                             qCWarning(lcUi).noquote() << "the cloud side will read" << recordId
                                                       << "again after a restart:" << error;
                     });
    if (!journalDir.isEmpty() && QDir(journalDir).exists()) {
        auto *files = new QFileSystemWatcher({journalDir}, watcher);
        QObject::connect(files, &QFileSystemWatcher::directoryChanged, watcher, loadTargets);
    }
    QObject::connect(profiles->providerAccounts(), &secrets::ProviderAccountStore::accountsChanged,
                     watcher, loadAccounts);
    QObject::connect(profiles->providerAccounts(), &secrets::ProviderAccountStore::accountsChanged,
                     watcher, loadConsoleTargets);
    if (sessions) {
        const auto follow = [watcher, loadConsoleTargets](session::Session *current) {
            if (current && current->console())
                QObject::connect(current->console(), &session::ConsoleBackend::peeringsChanged,
                                 watcher, loadConsoleTargets);
            loadConsoleTargets();
        };
        follow(sessions->current());
        QObject::connect(sessions, &session::SessionManager::sessionChanged, watcher, follow);
    }
    window->setCloudSideWatcher(watcher);
    if (auto *refresh = window->findChild<QAction *>(QStringLiteral("refreshAction")))
        QObject::connect(refresh, &QAction::triggered, watcher,
                         [watcher] { watcher->refreshNow(); });
    new VisibilityFilter(window, watcher);
    QObject::connect(watcher, &session::CloudSideWatcher::mismatchFound, window,
                     [window, clock](const QString &recordId, const session::CloudCheck &check) {
                         session::PeeringEvent event;
                         event.at = (clock ? clock : &systemClock())->now();
                         event.id = recordId;
                         event.from = PeeringState::Running;
                         event.to = PeeringState::Running;
                         event.change = CloudSideGroup::tr("Cloud side: mismatch");
                         event.reason = CloudSideGroup::mismatchText(check);
                         window->addEvent(event);
                     });
    return watcher;
}

} // namespace vpw::ui
