// Nothing typed is lost: the wizard journals its values and its Idempotency-Key as they
// change; after the wizard, the session, the sandbox and the application object itself are
// destroyed and recreated (a restart), the application offers to resume. A submitted Aliyun
// peering resumes on its countdown from the server's timestamps (here the server's clock has
// moved 4 minutes on: the countdown shows the time really left, not a fresh 10:00); a Huawei
// wizard still being filled in resumes on its field page with every value. Finishing or
// discarding removes the journal.
//
// Two test objects run in turn, each under its own QApplication (see main()).
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
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vpw;

namespace {

// What the first run leaves for the second (the process outlives both applications).
struct Carried {
    QString stateFile;
    QString recordId;
    QString idempotencyKey;
};
Carried carried;

const QString kDemoProfile = QString::fromLatin1(secrets::ProfileStore::DemoProfileId);
const QString kCidr = QStringLiteral("192.168.130.0/24");

QJsonObject readJournal(const QString &deploymentId) {
    QFile file(ui::WizardJournal::pathFor(kDemoProfile, deploymentId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class BeforeRestart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QDir(ui::WizardJournal::directory()).removeRecursively();
        installTranslators(*qApp, QLocale(QLocale::English));
    }

    // A journal written before the API's records took the "peer-" prefix names its peering
    // "pcx-…"; the sandbox migrated the record to "peer-…", and so does the journal on reading.
    void journalOfAnOldRecordIdIsMigrated() {
        ui::WizardValues written;
        written.setDeploymentId(test::seed::AliyunDeployment);
        QJsonObject json = written.toJson();
        json.remove(QStringLiteral("recordId")); // an old journal: the key was "peeringId"
        json.insert(QStringLiteral("peeringId"), QStringLiteral("pcx-8d2k4m6n0q2s"));
        ui::WizardValues read;
        QVERIFY(read.fromJson(json));
        QCOMPARE(read.recordId(), QStringLiteral("peer-8d2k4m6n0q2s"));
    }

    // The record's ID is journaled as "recordId" (the provider's peering ID is a typed field,
    // "peeringId" among the fields); a journal of before the rename still resumes its record.
    void journalKeepsTheRecordIdUnderItsOwnName() {
        ui::WizardValues written;
        written.setDeploymentId(test::seed::AliyunDeployment);
        written.setText(QStringLiteral("peeringId"), test::valid::CenId);
        written.setRecordId(QStringLiteral("peer-1a2b3c4d5e6f"));
        const QJsonObject json = written.toJson();
        QCOMPARE(json.value(QStringLiteral("recordId")).toString(),
                 QStringLiteral("peer-1a2b3c4d5e6f"));
        QVERIFY(!json.contains(QStringLiteral("peeringId")));
        ui::WizardValues read;
        QVERIFY(read.fromJson(json));
        QCOMPARE(read.recordId(), QStringLiteral("peer-1a2b3c4d5e6f"));
        QCOMPARE(read.text(QStringLiteral("peeringId")), test::valid::CenId);

        QJsonObject old = json;
        old.remove(QStringLiteral("recordId"));
        old.insert(QStringLiteral("peeringId"), QStringLiteral("peer-1a2b3c4d5e6f"));
        ui::WizardValues fromOld;
        QVERIFY(fromOld.fromJson(old));
        QCOMPARE(fromOld.recordId(), QStringLiteral("peer-1a2b3c4d5e6f"));
    }

    void leaveTwoWizardsMidway() {
        test::WizardHarness harness;
        sandbox::Options options;
        options.stateFile = carried.stateFile;
        QVERIFY(harness.start(options));

        // Aliyun: submitted, counting down.
        auto aliyun =
            std::make_unique<ui::PeeringWizard>(harness.session, test::seed::AliyunDeployment);
        aliyun->show();
        while (!test::fieldEdit(aliyun.get(), QStringLiteral("cidr")))
            QVERIFY(test::clickForward(aliyun.get()));
        QVERIFY(test::typeInto(aliyun.get(), QStringLiteral("peeringId"), test::valid::CenId));
        QVERIFY(
            test::typeInto(aliyun.get(), QStringLiteral("accountId"), test::valid::AliyunAccount));
        QVERIFY(test::typeInto(aliyun.get(), QStringLiteral("vpcId"), test::valid::AliyunVpc));
        QVERIFY(test::typeInto(aliyun.get(), QStringLiteral("cidr"), kCidr));
        QVERIFY(test::clickForward(aliyun.get()));
        QVERIFY(test::clickForward(aliyun.get())); // Submit
        QTRY_COMPARE_WITH_TIMEOUT(test::currentPageName(aliyun.get()),
                                  QStringLiteral("page_aliyun.load-network-instance"), 20000);
        carried.recordId = aliyun->values()->recordId();
        carried.idempotencyKey = aliyun->values()->idempotencyKey();

        // Huawei: three fields typed, not submitted.
        auto huawei =
            std::make_unique<ui::PeeringWizard>(harness.session, test::seed::HuaweiDeployment);
        huawei->show();
        while (!test::fieldEdit(huawei.get(), QStringLiteral("cidr")))
            QVERIFY(test::clickForward(huawei.get()));
        QVERIFY(
            test::typeInto(huawei.get(), QStringLiteral("peeringId"), test::valid::HuaweiPeering));
        QVERIFY(test::typeInto(huawei.get(), QStringLiteral("cidr"), kCidr));
        QVERIFY(test::typeInto(huawei.get(), QStringLiteral("vpcId"), test::valid::HuaweiVpc));
        // The journal follows the typing without waiting for a page change.
        QTRY_COMPARE(readJournal(test::seed::HuaweiDeployment)
                         .value(QStringLiteral("fields"))
                         .toObject()
                         .value(QStringLiteral("vpcId"))
                         .toString(),
                     test::valid::HuaweiVpc);

        // The application goes away without the wizards being finished or cancelled: Qt 6
        // closes every window when it quits (the Huawei wizard), or the process just ends (the
        // Aliyun one). Neither is a discard.
        huawei->setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(huawei->close());
        QVERIFY(
            QFile::exists(ui::WizardJournal::pathFor(kDemoProfile, test::seed::HuaweiDeployment)));
        aliyun.reset();
        huawei.reset();
        const QJsonObject journal = readJournal(test::seed::AliyunDeployment);
        QCOMPARE(journal.value(QStringLiteral("recordId")).toString(), carried.recordId);
        QCOMPARE(journal.value(QStringLiteral("idempotencyKey")).toString(),
                 carried.idempotencyKey);
        QVERIFY(!QFileInfo(ui::WizardJournal::pathFor(kDemoProfile, test::seed::AliyunDeployment))
                     .absoluteDir()
                     .entryList({QStringLiteral("*.tmp"), QStringLiteral("*~")}, QDir::Files)
                     .size());
    }

    void cleanup() { QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty()); }
};

class AfterRestart : public QObject {
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

    void resumesWhereTheOperatorWas() {
        test::WizardHarness harness;
        sandbox::Options options;
        options.stateFile = carried.stateFile;
        options.clockOffsetMs = 4 * 60 * 1000; // the restart took four minutes
        QVERIFY(harness.start(options));
        QTRY_VERIFY(harness.session->peerings()->peering(carried.recordId));

        auto window = std::make_unique<QWidget>();
        window->show();
        ui::WizardLauncher launcher(&harness.sessions, window.get());
        launcher.offerResume();
        QTRY_COMPARE(questions().size(), 2);
        while (!questions().isEmpty()) {
            QMessageBox *box = questions().first();
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("resumeButton")),
                              Qt::LeftButton);
            QTRY_VERIFY(!box->isVisible());
        }

        // Aliyun: on its countdown, from the server's createdAt/expiresAt.
        ui::PeeringWizard *aliyun = launcher.wizardFor(test::seed::AliyunDeployment);
        QVERIFY(aliyun);
        QCOMPARE(test::currentPageName(aliyun),
                 QStringLiteral("page_aliyun.load-network-instance"));
        QCOMPARE(aliyun->values()->idempotencyKey(), carried.idempotencyKey);
        auto *timeLeft = aliyun->currentPage()->findChild<QLabel *>(QStringLiteral("timeLeft"));
        QTRY_VERIFY2(!timeLeft->text().isEmpty() && timeLeft->text() <= QStringLiteral("06:00") &&
                         timeLeft->text() >= QStringLiteral("05:00"),
                     qPrintable(timeLeft->text()));
        QVERIFY(!aliyun->button(QWizard::BackButton)->isEnabled()); // submitted: no way back

        // Huawei: on the field page with what was typed.
        ui::PeeringWizard *huawei = launcher.wizardFor(test::seed::HuaweiDeployment);
        QVERIFY(huawei);
        QCOMPARE(test::currentPageName(huawei), QStringLiteral("page_huawei.enter-fields"));
        QCOMPARE(test::fieldEdit(huawei, QStringLiteral("peeringId"))->text(),
                 test::valid::HuaweiPeering);
        QCOMPARE(test::fieldEdit(huawei, QStringLiteral("cidr"))->text(), kCidr);
        QCOMPARE(test::fieldEdit(huawei, QStringLiteral("vpcId"))->text(), test::valid::HuaweiVpc);
        QVERIFY(huawei->button(QWizard::BackButton)->isEnabled()); // the steps before are there
        // A second "New peering…" for the deployment raises the same wizard.
        QCOMPARE(launcher.open(test::seed::HuaweiDeployment), huawei);

        // Discarding removes the journal; so does finishing.
        huawei->button(QWizard::CancelButton)->click(); // values typed: it asks first
        QMessageBox *question = nullptr;
        QTRY_VERIFY(
            (question = huawei->findChild<QMessageBox *>(QStringLiteral("discardQuestion"))));
        question->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
        QVERIFY(
            !QFile::exists(ui::WizardJournal::pathFor(kDemoProfile, test::seed::HuaweiDeployment)));
        QVERIFY(harness.sandbox.attach(carried.recordId));
        QTRY_COMPARE_WITH_TIMEOUT(test::currentPageName(aliyun),
                                  QStringLiteral("page_aliyun.security-group"), 20000);
        aliyun->button(QWizard::FinishButton)->click();
        QVERIFY(
            !QFile::exists(ui::WizardJournal::pathFor(kDemoProfile, test::seed::AliyunDeployment)));
        window.reset();
    }

    void cleanup() { QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty()); }
};

int main(int argc, char **argv) {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    carried.stateFile = dir.filePath(QStringLiteral("sandbox-state.json"));
    int failures = 0;
    {
        QApplication app(argc, argv);
        BeforeRestart before;
        failures += QTest::qExec(&before, argc, argv);
    } // the wizards, the session, the sandbox and the application object are gone
    if (carried.recordId.isEmpty())
        return failures + 1;
    {
        QApplication app(argc, argv);
        AfterRestart after;
        failures += QTest::qExec(&after, argc, argv);
    }
    return failures;
}

#include "tst_wizardresume.moc"
