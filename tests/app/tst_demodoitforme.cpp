// "Do it for me" in the demo as the application starts it: the in-process sandbox and emulators
// of DemoBackend (their own thread, real time), the demo's emulated provider accounts saved as
// an operator would (ProviderAccountStore::demoAccount, then add), the plans with the
// application's own timings but a faster poll. Both providers reach `running` from the pick
// lists without an ID typed.
#include "app/demobackend.h"
#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/huawei/automation/huaweiplan.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"
#include "app/session/applyengine.h"
#include "app/session/automation.h"
#include "app/session/connectionstatus.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "app/session/sessionmanager.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vpw;

class TestDemoDoItForMe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // A fresh demo state of this run's own: an earlier (or a parallel) run's CEN would hold
        // the VPC already.
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_secrets.setSessionOnly(true);
        aliyun::PlanTiming a;
        a.pollMs = 500;
        a.grantBackoffMs = 500;
        aliyun::registerAutomation(a);
        huawei::PlanTiming h;
        h.pollMs = 500;
        huawei::registerAutomation(h);
    }

    void bothProvidersReachRunning_data() {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("vpc");
        QTest::newRow("Alibaba Cloud") << QStringLiteral("aliyun") << QStringLiteral("c4e5f6a7")
                                       << QStringLiteral("vpc-bp1operator0new00001");
        QTest::newRow("Huawei Cloud") << QStringLiteral("huawei") << QStringLiteral("e2b9c4d5")
                                      << QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");
    }

    void bothProvidersReachRunning() {
        QFETCH(QString, provider);
        QFETCH(QString, deployment);
        QFETCH(QString, vpc);
        QSettings settings(m_dir.filePath(QStringLiteral("app.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        DemoBackend backend(&profiles, &m_secrets);
        QSignalSpy ready(&backend, &DemoBackend::ready);
        backend.start();
        QVERIFY(ready.wait(20000));

        const auto demo = profiles.providerAccounts()->demoAccount(provider);
        QVERIFY(demo);
        secrets::ProviderAccount account = demo->account;
        QVERIFY(!profiles.providerAccounts()->add(account)); // Save, as the operator would
        QSignalSpy written(m_secrets.writeAccountSecret(account.id, demo->accessKeySecret),
                           &QObject::destroyed);
        QVERIFY(written.wait(5000));

        session::SessionManager sessions(&m_secrets);
        session::Session *session = sessions.open(profiles.current());
        QVERIFY(session);
        QTRY_VERIFY_WITH_TIMEOUT(session->status().state == session::ConnectionStatus::Connected,
                                 20000);

        session::DoItForMe doIt(session, &m_secrets, account, deployment, m_dir.path());
        QSignalSpy choices(&doIt, &session::DoItForMe::choicesReady);
        doIt.loadChoices();
        QVERIFY(choices.wait(20000));
        QVERIFY2(doIt.choices().ok(), qPrintable(doIt.choices().error.explanation));
        session::AutomationSelection selection;
        selection.vpcId = vpc;
        for (const auto &group : doIt.choices().securityGroups) {
            if (group.parent == vpc)
                selection.securityGroupId = group.id;
        }
        for (const auto &table : doIt.choices().routeTables) {
            if (table.parent == vpc && table.preselected)
                selection.routeTableId = table.id;
        }
        selection.ports = {1883};
        QCOMPARE(doIt.checkSelection(selection), QString());
        session::ApplyEngine *engine = doIt.prepare(selection);
        QVERIFY(engine);
        QSignalSpy finished(engine, &session::ApplyEngine::finished);
        engine->apply();
        QVERIFY(finished.wait(90000));
        const int failed = engine->currentStep(); // -1 when every step ended well
        QVERIFY2(finished.at(0).at(0).toBool(),
                 qPrintable(failed < 0 ? QString() : engine->status(failed).error.code));
        const QString record = engine->fact(QStringLiteral("emqx.recordId")).toString();
        QCOMPARE(session->peerings()->peering(record)->state, PeeringState::Running);
    }

private:
    QTemporaryDir m_dir;
    secrets::SecretStore m_secrets;
};

QTEST_GUILESS_MAIN(TestDemoDoItForMe)
#include "tst_demodoitforme.moc"
