// The main window as an operator sees it: the demo profile labelled as a demo, the deployments
// of the real sandbox (over loopback), which of them allow VPC peering, and a clear status when
// a profile has no secret in the (real) keyring.
#include "app/sandbox/server.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "app/session/deploymentmodel.h"
#include "app/session/session.h"
#include "tests/ui/profiledialogdriver.h"
#include "translations/i18n.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vpw;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::Server> m_server;

    static QTableView *deployments(const ui::MainWindow &window) {
        return window.findChild<QTableView *>(QStringLiteral("deploymentsView"));
    }
    // The texts of the row named `name` in the deployments view (empty: no such row).
    static QStringList rowNamed(const QTableView *view, const QString &name) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() != name)
                continue;
            QStringList texts;
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->index(row, column).data().toString();
            return texts;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // The windows' saved layout and selection go here, not into the user's settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("user")));
        QCOMPARE(installTranslators(*qApp, QLocale(QLocale::English)), QStringLiteral("en"));
        sandbox::Options options;
        options.apiKey = QStringLiteral("demo");
        options.apiSecret = QStringLiteral("demo-secret");
        m_server = std::make_unique<sandbox::Server>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanup() { QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty()); }

    void demoProfileListsDeployments() {
        QSettings settings(m_dir.filePath(QStringLiteral("demo.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        secretStore.setSessionSecret(QString::fromLatin1(secrets::ProfileStore::DemoProfileId),
                                     QStringLiteral("demo-secret"));
        {
            ui::MainWindow window(&profiles, &secretStore);
            window.show();
            window.connectProfile();
            auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
            QVERIFY(status);
            QVERIFY(status->text().contains(QStringLiteral("sandbox")));

            profiles.setDemoConnection(m_server->baseUrl(), QStringLiteral("demo"));
            window.connectProfile();
            QTableView *view = deployments(window);
            QVERIFY(view);
            QTRY_COMPARE(view->model()->rowCount(), 6);
            QTRY_COMPARE(window.session()->status().state, session::ConnectionStatus::Connected);
            QCOMPARE(status->text(), window.session()->status().text());
            auto *banner = window.findChild<QFrame *>(QStringLiteral("demoBanner"));
            QVERIFY(banner->isVisible());
            // An icon from the style beside the text, not a character a font may lack.
            QVERIFY(!banner->findChild<QLabel *>(QStringLiteral("icon"))->pixmap().isNull());
            QVERIFY(!banner->findChild<QLabel *>(QStringLiteral("text"))
                         ->text()
                         .contains(QChar(0x24D8)));
            QVERIFY(window.findChild<QFrame *>(QStringLiteral("connectionBanner"))->isHidden());
            // The first start says what to do first (issue 19, item 15).
            const QString demoText = banner->findChild<QLabel *>(QStringLiteral("text"))->text();
            QVERIFY2(demoText.contains(QStringLiteral("select a deployment, then choose New "
                                                      "peering…")),
                     qPrintable(demoText));

            const QStringList aliyun = rowNamed(view, QStringLiteral("iot-hangzhou-prod"));
            QVERIFY(!aliyun.isEmpty());
            QCOMPARE(aliyun.at(1), QStringLiteral("Alibaba Cloud"));
            // Regions by the console's name and their ID (issue 19, item 9).
            QCOMPARE(aliyun.at(2), QStringLiteral("China (Hangzhou) cn-hangzhou"));
            QCOMPARE(aliyun.at(5), QStringLiteral("10.100.0.0/16"));
            QCOMPARE(aliyun.at(6), QStringLiteral("Available"));
            const QStringList shared = rowNamed(view, QStringLiteral("shared-playground"));
            QVERIFY(!shared.isEmpty());
            QVERIFY2(shared.at(6).startsWith(QStringLiteral("Not available")),
                     qPrintable(shared.at(6)));
        }
    }

    void wrongSecretIsReportedInStatus() {
        QSettings settings(m_dir.filePath(QStringLiteral("wrong.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        secretStore.setSessionSecret(QString::fromLatin1(secrets::ProfileStore::DemoProfileId),
                                     QStringLiteral("not-the-secret"));
        profiles.setDemoConnection(m_server->baseUrl(), QStringLiteral("demo"));
        ui::MainWindow window(&profiles, &secretStore);
        window.show();
        window.connectProfile();
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->status().state,
                                  session::ConnectionStatus::CredentialsRefused, 15000);
        QCOMPARE(deployments(window)->model()->rowCount(), 0);
        QVERIFY2(status->text().contains(QStringLiteral("API key")) ||
                     status->text().contains(QStringLiteral("secret")),
                 qPrintable(status->text()));
        QVERIFY(window.findChild<QFrame *>(QStringLiteral("connectionBanner"))->isVisible());
    }

    void profileWithoutSecretSaysSo() {
        QSettings settings(m_dir.filePath(QStringLiteral("own.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::Profile own;
        own.name = QStringLiteral("Staging");
        own.endpoint = m_server->baseUrl();
        own.apiKey = QStringLiteral("demo");
        QVERIFY(!profiles.add(own));
        secrets::SecretStore secretStore; // the real keyring: nothing stored for this profile
        ui::MainWindow window(&profiles, &secretStore);
        window.show();
        auto *box = window.findChild<QComboBox *>(QStringLiteral("profileBox"));
        QCOMPARE(box->count(), 2);
        const int index = box->findData(own.id);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
        QCOMPARE(profiles.current().id, own.id);
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QTRY_VERIFY(window.session());
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->status().state,
                                  session::ConnectionStatus::NoSecret, 15000);
        QVERIFY2(status->text().contains(QStringLiteral("secret")), qPrintable(status->text()));
        QVERIFY(window.findChild<QFrame *>(QStringLiteral("demoBanner"))->isHidden());
    }

    // The operator adds a profile from the toolbar; once saved it is current and connects.
    void profilesActionAddsAProfileThatConnects() {
        QSettings settings(m_dir.filePath(QStringLiteral("added.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        ui::MainWindow window(&profiles, &secretStore);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("profilesAction"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<ui::ProfileDialog *>(QStringLiteral("profileDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), not exec()
        test::ProfileDialogDriver d(dialog);
        QVERIFY(d.isComplete());
        // It opens on the current profile, selected and labelled (issue 19, item 15): here the
        // read-only demo, whose note says to choose Add.
        QCOMPARE(dialog->editedProfileId(), profiles.current().id);
        QVERIFY(d.list->currentItem());
        QCOMPARE(d.list->currentItem()->text(), profiles.current().name);
        QCOMPARE(d.name->text(), profiles.current().name);
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("demoNote"))->isVisible());
        QTest::mouseClick(d.add, Qt::LeftButton);
        QVERIFY(dialog->editedProfileId().isEmpty());
        d.fill(QStringLiteral("Local server"), m_server->baseUrl().toString(),
               QStringLiteral("demo"), QStringLiteral("demo-secret"));
        QTest::mouseClick(d.save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 15000);

        auto *box = window.findChild<QComboBox *>(QStringLiteral("profileBox"));
        QCOMPARE(box->count(), 2);
        QCOMPARE(box->currentText(), QStringLiteral("Local server"));
        QCOMPARE(box->currentData().toString(), profiles.current().id);
        QTRY_COMPARE_WITH_TIMEOUT(deployments(window)->model()->rowCount(), 6, 15000);
        QVERIFY(window.findChild<QFrame *>(QStringLiteral("demoBanner"))->isHidden());

        // Opened again, it edits the current profile and never shows its secret.
        action->trigger();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->editedProfileId(), profiles.current().id);
        QVERIFY(d.secret->text().isEmpty());
        QTest::keyClick(d.name, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }

    // Removing the current profile falls back to the demo profile and reconnects to it.
    void removingTheCurrentProfileFallsBackToTheDemo() {
        QSettings settings(m_dir.filePath(QStringLiteral("removed.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        profiles.setDemoConnection(m_server->baseUrl(), QStringLiteral("demo"));
        secrets::Profile own;
        own.name = QStringLiteral("Temporary");
        own.endpoint = QUrl(QStringLiteral("https://unreachable.invalid"));
        own.apiKey = QStringLiteral("k");
        QVERIFY(!profiles.add(own));
        QVERIFY(!profiles.setCurrent(own.id));
        secrets::SecretStore secretStore;
        secretStore.setSessionSecret(QString::fromLatin1(secrets::ProfileStore::DemoProfileId),
                                     QStringLiteral("demo-secret"));
        ui::MainWindow window(&profiles, &secretStore);
        window.show();
        window.findChild<QAction *>(QStringLiteral("profilesAction"))->trigger();
        auto *dialog = window.findChild<ui::ProfileDialog *>(QStringLiteral("profileDialog"));
        QVERIFY(dialog);
        test::ProfileDialogDriver d(dialog);
        QVERIFY(d.isComplete());
        QCOMPARE(dialog->editedProfileId(), own.id);
        QTest::mouseClick(d.remove, Qt::LeftButton);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(profiles.current().demo);
        auto *box = window.findChild<QComboBox *>(QStringLiteral("profileBox"));
        QCOMPARE(box->count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(deployments(window)->model()->rowCount(), 6, 15000);
        QVERIFY(!window.findChild<QFrame *>(QStringLiteral("demoBanner"))->isHidden());
        dialog->reject();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
