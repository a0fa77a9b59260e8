// The deployments editor of a console profile: fields checked as typed, the paste helper on the
// console's text, save/remove through the session's ConsoleBackend, import naming the line.
#include "app/secrets/profile.h"
#include "app/session/consolebackend.h"
#include "app/session/deploymentmodel.h"
#include "app/session/session.h"
#include "translations/i18n.h"
#include "ui/inlinemessage.h"
#include "ui/manualdeploymentsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace vpw;

class TestManualDeploymentsDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<session::Session> m_session;

    QLineEdit *edit(QWidget *dialog, const char *key) {
        return dialog->findChild<QLineEdit *>(QString::fromLatin1(key) + QStringLiteral("Field"));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(installTranslators(*qApp, QLocale(QLocale::English)), QStringLiteral("en"));
    }

    void init() {
        secrets::Profile profile;
        profile.id = QStringLiteral("console-ui-test");
        profile.name = QStringLiteral("Console");
        profile.kind = secrets::ProfileKind::Console;
        QFile::remove(session::ConsoleBackend::dataPath(profile.id));
        m_session = std::make_unique<session::Session>(profile, nullptr);
        m_session->start();
    }

    void cleanup() {
        QFile::remove(session::ConsoleBackend::dataPath(m_session->profile().id));
        m_session.reset();
    }

    void pasteFillsTheFieldsAndSaveListsTheDeployment() {
        ui::ManualDeploymentsDialog dialog(m_session->console());
        dialog.show();
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveDeploymentButton"));
        QVERIFY(!save->isEnabled()); // nothing entered yet
        QFile text(QFINDTESTDATA("../session/consoletext/huawei.zh_CN.txt"));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QCOMPARE(dialog.pasteText(QString::fromUtf8(text.readAll())), 6);
        QCOMPARE(edit(&dialog, "vpcId")->text(),
                 QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff"));
        auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("providerField"));
        QCOMPARE(provider->currentData().toString(), QStringLiteral("huawei"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_session->deployments()->rowCount(), 1);
        QCOMPARE(m_session->deployments()->all().first().cidr.toString(),
                 QStringLiteral("172.20.0.0/16"));
    }

    void wrongFieldShowsItsMessageAndBlocksSave() {
        ui::ManualDeploymentsDialog dialog(m_session->console());
        dialog.show();
        QFile text(QFINDTESTDATA("../session/consoletext/aliyun.en.txt"));
        QVERIFY(text.open(QIODevice::ReadOnly));
        dialog.pasteText(QString::fromUtf8(text.readAll()));
        QLineEdit *cidr = edit(&dialog, "cidr");
        cidr->setFocus();
        cidr->selectAll();
        QTest::keyClicks(cidr, QStringLiteral("10.20.0.0/16")); // EMQX Cloud's reserved range
        auto *message = dialog.findChild<ui::InlineMessage *>(QStringLiteral("cidrMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(
            !dialog.findChild<QPushButton *>(QStringLiteral("saveDeploymentButton"))->isEnabled());
        auto *edition = dialog.findChild<QComboBox *>(QStringLiteral("editionField"));
        QCOMPARE(edition->accessibleName(), QStringLiteral("Edition"));
        QCOMPARE(cidr->accessibleName(), QStringLiteral("Deployment CIDR block"));
    }

    void importNamesTheWrongLine() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deployments.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "[\n  {\n    \"name\": \"prod\",\n    \"provider\": \"aliyun\",\n"
            "    \"region\": \"cn-hangzhou\",\n    \"vpcId\": \"vpc-bp1qnbx6w0ruf7yjkr8hd\",\n"
            "    \"cidr\": \"10.100.0.0/16\",\n    \"cloudAccountId\": \"12x4\",\n"
            "    \"edition\": \"dedicated\"\n  }\n]\n");
        file.close();
        ui::ManualDeploymentsDialog dialog(m_session->console());
        dialog.show();
        QCOMPARE(dialog.importFile(path), -1);
        auto *status = dialog.findChild<ui::InlineMessage *>(QStringLiteral("deploymentsStatus"));
        QCOMPARE(status->kind(), ui::InlineMessage::Kind::Error);
        QVERIFY2(status->text().startsWith(QStringLiteral("Line 8:")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("EMQX Cloud account ID")));
        QCOMPARE(m_session->deployments()->rowCount(), 0);
        const QString exported = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(dialog.exportFile(exported));
        QVERIFY(QFile::exists(exported));
    }

    // Last: the Chinese translators stay installed.
    void chineseLabelsAndAccessibleNames() {
        QCOMPARE(installTranslators(*qApp, QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("zh_CN"));
        {
            ui::ManualDeploymentsDialog dialog(m_session->console());
            QCOMPARE(dialog.windowTitle(), QStringLiteral("部署（EMQX Cloud 控制台）"));
            // The accessible name is the visible label without its mnemonic "(&C)" and colon.
            QCOMPARE(edit(&dialog, "cidr")->accessibleName(), QStringLiteral("部署 VPC 网段"));
            auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("providerField"));
            QVERIFY(provider->findText(QStringLiteral("阿里云")) >= 0);
            QFile text(QFINDTESTDATA("../session/consoletext/aliyun.zh_CN.txt"));
            QVERIFY(text.open(QIODevice::ReadOnly));
            QCOMPARE(dialog.pasteText(QString::fromUtf8(text.readAll())), 6);
            QCOMPARE(provider->currentText(), QStringLiteral("阿里云"));
        }
    }
};

QTEST_MAIN(TestManualDeploymentsDialog)
#include "tst_manualdeploymentsdialog.moc"
