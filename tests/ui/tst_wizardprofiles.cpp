// A wizard's journal belongs to its profile as well as its deployment (issue 14, item 5):
// deployment IDs are those of one profile's endpoint, and the journal carries the
// Idempotency-Key of a create on that endpoint. Two profiles on two sandboxes seeded with the
// same deployment IDs, one SessionManager switching between them and one WizardLauncher
// following it: a wizard submitted under the first is neither offered nor resumed under the
// second (where Submit would send the first profile's key to another endpoint), and is
// still there, with its key, when the operator switches back. A journal written before they
// were kept per profile is dropped, never resumed.
#include "tests/ui/wizarddriver.h"
#include "translations/i18n.h"
#include "ui/wizard/wizardjournal.h"
#include "ui/wizard/wizardlauncher.h"
#include "ui/wizard/wizardvalues.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace vpw;

class TestWizardProfiles : public QObject {
    Q_OBJECT

private:
    static QList<QMessageBox *> questions() {
        QList<QMessageBox *> boxes;
        const auto widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (auto *box = qobject_cast<QMessageBox *>(widget);
                box && box->objectName() == QLatin1String("resumeQuestion") && box->isVisible())
                boxes << box;
        }
        return boxes;
    }

private Q_SLOTS:
    void initTestCase() { installTranslators(*qApp, QLocale(QLocale::English)); }
    void init() { QDir(ui::WizardJournal::directory()).removeRecursively(); }
    void cleanup() { QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty()); }

    void journalStaysWithItsProfile() {
        test::WizardHarness harness;
        harness.profileId = QStringLiteral("profile-first");
        QVERIFY(harness.start());
        const secrets::Profile first = harness.session->profile();
        // The second profile: another endpoint (a second sandbox, seeded with the same
        // deployment IDs), same key and secret.
        test::SandboxFixture otherSandbox;
        sandbox::Options options;
        options.apiKey = test::kWizardKey;
        options.apiSecret = test::kWizardSecret;
        QVERIFY(otherSandbox.start(options));
        secrets::Profile second = first;
        second.id = QStringLiteral("profile-second");
        second.name = QStringLiteral("Second");
        second.endpoint = otherSandbox.server().baseUrl();
        harness.secretStore.setSessionSecret(second.id, test::kWizardSecret);

        auto window = std::make_unique<QWidget>();
        window->show();
        // One launcher for the whole test: it follows the manager's session, as in the app.
        ui::WizardLauncher launcher(&harness.sessions, window.get());

        // Under the first profile: submitted, counting down.
        ui::PeeringWizard *wizard = launcher.open(test::seed::AliyunDeployment);
        QVERIFY(wizard);
        while (!test::fieldEdit(wizard, QStringLiteral("cidr")))
            QVERIFY(test::clickForward(wizard));
        QVERIFY(test::typeInto(wizard, QStringLiteral("peeringId"), test::valid::CenId));
        QVERIFY(test::typeInto(wizard, QStringLiteral("accountId"), test::valid::AliyunAccount));
        QVERIFY(test::typeInto(wizard, QStringLiteral("vpcId"), test::valid::AliyunVpc));
        QVERIFY(test::typeInto(wizard, QStringLiteral("cidr"), QStringLiteral("192.168.140.0/24")));
        QVERIFY(test::clickForward(wizard));
        QVERIFY(test::clickForward(wizard)); // Submit
        QTRY_COMPARE_WITH_TIMEOUT(test::currentPageName(wizard),
                                  QStringLiteral("page_aliyun.load-network-instance"), 20000);
        const QString key = wizard->values()->idempotencyKey();
        const QString recordId = wizard->values()->recordId();
        QVERIFY(!key.isEmpty());
        const QPointer<ui::PeeringWizard> firstWizard = wizard;

        // The operator switches to the second profile mid-wizard: the session is replaced, its
        // wizards close (their journals kept), nothing is offered for the other endpoint.
        session::Session *other = harness.sessions.open(second);
        QVERIFY(other);
        QVERIFY(!firstWizard);
        QTRY_COMPARE_WITH_TIMEOUT(other->deployments()->rowCount(), 6, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(other->peerings()->rowCount() >= 3, 20000);
        QVERIFY(other->deployments()->deployment(test::seed::AliyunDeployment));
        launcher.offerResume(); // the question is asked at once when there is one
        QVERIFY(questions().isEmpty());
        const int peeringsOnSecond = other->peerings()->rowCount();
        ui::PeeringWizard *fresh = launcher.open(test::seed::AliyunDeployment);
        QVERIFY(fresh);
        QCOMPARE(fresh->currentId(), int(ui::PeeringWizard::FirstStepPageId));
        QVERIFY(fresh->values()->idempotencyKey().isEmpty());
        QVERIFY(fresh->values()->recordId().isEmpty());
        QVERIFY(fresh->values()->text(QStringLiteral("cidr")).isEmpty());
        // Discarding the second profile's wizard leaves the first profile's journal alone.
        fresh->button(QWizard::CancelButton)->click();
        QCOMPARE(other->peerings()->rowCount(), peeringsOnSecond);

        // Back to the first profile (a new session, as after a restart): offered, and resumed
        // on its countdown with its key.
        QVERIFY(harness.connect());
        QTRY_VERIFY(harness.session->peerings()->peering(recordId));
        QTRY_COMPARE(questions().size(), 1);
        QTest::mouseClick(
            questions().first()->findChild<QPushButton *>(QStringLiteral("resumeButton")),
            Qt::LeftButton);
        QTRY_VERIFY(questions().isEmpty());
        ui::PeeringWizard *resumed = launcher.wizardFor(test::seed::AliyunDeployment);
        QVERIFY(resumed);
        QCOMPARE(resumed->values()->idempotencyKey(), key);
        QCOMPARE(resumed->values()->recordId(), recordId);
        QCOMPARE(test::currentPageName(resumed),
                 QStringLiteral("page_aliyun.load-network-instance"));
        harness.sessions.close();
        QVERIFY(!launcher.wizardFor(test::seed::AliyunDeployment));
        window.reset();
    }

    // A journal of an older version names a deployment but no profile: dropped, not offered.
    void unkeyedJournalIsDropped() {
        test::WizardHarness harness;
        QVERIFY(harness.start());
        QVERIFY(QDir().mkpath(ui::WizardJournal::directory()));
        const QString legacy = ui::WizardJournal::directory() + QStringLiteral("/") +
                               test::seed::AliyunDeployment + QStringLiteral(".json");
        ui::WizardValues values;
        values.setDeploymentId(test::seed::AliyunDeployment);
        values.setText(QStringLiteral("cidr"), QStringLiteral("192.168.141.0/24"));
        values.idempotencyKeyFor(test::seed::AliyunDeployment, test::aliyunRequest());
        QFile file(legacy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(values.toJson()).toJson());
        file.close();

        auto window = std::make_unique<QWidget>();
        window->show();
        auto launcher = std::make_unique<ui::WizardLauncher>(&harness.sessions, window.get());
        launcher->offerResume();
        QVERIFY(questions().isEmpty());
        QVERIFY(!QFile::exists(legacy));
        ui::PeeringWizard *wizard = launcher->open(test::seed::AliyunDeployment);
        QVERIFY(wizard);
        QVERIFY(wizard->values()->idempotencyKey().isEmpty());
        QVERIFY(wizard->values()->text(QStringLiteral("cidr")).isEmpty());
        launcher.reset();
        window.reset();
    }
};

int main(int argc, char **argv) {
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    TestWizardProfiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizardprofiles.moc"
