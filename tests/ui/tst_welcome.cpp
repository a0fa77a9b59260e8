// The first start asks what the operator has: an EMQX Cloud deployment makes a console profile
// current and opens its deployments (and the profiles, for a provider account, when asked);
// nothing yet keeps the demo. Asked once, and not of someone who already has a profile.
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "app/session/session.h"
#include "translations/i18n.h"
#include "ui/mainwindow.h"
#include "ui/manualdeploymentsdialog.h"
#include "ui/profiledialog.h"
#include "ui/welcomedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vpw;

class TestWelcome : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void resetAsked() { QSettings().remove(QStringLiteral("welcome")); }

    static ui::WelcomeDialog *question(QWidget *window) {
        return window->findChild<ui::WelcomeDialog *>(QStringLiteral("welcomeDialog"));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("vpw-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_welcome"));
        installTranslators(*qApp, QLocale(QLocale::English));
    }

    void init() { resetAsked(); }
    void cleanupTestCase() { resetAsked(); }

    void nothingYetKeepsTheDemoAndAsksOnce() {
        QSettings settings(m_dir.filePath(QStringLiteral("demo.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        ui::MainWindow window(&profiles, &secretStore);
        window.show();
        window.askOnFirstStart();
        ui::WelcomeDialog *dialog = question(&window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *demo = dialog->findChild<QCommandLinkButton *>(QStringLiteral("welcomeDemoButton"));
        QVERIFY(demo->isDefault());
        QCOMPARE(demo->accessibleName().isEmpty() ? demo->text() : demo->accessibleName(),
                 demo->text());
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_VERIFY(!question(&window));
        QVERIFY(profiles.current().demo);
        QCOMPARE(profiles.profiles().size(), 1);
        // Asked once.
        window.askOnFirstStart();
        QVERIFY(!question(&window));
    }

    void deploymentMakesConsoleProfile() {
        QSettings settings(m_dir.filePath(QStringLiteral("deployment.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        ui::MainWindow window(&profiles, &secretStore);
        window.show();
        window.askOnFirstStart();
        QPointer<ui::WelcomeDialog> dialog = question(&window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *account = dialog->findChild<QCheckBox *>(QStringLiteral("welcomeAccountCheck"));
        QVERIFY(account);
        account->setChecked(true);
        QTest::mouseClick(
            dialog->findChild<QCommandLinkButton *>(QStringLiteral("welcomeDeploymentButton")),
            Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(profiles.current().isConsole());
        QVERIFY(!profiles.current().demo);
        QVERIFY(window.session() && window.session()->console());
        // The deployments to enter, then the profiles for the provider account.
        QTRY_VERIFY(window.findChild<ui::ManualDeploymentsDialog *>());
        QTRY_VERIFY(window.findChild<ui::ProfileDialog *>());
        // The demo stays one click away.
        QCOMPARE(profiles.profiles().size(), 2);
        QVERIFY(profiles.profiles().first().demo);
    }

    void notAskedOfSomeoneWithProfiles() {
        QSettings settings(m_dir.filePath(QStringLiteral("existing.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::Profile own;
        own.name = QStringLiteral("Mine");
        own.kind = secrets::ProfileKind::Console;
        QVERIFY(!profiles.add(own));
        secrets::SecretStore secretStore;
        ui::MainWindow window(&profiles, &secretStore);
        window.askOnFirstStart();
        QVERIFY(!question(&window));
        QVERIFY(!ui::WelcomeDialog::shouldAsk());
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
