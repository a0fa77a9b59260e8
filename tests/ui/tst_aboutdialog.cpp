// The About dialog: version (ours and Qt's), the licence and the third-party notices, opened
// by its action window-modal and only once, and translated.
#include "ui/aboutdialog.h"
#include "ui/userguide.h"

#include "app/core/provider.h"
#include "app/providers/registry.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using vpw::ui::AboutDialog;

class TestAboutDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral(VPW_VERSION)); }

    void cleanup() { QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty()); }

    void showsVersions() {
        AboutDialog dialog;
        auto *version = dialog.findChild<QLabel *>(QStringLiteral("versionLabel"));
        QVERIFY(version);
        QCOMPARE(version->text(), QStringLiteral("Version " VPW_VERSION));
        QCOMPARE(version->textFormat(), Qt::PlainText);
        auto *qt = dialog.findChild<QLabel *>(QStringLiteral("qtVersionLabel"));
        QVERIFY(qt);
        QVERIFY2(qt->text().contains(QLatin1String(qVersion())), qPrintable(qt->text()));
        QVERIFY2(qt->text().contains(QLatin1String(QT_VERSION_STR)), qPrintable(qt->text()));
    }

    // The description names the clouds of the registry's modules (AWS included), not a list
    // written into the dialog.
    void descriptionNamesEveryProvider() {
        AboutDialog dialog;
        auto *description = dialog.findChild<QLabel *>(QStringLiteral("descriptionLabel"));
        QVERIFY(description);
        QCOMPARE(description->textFormat(), Qt::PlainText);
        QVERIFY(vpw::providerModules().size() >= 3);
        for (vpw::Provider provider : vpw::providerModules())
            QVERIFY2(description->text().contains(vpw::providerDisplayName(provider)),
                     qPrintable(description->text()));
    }

    void pagesHoldTheTexts_data() {
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("licence") << QStringLiteral("licenceText") << QStringLiteral("Licence")
                                 << QStringList{QStringLiteral("GNU GENERAL PUBLIC LICENSE"),
                                                QStringLiteral("Version 3, 29 June 2007")};
        QTest::newRow("third-party notices")
            << QStringLiteral("noticesText") << QStringLiteral("Third-party notices")
            << QStringList{
                   QStringLiteral("Qt 6 (https://www.qt.io)"), QStringLiteral("Qt SQL"),
                   QStringLiteral("QtKeychain (https://github.com/frankosterfeld/qtkeychain)"),
                   QStringLiteral("Frank Osterfeld"),
                   QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE")};
    }

    void pagesHoldTheTexts() {
        QFETCH(QString, objectName);
        QFETCH(QString, tab);
        QFETCH(QStringList, expected);
        AboutDialog dialog;
        auto *text = dialog.findChild<QPlainTextEdit *>(objectName);
        QVERIFY(text);
        QVERIFY(text->isReadOnly());
        QCOMPARE(text->accessibleName(), tab);
        for (const QString &line : expected)
            QVERIFY2(text->toPlainText().contains(line), qPrintable(line));
        // The tab's visible label (without its mnemonic) is the page's accessible name.
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("aboutTabs"));
        QVERIFY(tabs);
        const int index = tabs->indexOf(text);
        QVERIFY(index >= 0);
        QCOMPARE(tabs->tabText(index).remove(u'&'), tab);
    }

    void actionOpensOneWindowModalDialog() {
        QMainWindow window;
        window.show();
        QAction *action = AboutDialog::createAction(&window);
        QCOMPARE(action->menuRole(), QAction::AboutRole);
        action->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        action->trigger(); // again while open: the same dialog
        QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(window.findChildren<AboutDialog *>().isEmpty()); // deleted on close
    }

    // Help > User guide (F1, issue 19, item 15): the shipped guide in the interface's language,
    // as formatted text (markdown read, not shown raw), read-only, one viewer, not modal.
    void userGuideOpensInTheInterfaceLanguage() {
        QMainWindow window;
        QAction *action = vpw::ui::UserGuideDialog::createAction(&window);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        action->trigger();
        auto *dialog = window.findChild<vpw::ui::UserGuideDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::NonModal);
        auto *text = dialog->findChild<QTextBrowser *>(QStringLiteral("userGuideText"));
        QVERIFY(text && text->isReadOnly());
        const QString english = text->toPlainText();
        QVERIFY2(english.startsWith(QStringLiteral("VPC Peering Wizard — user guide")),
                 qPrintable(english.left(80)));
        QVERIFY(!english.contains(QStringLiteral("\n# ")));
        action->trigger();
        QCOMPARE(window.findChildren<vpw::ui::UserGuideDialog *>().size(), 1);
        dialog->close();
        QTRY_VERIFY(window.findChildren<vpw::ui::UserGuideDialog *>().isEmpty());

        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/vpw_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        QCOMPARE(vpw::ui::UserGuideDialog::guidePath(),
                 QStringLiteral(":/guide/user-guide.zh_CN.md"));
        vpw::ui::UserGuideDialog zh;
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY2(zh.findChild<QTextBrowser *>()->toPlainText().startsWith(
                     QStringLiteral("VPC Peering Wizard 使用指南")),
                 qPrintable(zh.findChild<QTextBrowser *>()->toPlainText().left(80)));
        QCOMPARE(zh.windowTitle(), QStringLiteral("用户指南 — VPC 对等连接向导"));
    }

    void translatedToChinese() {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/vpw_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        AboutDialog dialog;
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("关于 VPC 对等连接向导"));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("aboutTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(2), QStringLiteral("第三方声明(&T)"));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
