#pragma once

#include "app/secrets/provideraccount.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace vpw {
class Clock;
}
namespace vpw::cloud {
class OutcomeProbe;
}
namespace vpw::secrets {
class SecretStore;
}

namespace vpw::session {

class ConsoleBackend;

// Watches the outcome of a console profile's pending peerings on the provider side, where a
// provider account of the deployment's provider is connected (EMQX Cloud cannot be asked):
// Alibaba Cloud — the deployment's VPC Attached to the operator's CEN; Huawei Cloud — the peering
// request ACTIVE, REJECTED or EXPIRED (cloud::OutcomeProbe of each provider's client). What it
// sees is recorded through ConsoleBackend::confirmOutcome(byProvider = true). A peering with an
// attach window (estimated from the operator's Done) whose VPC is not attached when the window
// ends fails with window_closed. Without an account nothing is watched: the operator tells.
//
// Checks every interval() while something is pending (at most one call per peering at a time).
// Threading: the session's thread; nothing blocks.
class ConsoleWatcher : public QObject {
    Q_OBJECT

public:
    ConsoleWatcher(ConsoleBackend *console, const Clock *clock, QObject *parent = nullptr);
    ~ConsoleWatcher() override;

    // The account watching the peerings of `account.provider`, with its secret (only kept in
    // memory); replaces that provider's previous one. `projectId`: Huawei Cloud's project of
    // the region when known (empty: looked up).
    void setAccount(const secrets::ProviderAccount &account, const QString &secret,
                    const QString &projectId = {});
    // The first account of each provider in `accounts`, their secrets read from the keychain
    // (asynchronously); an account whose secret cannot be read is left out.
    void useAccounts(const QList<secrets::ProviderAccount> &accounts,
                     secrets::SecretStore *secrets);
    void clearAccounts();
    // The name of the account watching `providerId` ("aliyun"), empty when none.
    QString accountName(const QString &providerId) const;

    int interval() const { return m_timer.interval(); }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // Looks at every pending peering now.
    void checkNow();

    // The provider's last word on a peering ("Attaching", "PENDING_ACCEPTANCE"), empty before.
    QString providerStatus(const QString &recordId) const { return m_status.value(recordId); }
    // Why the last look failed (translated), empty when it worked.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // A look at `recordId` ended (its providerStatus() or lastError() may have changed).
    void checked(const QString &recordId);
    void accountsChanged();

private:
    struct Watch {
        secrets::ProviderAccount account;
        std::unique_ptr<cloud::OutcomeProbe> probe;
    };
    void check(const QString &recordId);
    void updateTimer();

    ConsoleBackend *m_console;
    const Clock *m_clock;
    QHash<QString, std::shared_ptr<Watch>> m_watches; // by provider wire name
    QSet<QString> m_inFlight;
    QHash<QString, QString> m_status;
    QString m_lastError;
    QTimer m_timer;
    quint64 m_generation = 0; // bumped by clearAccounts(): late keychain answers are dropped
};

} // namespace vpw::session
