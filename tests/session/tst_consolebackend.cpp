// The session of an "EMQX Cloud console (by hand)" profile: stored through the real ProfileStore,
// opened by the SessionManager with the real keychain, it reads no secret and serves the
// deployments the operator entered from its local file, across restarts.
#include "app/secrets/profilestore.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"
#include "app/session/connectionstatus.h"
#include "app/session/consolebackend.h"
#include "app/session/deploymentmodel.h"
#include "app/session/session.h"
#include "app/session/sessionmanager.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace vpw;
using namespace vpw::session;

namespace {

ManualInput aliyunInput() {
    return {{ManualField::Name, QStringLiteral("production-hz")},
            {ManualField::Provider, QStringLiteral("Alibaba Cloud")},
            {ManualField::Region, QStringLiteral("cn-hangzhou")},
            {ManualField::VpcId, QStringLiteral("vpc-bp1qnbx6w0ruf7yjkr8hd")},
            {ManualField::Cidr, QStringLiteral("10.100.0.0/16")},
            {ManualField::CloudAccountId, QStringLiteral("1234567890123456")},
            {ManualField::Edition, QStringLiteral("dedicated")}};
}

} // namespace

class TestConsoleBackend : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void consoleProfileServesLocalDeployments() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::Profile profile;
        profile.name = QStringLiteral("Production (console)");
        profile.kind = secrets::ProfileKind::Console;
        QVERIFY(!profiles.add(profile));
        const QString path = ConsoleBackend::dataPath(profile.id);
        QVERIFY(path.contains(profile.id));

        secrets::SecretStore keychain;
        // A console profile has no secret in the keychain, and needs none.
        auto *read = keychain.read(profile.id);
        QSignalSpy readDone(read, &secrets::SecretJob::finished);
        QVERIFY(readDone.wait(10000));
        QVERIFY(read->isNotFound());

        QString id;
        {
            SessionManager manager(&keychain);
            Session *session = manager.open(*profiles.profile(profile.id));
            QVERIFY(session);
            QVERIFY(session->console());
            // Connected at once: no secret is read, no request made.
            QCOMPARE(session->status().state, ConnectionStatus::Connected);
            QCOMPARE(session->deployments()->rowCount(), 0);
            QSignalSpy changed(session->console(), &ConsoleBackend::deploymentsChanged);
            QList<ManualProblem> problems;
            const auto added = session->console()->add(aliyunInput(), &problems);
            QVERIFY(added);
            id = added->id;
            QCOMPARE(changed.count(), 1);
            QCOMPARE(session->deployments()->rowCount(), 1);
            const auto listed = session->deployments()->deployment(id);
            QVERIFY(listed);
            QCOMPARE(listed->vpcId, QStringLiteral("vpc-bp1qnbx6w0ruf7yjkr8hd"));
            QVERIFY(session->deployments()
                        ->data(session->deployments()->indexOf(id),
                               DeploymentModel::PeeringAvailableRole)
                        .toBool());
            ManualInput shared = aliyunInput();
            shared.insert(ManualField::Edition, QStringLiteral("shared"));
            QVERIFY(!session->console()->update(id, shared, &problems));
            QCOMPARE(session->deployments()->deployment(id)->edition, Edition::Dedicated);
        }
        QVERIFY(QFile::exists(path));
        // A restart: the same profile lists the same deployment.
        SessionManager manager(&keychain);
        Session *session = manager.open(*profiles.profile(profile.id));
        QCOMPARE(session->deployments()->rowCount(), 1);
        QCOMPARE(session->deployments()->deployment(id)->name, QStringLiteral("production-hz"));
        QVERIFY(session->console()->remove(id));
        QCOMPARE(session->deployments()->rowCount(), 0);
        QVERIFY(QFile::remove(path));
    }

    void apiProfileHasNoConsoleBackend() {
        secrets::Profile api;
        api.id = QStringLiteral("api-profile");
        api.name = QStringLiteral("API");
        api.endpoint = QUrl(QStringLiteral("https://peering.example.com"));
        api.apiKey = QStringLiteral("key");
        Session session(api, nullptr);
        QVERIFY(!session.console());
    }

    void unreadableFileIsReportedAndKept() {
        secrets::Profile profile;
        profile.id = QStringLiteral("console-corrupt");
        profile.name = QStringLiteral("Corrupt");
        profile.kind = secrets::ProfileKind::Console;
        const QString path = ConsoleBackend::dataPath(profile.id);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"format\": ");
        file.close();
        Session session(profile, nullptr);
        session.start();
        QVERIFY(session.console());
        QVERIFY(!session.console()->loadError().message.isEmpty());
        QCOMPARE(session.console()->loadError().line, 1);
        QCOMPARE(session.deployments()->rowCount(), 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ \"format\": "));
        file.close();
        QVERIFY(QFile::remove(path));
    }
};

QTEST_GUILESS_MAIN(TestConsoleBackend)
#include "tst_consolebackend.moc"
