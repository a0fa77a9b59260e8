// The first start asks what the operator has, inside the main window (no second window): an
// EMQX Cloud deployment makes a console profile current and opens its deployments (and the
// profiles, for a provider account, when asked); nothing yet keeps the demo. Reachable from the
// keyboard, named for a screen reader by its visible labels. Asked once, and not of someone who
// already has a profile.
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "app/session/session.h"
#include "translations/i18n.h"
#include "ui/mainwindow.h"
#include "ui/manualdeploymentsdialog.h"
#include "ui/profiledialog.h"
#include "ui/welcomepanel.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
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

    static ui::WelcomePanel *question(QWidget *window) {
        return window->findChild<ui::WelcomePanel *>(QStringLiteral("welcomePanel"));
    }
    static QPushButton *choice(QWidget *panel, const char *name) {
        return panel->findChild<QPushButton *>(QLatin1String(name));
    }
    static QString accessible(QObject *object, QAccessible::Text text) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
        return iface ? iface->text(text) : QString();
    }
    static int visibleWindows() {
        int count = 0;
        for (QWidget *widget : QApplication::topLevelWidgets())
            count += widget->isVisible() ? 1 : 0;
        return count;
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

    // Asked in the window, the keyboard on "Nothing yet": Enter keeps the demo.
    void nothingYetKeepsTheDemoAndAsksOnce() {
        QSettings settings(m_dir.filePath(QStringLiteral("demo.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        ui::MainWindow window(&profiles, &secretStore);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const int windows = visibleWindows();
        window.askOnFirstStart();
        ui::WelcomePanel *panel = question(&window);
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->window(), &window); // a part of the main window
        QCOMPARE(visibleWindows(), windows);
        // Named by what it shows.
        QCOMPARE(accessible(panel, QAccessible::Name), QStringLiteral("What do you have?"));
        QPushButton *demo = choice(panel, "welcomeDemoButton");
        QPushButton *deployment = choice(panel, "welcomeDeploymentButton");
        QVERIFY(demo && deployment);
        QCOMPARE(accessible(demo, QAccessible::Name),
                 QStringLiteral("Nothing yet: show me the demo"));
        QCOMPARE(accessible(deployment, QAccessible::Name),
                 QStringLiteral("An EMQX Cloud deployment"));
        // Each choice's explanation is shown under it and is its description.
        for (QPushButton *button : {demo, deployment}) {
            auto *shown =
                panel->findChild<QLabel *>(button->objectName() + QStringLiteral("Description"));
            QVERIFY(shown && shown->isVisible() && !shown->text().isEmpty());
            QCOMPARE(accessible(button, QAccessible::Description), shown->text());
        }
        // Tab goes through the choices in reading order.
        QCOMPARE(deployment->nextInFocusChain(),
                 panel->findChild<QCheckBox *>(QStringLiteral("welcomeAccountCheck")));
        // The keyboard is on "Nothing yet"; Enter picks it.
        QTRY_COMPARE(QApplication::focusWidget(), demo);
        QTest::keyClick(demo, Qt::Key_Return);
        QTRY_VERIFY(!question(&window));
        QVERIFY(profiles.current().demo);
        QCOMPARE(profiles.profiles().size(), 1);
        // Asked once.
        window.askOnFirstStart();
        QVERIFY(!question(&window));
    }

    // Esc in the question is "nothing yet", as closing the question always was.
    void escapeKeepsTheDemo() {
        QSettings settings(m_dir.filePath(QStringLiteral("escape.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        ui::MainWindow window(&profiles, &secretStore);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.askOnFirstStart();
        QPointer<ui::WelcomePanel> panel = question(&window);
        QVERIFY(panel);
        auto *account = panel->findChild<QCheckBox *>(QStringLiteral("welcomeAccountCheck"));
        QVERIFY(account);
        account->setFocus();
        QTest::keyClick(account, Qt::Key_Space); // ticked, but the question is not answered
        QVERIFY(account->isChecked());
        QVERIFY(question(&window));
        QTest::keyClick(account, Qt::Key_Escape);
        QTRY_VERIFY(panel.isNull());
        QVERIFY(profiles.current().demo);
        QCOMPARE(profiles.profiles().size(), 1);
        QVERIFY(!ui::WelcomePanel::shouldAsk());
        QVERIFY(!window.findChild<ui::ProfileDialog *>());
    }

    void deploymentMakesConsoleProfile() {
        QSettings settings(m_dir.filePath(QStringLiteral("deployment.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        ui::MainWindow window(&profiles, &secretStore);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.askOnFirstStart();
        QPointer<ui::WelcomePanel> panel = question(&window);
        QVERIFY(panel);
        auto *account = panel->findChild<QCheckBox *>(QStringLiteral("welcomeAccountCheck"));
        QVERIFY(account);
        QCOMPARE(accessible(account, QAccessible::Name),
                 QStringLiteral("Then connect my Alibaba Cloud or Huawei Cloud account, so that "
                                "the application watches the outcome on my side"));
        QTest::mouseClick(account, Qt::LeftButton);
        QVERIFY(account->isChecked());
        QPushButton *deployment = choice(panel, "welcomeDeploymentButton");
        deployment->setFocus(Qt::TabFocusReason);
        QTest::keyClick(deployment, Qt::Key_Space);
        QTRY_VERIFY(panel.isNull());
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
        QVERIFY(!ui::WelcomePanel::shouldAsk());
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
