#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace vpw::sandbox {
class ServerThread;
}
namespace vpw::secrets {
class ProfileStore;
class SecretStore;
} // namespace vpw::secrets

namespace vpw {

// The backend of the built-in "Sandbox — local demo" profile: the sandbox server in its own
// thread on a free loopback port, with a fresh random secret each run (memory only, never the
// keychain). Its state is kept in the application's data folder, so a restart during the
// 10-minute window finds the peering and its timestamps again.
//
// start() ends with exactly one of ready() (the demo profile is connected) or failed().
class DemoBackend : public QObject {
    Q_OBJECT
public:
    DemoBackend(secrets::ProfileStore *profiles, secrets::SecretStore *secrets,
                QObject *parent = nullptr);
    ~DemoBackend() override;

    void start();
    // "aliyun emulator: http://127.0.0.1:<port>" and "huawei emulator: ..." once ready():
    // the providers' own APIs, emulated beside the sandbox (docs/providers-emulated.md).
    QStringList providerEmulators() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    secrets::ProfileStore *m_profiles;
    secrets::SecretStore *m_secrets;
    sandbox::ServerThread *m_thread = nullptr;
};

} // namespace vpw
