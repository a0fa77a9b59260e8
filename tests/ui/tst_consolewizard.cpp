// The wizard under an "EMQX Cloud console (by hand)" profile: the EMQX step becomes "Do this in
// the EMQX Cloud console" with exactly the values the API would have sent (normalised, with copy
// buttons) and a Done button; Done records the peering locally, the Alibaba Cloud countdown is
// estimated from that moment (injected clock), the operator tells the outcome ("It is running",
// "It failed"), and a wizard closed mid-wait resumes on its countdown from the local record.
#include "app/session/consolebackend.h"
#include "tests/ui/wizarddriver.h"
#include "translations/i18n.h"
#include "ui/wizard/consolesubmitpage.h"
#include "ui/wizard/wizardjournal.h"
#include "ui/wizard/wizardvalues.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace vpw;

namespace {

const QString kProfile = QStringLiteral("console-wizard-test");
const qint64 kStart = QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

secrets::Profile consoleProfile() {
    secrets::Profile profile;
    profile.id = kProfile;
    profile.name = QStringLiteral("My EMQX Cloud");
    profile.kind = secrets::ProfileKind::Console;
    return profile;
}

session::ManualInput aliyunDeployment() {
    using session::ManualField;
    return {{ManualField::Name, QStringLiteral("production-hz")},
            {ManualField::Provider, QStringLiteral("aliyun")},
            {ManualField::Region, QStringLiteral("cn-hangzhou")},
            {ManualField::VpcId, QStringLiteral("vpc-bp1qnbx6w0ruf7yjkr8hd")},
            {ManualField::Cidr, QStringLiteral("10.100.0.0/16")},
            {ManualField::CloudAccountId, QStringLiteral("1234567890123456")},
            {ManualField::Edition, QStringLiteral("dedicated")}};
}

session::ManualInput huaweiDeployment() {
    using session::ManualField;
    return {{ManualField::Name, QStringLiteral("telemetry-bj")},
            {ManualField::Provider, QStringLiteral("huawei")},
            {ManualField::Region, QStringLiteral("cn-north-4")},
            {ManualField::VpcId, QStringLiteral("3f1a5a0e-8c6d-4d1b-9a7e-2b6c0d9e1f20")},
            {ManualField::Cidr, QStringLiteral("10.100.0.0/16")},
            {ManualField::CloudAccountId, QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9")},
            {ManualField::Edition, QStringLiteral("dedicated")}};
}

QString valueOf(QWizard *wizard, const QString &name) {
    auto *edit = wizard->currentPage()->findChild<QLineEdit *>(name + QStringLiteral("Value"));
    return edit ? edit->text() : QString();
}

// Next through every complete page until `pageName` (never past the console page's Done).
bool walkTo(QWizard *wizard, const QString &pageName) {
    for (int i = 0; i < 12 && test::currentPageName(wizard) != pageName; ++i) {
        if (wizard->button(QWizard::CommitButton)->isVisible() || !test::clickForward(wizard))
            return false;
    }
    return test::currentPageName(wizard) == pageName;
}

} // namespace

class TestConsoleWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        installTranslators(*qApp, QLocale(QLocale::English));
    }

    void init() {
        QDir(QFileInfo(session::ConsoleBackend::peeringsPath(kProfile)).absolutePath())
            .removeRecursively();
        QDir(ui::WizardJournal::directoryFor(kProfile)).removeRecursively();
        m_clock = std::make_unique<ManualClock>(kStart);
        m_session = std::make_unique<session::Session>(consoleProfile(), nullptr, m_clock.get());
        m_session->start();
        QList<session::ManualProblem> problems;
        m_aliyun = m_session->console()->add(aliyunDeployment(), &problems)->id;
        m_huawei = m_session->console()->add(huaweiDeployment(), &problems)->id;
    }

    void cleanup() {
        m_session.reset();
        QDir(QFileInfo(session::ConsoleBackend::peeringsPath(kProfile)).absolutePath())
            .removeRecursively();
    }

    void aliyunConsolePageToRunning() {
        auto wizard = std::make_unique<ui::PeeringWizard>(m_session.get(), m_aliyun);
        wizard->show();
        QVERIFY(walkTo(wizard.get(), QStringLiteral("page_aliyun.enter-fields")));
        // Typed with spaces around; the console page shows them as the API would have sent them.
        QVERIFY(test::typeInto(wizard.get(), QStringLiteral("peeringId"),
                               QStringLiteral(" ") + test::valid::CenId + QStringLiteral(" ")));
        QVERIFY(
            test::typeInto(wizard.get(), QStringLiteral("accountId"), test::valid::AliyunAccount));
        QVERIFY(test::typeInto(wizard.get(), QStringLiteral("vpcId"), test::valid::AliyunVpc));
        QVERIFY(test::typeInto(wizard.get(), QStringLiteral("cidr"),
                               QStringLiteral("192.168.50.0/24")));
        QVERIFY(test::clickForward(wizard.get()));

        QCOMPARE(test::currentPageName(wizard.get()), QStringLiteral("consolePage_aliyun.submit"));
        QCOMPARE(wizard->currentPage()->title(),
                 QStringLiteral("Do this in the EMQX Cloud console"));
        QCOMPARE(valueOf(wizard.get(), QStringLiteral("peeringId")), test::valid::CenId);
        QCOMPARE(valueOf(wizard.get(), QStringLiteral("accountId")), test::valid::AliyunAccount);
        QCOMPARE(valueOf(wizard.get(), QStringLiteral("vpcId")), test::valid::AliyunVpc);
        QCOMPARE(valueOf(wizard.get(), QStringLiteral("cidr")), QStringLiteral("192.168.50.0/24"));
        QVERIFY(
            wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("peeringIdCopyButton")));
        auto *link =
            wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("emqxConsoleLink"));
        QVERIFY(link);
        QCOMPARE(link->toolTip(), ui::ConsoleSubmitPage::consoleUrl().toString());
        QVERIFY(ui::ConsoleSubmitPage::consoleUrl().scheme() == QLatin1String("https"));
        QVERIFY(wizard->currentPage()
                    ->findChild<QLabel *>(QStringLiteral("consoleSteps"))
                    ->text()
                    .contains(QStringLiteral("production-hz")));
        QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Done"));
        QCOMPARE(m_session->peerings()->rowCount(), 0); // nothing recorded before Done

        m_clock->advanceMs(30000); // reading the page, typing in EMQX's console
        const QDateTime confirmedAt = m_clock->now();
        QVERIFY(test::clickForward(wizard.get()));
        QCOMPARE(test::currentPageName(wizard.get()),
                 QStringLiteral("page_aliyun.load-network-instance"));
        const QString id = wizard->values()->recordId();
        QVERIFY(id.startsWith(QLatin1String("peer-local-")));
        const auto peering = m_session->peerings()->peering(id);
        QVERIFY(peering);
        QCOMPARE(peering->createdAt, confirmedAt);
        QCOMPARE(peering->peeringId, test::valid::CenId);
        // The window is estimated from Done, and the page says so.
        auto *timeLeft = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("timeLeft"));
        QTRY_COMPARE(timeLeft->text(), QStringLiteral("10:00"));
        auto *note =
            wizard->currentPage()->findChild<QLabel *>(QStringLiteral("consoleEstimateNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("Estimated")));
        // No provider account: the operator tells the outcome.
        QVERIFY(wizard->currentPage()
                    ->findChild<QLabel *>(QStringLiteral("consoleWatchText"))
                    ->text()
                    .startsWith(QStringLiteral("No Alibaba Cloud account is connected")));
        m_clock->advanceMs(4 * 60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(timeLeft->text(), QStringLiteral("06:00"), 3000);
        QVERIFY(!test::forwardButton(wizard.get())->isEnabled());

        auto *running =
            wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("consoleRunningButton"));
        QVERIFY(running && running->isVisible());
        QTest::mouseClick(running, Qt::LeftButton);
        QTRY_COMPARE(test::currentPageName(wizard.get()),
                     QStringLiteral("page_aliyun.security-group"));
        const auto entry = m_session->console()->peeringEntry(id);
        QCOMPARE(entry->peering.state, PeeringState::Running);
        QCOMPARE(entry->history.size(), 2);
        QVERIFY(!entry->history.last().byProvider);
    }

    void huaweiConsolePageToFailure() {
        auto wizard = std::make_unique<ui::PeeringWizard>(m_session.get(), m_huawei);
        wizard->show();
        QVERIFY(walkTo(wizard.get(), QStringLiteral("page_huawei.enter-fields")));
        QVERIFY(
            test::typeInto(wizard.get(), QStringLiteral("peeringId"), test::valid::HuaweiPeering));
        QVERIFY(test::typeInto(wizard.get(), QStringLiteral("cidr"),
                               QStringLiteral("192.168.60.0/24")));
        QVERIFY(test::typeInto(wizard.get(), QStringLiteral("vpcId"), test::valid::HuaweiVpc));
        QVERIFY(test::typeInto(wizard.get(), QStringLiteral("accountId"), test::valid::HuaweiUser));
        QVERIFY(test::clickForward(wizard.get()));
        QCOMPARE(test::currentPageName(wizard.get()), QStringLiteral("consolePage_huawei.submit"));
        QCOMPARE(valueOf(wizard.get(), QStringLiteral("peeringId")), test::valid::HuaweiPeering);
        QCOMPARE(valueOf(wizard.get(), QStringLiteral("accountId")), test::valid::HuaweiUser);
        QVERIFY(test::clickForward(wizard.get()));
        QCOMPARE(test::currentPageName(wizard.get()), QStringLiteral("page_huawei.wait"));
        // No window on Huawei Cloud: no countdown, no estimate.
        QVERIFY(
            !wizard->currentPage()->findChild<QLabel *>(QStringLiteral("timeLeft"))->isVisible());
        QVERIFY(!wizard->currentPage()
                     ->findChild<QLabel *>(QStringLiteral("consoleEstimateNote"))
                     ->isVisible());
        QTest::keyClicks(wizard->currentPage()->findChild<QLineEdit *>(
                             QStringLiteral("consoleFailureReasonEdit")),
                         QStringLiteral("Peering request not found"));
        QTest::mouseClick(
            wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("consoleFailedButton")),
            Qt::LeftButton);
        QTRY_COMPARE(test::currentPageName(wizard.get()), QStringLiteral("page_failure"));
        const auto peering = m_session->peerings()->peering(wizard->values()->recordId());
        QCOMPARE(peering->state, PeeringState::Failed);
        QCOMPARE(peering->failureReason, QStringLiteral("Peering request not found"));
    }

    void closedMidWaitResumesOnCountdown() {
        QString id;
        {
            auto wizard = std::make_unique<ui::PeeringWizard>(m_session.get(), m_aliyun);
            wizard->show();
            QVERIFY(walkTo(wizard.get(), QStringLiteral("page_aliyun.enter-fields")));
            QVERIFY(test::typeInto(wizard.get(), QStringLiteral("peeringId"), test::valid::CenId));
            QVERIFY(test::typeInto(wizard.get(), QStringLiteral("accountId"),
                                   test::valid::AliyunAccount));
            QVERIFY(test::typeInto(wizard.get(), QStringLiteral("vpcId"), test::valid::AliyunVpc));
            QVERIFY(test::typeInto(wizard.get(), QStringLiteral("cidr"),
                                   QStringLiteral("192.168.70.0/24")));
            QVERIFY(test::clickForward(wizard.get()));
            QVERIFY(test::clickForward(wizard.get())); // Done
            id = wizard->values()->recordId();
            QVERIFY(!id.isEmpty());
            // Already on disk, both the journal and the peering: a crash now loses nothing.
            QFile journal(ui::WizardJournal::pathFor(kProfile, m_aliyun));
            QVERIFY(journal.open(QIODevice::ReadOnly));
            const QJsonObject saved = QJsonDocument::fromJson(journal.readAll()).object();
            QCOMPARE(saved.value(QStringLiteral("recordId")).toString(), id);
            QVERIFY(QFile::exists(session::ConsoleBackend::peeringsPath(kProfile)));
            wizard->close(); // as on a quit: the journal stays
        }
        // A restart: a new session reads the local peerings, the wizard resumes on the wait.
        m_session.reset();
        m_clock->advanceMs(3 * 60 * 1000);
        m_session = std::make_unique<session::Session>(consoleProfile(), nullptr, m_clock.get());
        m_session->start();
        QVERIFY(ui::WizardJournal::pendingDeployments(kProfile).contains(m_aliyun));
        std::unique_ptr<ui::PeeringWizard> wizard(
            ui::PeeringWizard::resume(m_session.get(), m_aliyun));
        QVERIFY(wizard);
        wizard->show();
        QCOMPARE(test::currentPageName(wizard.get()),
                 QStringLiteral("page_aliyun.load-network-instance"));
        QCOMPARE(wizard->values()->recordId(), id);
        QTRY_COMPARE(wizard->currentPage()->findChild<QLabel *>(QStringLiteral("timeLeft"))->text(),
                     QStringLiteral("07:00"));
        QCOMPARE(m_session->peerings()->rowCount(), 1); // Done was not repeated
    }

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<session::Session> m_session;
    QString m_aliyun;
    QString m_huawei;
};

QTEST_MAIN(TestConsoleWizard)
#include "tst_consolewizard.moc"
