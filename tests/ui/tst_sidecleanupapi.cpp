// "Clean up my side…" in an API profile (issue 18, item 3, the cheap half): a "Do it for me"
// peering deleted through the status panel (the real sandbox as EMQX Cloud) offers the cleanup of
// the operator's side once the deletion is sent — the calls listed first, then run — against
// the real Huawei Cloud emulator, where the rule the plan added is made through the
// application's own client. Driven by objectName, offscreen.
#include "app/providers/huawei/automation/huaweiplan.h"
#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/providers/huawei/module.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"
#include "app/session/cloudside.h"
#include "app/session/deploymentmodel.h"
#include "app/session/peeringmodel.h"
#include "tests/cloud/sandboxfixture.h"
#include "ui/cloudsideinstall.h"
#include "ui/deletepeeringdialog.h"
#include "ui/mainwindow.h"
#include "ui/sidecleanupdialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace vpw;

namespace {

constexpr int kTimeout = 15000;
const QString kSecret = QStringLiteral("cleanup-api-secret");
const QString kGroup = QStringLiteral("2a7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");
const QString kCidr = QStringLiteral("172.20.0.0/16");

int rowWith(QAbstractItemModel *model, int role, const QString &id) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(role).toString() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestSideCleanupApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("user")));
        huawei::registerCloudSide();
        huawei::registerCleanup();
    }

    void deletionSentOffersTheCleanup() {
        test::SandboxFixture sandbox;
        sandbox::Options options;
        options.apiKey = QStringLiteral("cleanup");
        options.apiSecret = kSecret;
        QVERIFY(sandbox.start(options));
        huawei::Emulator emulator(huawei::EmulatorOptions{});
        QString error;
        QVERIFY2(emulator.start(&error), qPrintable(error));

        // What "Do it for me" left behind in the operator's project: the rule for 1883.
        huawei::Account h;
        h.accessKey = emulator.options().accessKey;
        h.secretKey = emulator.options().secretKey;
        h.projectId = QLatin1String(huawei::kOperatorProject);
        h.endpointOverride = emulator.baseUrl();
        huawei::Client client(h);
        huawei::SecurityGroupRule rule;
        rule.securityGroupId = kGroup;
        rule.portMin = rule.portMax = 1883;
        rule.remoteIpPrefix = kCidr;
        auto *ruleJob = client.createSecurityGroupRule(rule);
        QSignalSpy ruleDone(ruleJob, &cloud::ProviderJob::finished);
        QVERIFY(ruleDone.wait(kTimeout));
        QVERIFY(ruleJob->isOk());

        QSettings settings(m_dir.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
        settings.clear();
        secrets::ProfileStore profiles(&settings);
        profiles.setDemoConnection(sandbox.server().baseUrl(), QStringLiteral("cleanup"));
        secrets::SecretStore secretStore;
        secretStore.setSessionOnly(true);
        secretStore.setSessionSecret(QString::fromLatin1(secrets::ProfileStore::DemoProfileId),
                                     kSecret);
        secrets::ProviderAccount account;
        account.provider = providers::huawei::module().id();
        account.name = QStringLiteral("Ops");
        account.accessKeyId = h.accessKey;
        account.regions = {QStringLiteral("cn-north-4")};
        account.endpointOverride = emulator.baseUrl();
        const auto refused = profiles.providerAccounts()->add(account);
        QVERIFY2(!refused, refused ? qPrintable(refused->message) : "");
        QSignalSpy written(secretStore.writeAccountSecret(account.id, h.secretKey),
                           &QObject::destroyed);
        QVERIFY(written.wait(kTimeout));

        ui::MainWindow window(&profiles, &secretStore);
        session::CloudSideWatcher *watcher = ui::installCloudSide(
            &window, &profiles, &secretStore, m_dir.filePath(QStringLiteral("none")));
        // The seeded Huawei peering as its apply journal would name it.
        session::CloudSideTarget target;
        target.recordId = test::seed::HuaweiRunning;
        target.accountId = account.id;
        target.deploymentId = test::seed::HuaweiDeployment;
        target.deploymentCidr = kCidr;
        target.region = QStringLiteral("cn-north-4");
        target.securityGroupId = kGroup;
        target.ports = {1883};
        watcher->setTargets({target});
        window.show();
        window.connectProfile();
        auto *deployments = window.findChild<QTableView *>(QStringLiteral("deploymentsView"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(deployments->model(), session::DeploymentModel::IdRole,
                                         test::seed::HuaweiDeployment) >= 0,
                                 kTimeout);
        deployments->setCurrentIndex(deployments->model()->index(
            rowWith(deployments->model(), session::DeploymentModel::IdRole,
                    test::seed::HuaweiDeployment),
            0));
        auto *peerings = window.findChild<QTableView *>(QStringLiteral("peeringsView"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(peerings->model(), session::PeeringModel::IdRole,
                                         test::seed::HuaweiRunning) >= 0,
                                 kTimeout);
        peerings->setCurrentIndex(peerings->model()->index(
            rowWith(peerings->model(), session::PeeringModel::IdRole, test::seed::HuaweiRunning),
            0));
        auto *deleteAction = window.findChild<QAction *>(QStringLiteral("deletePeeringAction"));
        QTRY_VERIFY(deleteAction->isEnabled());
        deleteAction->trigger();
        auto *dialog = window.findChild<ui::DeletePeeringDialog *>();
        QVERIFY(dialog);
        QVERIFY(!window.findChild<ui::SideCleanupDialog *>()); // not before the deletion
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deleteButton")),
                          Qt::LeftButton);

        // Sent: the cleanup is offered, its call listed before it is made.
        ui::SideCleanupDialog *cleanup = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((cleanup = window.findChild<ui::SideCleanupDialog *>()), kTimeout);
        QVERIFY(!watcher->watches(test::seed::HuaweiRunning));
        auto *status = cleanup->findChild<QLabel *>(QStringLiteral("cleanupStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Checked"), kTimeout);
        QTreeWidgetItem *row = cleanup->row(QStringLiteral("delete-rule-1883"));
        QVERIFY(row);
        QCOMPARE(row->text(1), QStringLiteral("to delete"));
        QVERIFY(row->child(0)->text(0).contains(
            QStringLiteral("security_group_id=%1 direction=ingress protocol=tcp "
                           "port_range_min=1883 port_range_max=1883 remote_ip_prefix=%2")
                .arg(kGroup, kCidr)));
        const QString deletes = QStringLiteral("DELETE /v1/{project_id}/security-group-rules/{id}");
        QCOMPARE(emulator.requestCount(deletes), 0);
        QTest::mouseClick(cleanup->findChild<QPushButton *>(QStringLiteral("cleanupRunButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Done"), kTimeout);
        QCOMPARE(row->text(1), QStringLiteral("deleted"));
        QCOMPARE(emulator.requestCount(deletes), 1);
        QCOMPARE(emulator.deleteSecurityGroupRules(kGroup, 1883), 0); // gone
        cleanup->close();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSideCleanupApi)
#include "tst_sidecleanupapi.moc"
