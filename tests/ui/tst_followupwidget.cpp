// The follow-up widget driven by objectName: ticking ports and typing IDs changes the texts,
// copy puts them on the clipboard (the texts themselves are checked in core/followup).
#include "app/core/followup.h"
#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"
#include "ui/followupwidget.h"
#include "ui/inlinemessage.h"
#include "ui/wizard/copyvaluesbox.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTextCursor>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using vpw::Provider;
using vpw::ui::FollowUpWidget;

namespace {

vpw::Deployment deploymentOf(Provider provider) {
    vpw::Deployment deployment;
    deployment.id = u"d-1"_s;
    deployment.provider = provider;
    deployment.region =
        provider == &vpw::providers::huawei::module() ? u"cn-north-4"_s : u"cn-hangzhou"_s;
    deployment.cidr = *vpw::Cidr::fromString(u"10.12.0.0/16");
    return deployment;
}

vpw::Peering peeringOf(Provider provider, const QString &id = u"peer-1"_s) {
    vpw::Peering peering;
    peering.id = id;
    peering.provider = provider;
    peering.state = vpw::PeeringState::Running;
    peering.peeringId = provider == &vpw::providers::huawei::module()
                            ? u"60c809cb-6731-45d0-ace8-3bf5626421a9"_s
                            : u"cen-7qthudw0ll6jmc8o3q"_s;
    peering.vpcId = provider == &vpw::providers::huawei::module()
                        ? u"ab78be2d-782f-42a5-aa72-35879f6890ff"_s
                        : u"vpc-bp1a2b3c4d5e6f7g8h9i0"_s;
    return peering;
}

template <typename T> T *child(QWidget &widget, const QString &name) {
    T *found = widget.findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

// Clicking `copy` shows "Copied ✓" and tells screen readers (its accessible description, as an
// assistive technology reads it; the Alert event itself needs a platform accessibility bridge,
// which the offscreen platform has not), then the button reads its own text again after about
// two seconds.
bool copiedFeedbackShownAndGone(QAbstractButton *copy) {
    const QString before = copy->text();
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(copy);
    const QString description = accessible->text(QAccessible::Description);
    QElapsedTimer clock;
    clock.start();
    copy->click();
    if (copy->text() != u"Copied ✓"_s ||
        accessible->text(QAccessible::Description) != u"Copied ✓"_s ||
        accessible->text(QAccessible::Name) == copy->text()) {
        qWarning("after the click: text \"%s\", description \"%s\"", qPrintable(copy->text()),
                 qPrintable(accessible->text(QAccessible::Description)));
        return false;
    }
    if (!QTest::qWaitFor([&] { return copy->text() == before; }, 5000))
        return false;
    const qint64 shown = clock.elapsed();
    if (shown < 1500 || shown > 3000 || accessible->text(QAccessible::Description) != description) {
        qWarning("shown for %lld ms", shown);
        return false;
    }
    return true;
}

QString textOf(QWidget &widget, const QString &name) {
    auto *text = child<QPlainTextEdit>(widget, name);
    return text ? text->toPlainText() : QString();
}

} // namespace

class TestFollowUpWidget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sectionsFollowTheFlow_data();
    void sectionsFollowTheFlow();
    void huaweiRouteShowsDestinationAndNextHop();
    void tickingPortsChangesTheTexts();
    void typedIdsReplaceThePlaceholders();
    void anImplausibleIdIsRefused();
    void copyPutsTheTextOnTheClipboard_data();
    void copyPutsTheTextOnTheClipboard();
    void refreshingTheSamePeeringKeepsTheInput();
    void copyButtonsSayCopied();
    void checklistAndTabsPerStep();
    void commandsAreShownWholeAndPassTheWheelOn();
};

void TestFollowUpWidget::sectionsFollowTheFlow_data() {
    QTest::addColumn<QString>("provider"); // wire name
    QTest::addColumn<bool>("route");
    QTest::newRow("aliyun: security group only") << u"aliyun"_s << false;
    QTest::newRow("huawei: route and security group") << u"huawei"_s << true;
}

void TestFollowUpWidget::sectionsFollowTheFlow() {
    QFETCH(QString, provider);
    QFETCH(bool, route);
    FollowUpWidget widget;
    widget.setPeering(deploymentOf(*vpw::providerFromString(provider)),
                      peeringOf(*vpw::providerFromString(provider)));
    QVERIFY(widget.findChild<QGroupBox *>(u"securityGroupSection"_s));
    QCOMPARE(widget.findChild<QGroupBox *>(u"routeSection"_s) != nullptr, route);
    // Every copy button's accessible name is its visible label and says what it copies.
    const auto buttons = widget.findChildren<QPushButton *>();
    QVERIFY(buttons.size() >= 2);
    for (const QPushButton *button : buttons) {
        QCOMPARE(button->accessibleName(), button->text());
        QVERIFY(!button->text().isEmpty());
    }
    const QString cliName = vpw::followUpCliName(*vpw::providerFromString(provider));
    auto *copy = child<QPushButton>(widget, u"securityGroupCliCopyButton"_s);
    QVERIFY(copy);
    QVERIFY2(copy->text().contains(cliName), qPrintable(copy->text()));
}

void TestFollowUpWidget::huaweiRouteShowsDestinationAndNextHop() {
    FollowUpWidget widget;
    widget.setPeering(deploymentOf(&vpw::providers::huawei::module()),
                      peeringOf(&vpw::providers::huawei::module()));
    auto *section = child<QGroupBox>(widget, u"routeSection"_s);
    QVERIFY(section);
    QStringList labels;
    for (const QLabel *label : section->findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.contains(u"10.12.0.0/16"_s), qPrintable(labels.join(u'|')));
    QVERIFY(labels.contains(u"VPC peering connection"_s));
    QVERIFY(labels.contains(u"60c809cb-6731-45d0-ace8-3bf5626421a9"_s));
    QVERIFY(textOf(widget, u"routeCliText"_s)
                .contains(u"--routetable.routes.add.1.destination=10.12.0.0/16"_s));
    QVERIFY(textOf(widget, u"routeTerraformText"_s)
                .contains(u"nexthop        = \"60c809cb-6731-45d0-ace8-3bf5626421a9\""_s));
}

void TestFollowUpWidget::tickingPortsChangesTheTexts() {
    FollowUpWidget widget;
    widget.setPeering(deploymentOf(&vpw::providers::aliyun::module()),
                      peeringOf(&vpw::providers::aliyun::module()));
    QVERIFY(textOf(widget, u"securityGroupCliText"_s).contains(u"8883/8883"_s));

    auto *port8883 = child<QCheckBox>(widget, u"port8883Check"_s);
    QVERIFY(port8883);
    QVERIFY(port8883->isChecked());
    QCOMPARE(port8883->accessibleName(), port8883->text());
    port8883->click();
    QVERIFY(!textOf(widget, u"securityGroupCliText"_s).contains(u"8883"_s));
    QVERIFY(!textOf(widget, u"securityGroupTerraformText"_s).contains(u"emqx_mqtt_8883"_s));
    QCOMPARE(widget.input().ports, (QList<quint16>{1883, 8083, 8084}));

    for (const quint16 port : {1883, 8083, 8084})
        child<QCheckBox>(widget, u"port%1Check"_s.arg(port))->click();
    QVERIFY(widget.input().ports.isEmpty());
    QVERIFY(!child<QPushButton>(widget, u"securityGroupCliCopyButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(widget, u"securityGroupTerraformCopyButton"_s)->isEnabled());
    QVERIFY(!textOf(widget, u"securityGroupCliText"_s).contains(u"aliyun"_s));

    child<QCheckBox>(widget, u"port1883Check"_s)->click();
    QVERIFY(child<QPushButton>(widget, u"securityGroupCliCopyButton"_s)->isEnabled());
    QCOMPARE(textOf(widget, u"securityGroupCliText"_s),
             vpw::followUpCliCommand(vpw::FollowUpKind::SecurityGroup, widget.input()));
    QVERIFY(textOf(widget, u"securityGroupCliText"_s).contains(u"1883/1883"_s));
}

void TestFollowUpWidget::typedIdsReplaceThePlaceholders() {
    FollowUpWidget widget;
    widget.setPeering(deploymentOf(&vpw::providers::huawei::module()),
                      peeringOf(&vpw::providers::huawei::module()));
    QVERIFY(textOf(widget, u"securityGroupCliText"_s).contains(u"<SECURITY_GROUP_ID>"_s));
    QVERIFY(textOf(widget, u"routeTerraformText"_s).contains(u"<ROUTE_TABLE_ID>"_s));

    auto *group = child<QLineEdit>(widget, u"securityGroupIdEdit"_s);
    QVERIFY(group);
    QTest::keyClicks(group, u"0c4a2336-b036-4fa2-bc3c-1a291ed4c431"_s);
    QVERIFY(!textOf(widget, u"securityGroupCliText"_s).contains(u"<SECURITY_GROUP_ID>"_s));
    QVERIFY(textOf(widget, u"securityGroupCliText"_s)
                .contains(u"security_group_id=0c4a2336-b036-4fa2-bc3c-1a291ed4c431"_s));
    QVERIFY(textOf(widget, u"securityGroupTerraformText"_s)
                .contains(u"\"0c4a2336-b036-4fa2-bc3c-1a291ed4c431\""_s));

    // A pasted value with a trailing newline or spaces counts as the ID itself.
    auto *table = child<QLineEdit>(widget, u"routeTableIdEdit"_s);
    QVERIFY(table);
    table->setText(u"  3d42a0d4-a980-4613-ae76-a2cddecff054 "_s);
    QVERIFY(textOf(widget, u"routeCliText"_s)
                .contains(u"--routetable_id=3d42a0d4-a980-4613-ae76-a2cddecff054 "_s));
    QVERIFY(child<vpw::ui::InlineMessage>(widget, u"routeTableIdMessage"_s)->isHidden());
}

void TestFollowUpWidget::anImplausibleIdIsRefused() {
    FollowUpWidget widget;
    widget.setPeering(deploymentOf(&vpw::providers::aliyun::module()),
                      peeringOf(&vpw::providers::aliyun::module()));
    auto *group = child<QLineEdit>(widget, u"securityGroupIdEdit"_s);
    QTest::keyClicks(group, u"sg-1 $(reboot)"_s);
    auto *message = child<vpw::ui::InlineMessage>(widget, u"securityGroupIdMessage"_s);
    QVERIFY(!message->isHidden());
    QCOMPARE(message->kind(), vpw::ui::InlineMessage::Kind::Error);
    QVERIFY(textOf(widget, u"securityGroupCliText"_s).contains(u"<SECURITY_GROUP_ID>"_s));
    QVERIFY(!textOf(widget, u"securityGroupCliText"_s).contains(u"reboot"_s));
    group->clear();
    QVERIFY(message->isHidden());
}

void TestFollowUpWidget::copyPutsTheTextOnTheClipboard_data() {
    QTest::addColumn<QString>("provider"); // wire name
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("text");
    QTest::newRow("aliyun CLI") << u"aliyun"_s << u"securityGroupCliCopyButton"_s
                                << u"securityGroupCliText"_s;
    QTest::newRow("aliyun Terraform")
        << u"aliyun"_s << u"securityGroupTerraformCopyButton"_s << u"securityGroupTerraformText"_s;
    QTest::newRow("huawei route CLI")
        << u"huawei"_s << u"routeCliCopyButton"_s << u"routeCliText"_s;
    QTest::newRow("huawei route Terraform")
        << u"huawei"_s << u"routeTerraformCopyButton"_s << u"routeTerraformText"_s;
}

void TestFollowUpWidget::copyPutsTheTextOnTheClipboard() {
    QFETCH(QString, provider);
    QFETCH(QString, button);
    QFETCH(QString, text);
    FollowUpWidget widget;
    widget.setPeering(deploymentOf(*vpw::providerFromString(provider)),
                      peeringOf(*vpw::providerFromString(provider)));
    QGuiApplication::clipboard()->clear();
    auto *copy = child<QPushButton>(widget, button);
    QVERIFY(copy);
    copy->click();
    const QString expected = textOf(widget, text);
    QVERIFY(!expected.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), expected, 5000);
}

void TestFollowUpWidget::refreshingTheSamePeeringKeepsTheInput() {
    FollowUpWidget widget;
    widget.setPeering(deploymentOf(&vpw::providers::huawei::module()),
                      peeringOf(&vpw::providers::huawei::module()));
    child<QLineEdit>(widget, u"securityGroupIdEdit"_s)->setText(u"sg-1"_s);
    child<QCheckBox>(widget, u"port8084Check"_s)->click();
    QLineEdit *edit = child<QLineEdit>(widget, u"securityGroupIdEdit"_s);

    // A poll brings the same peering again: nothing the operator did is lost.
    vpw::Peering refreshed = peeringOf(&vpw::providers::huawei::module());
    refreshed.updatedAt = QDateTime::currentDateTimeUtc();
    widget.setPeering(deploymentOf(&vpw::providers::huawei::module()), refreshed);
    QCOMPARE(child<QLineEdit>(widget, u"securityGroupIdEdit"_s), edit);
    QCOMPARE(widget.input().securityGroupId, u"sg-1"_s);
    QVERIFY(!child<QCheckBox>(widget, u"port8084Check"_s)->isChecked());

    // Another peering starts afresh.
    widget.setPeering(deploymentOf(&vpw::providers::huawei::module()),
                      peeringOf(&vpw::providers::huawei::module(), u"peer-2"_s));
    QVERIFY(widget.input().securityGroupId.isEmpty());
    QCOMPARE(child<QLineEdit>(widget, u"securityGroupIdEdit"_s)->text(), QString());
    QVERIFY(child<QCheckBox>(widget, u"port8084Check"_s)->isChecked());
    QCOMPARE(widget.findChildren<QGroupBox *>(u"securityGroupSection"_s).size(), 1);
}

// Copy gives feedback (issue 19, item 7): the follow-up's Copy buttons and the wizard's Copy /
// Copy all read "Copied ✓" for about two seconds, announced to screen readers.
void TestFollowUpWidget::copyButtonsSayCopied() {
    FollowUpWidget widget;
    widget.setPeering(deploymentOf(&vpw::providers::huawei::module()),
                      peeringOf(&vpw::providers::huawei::module()));
    widget.show();
    QVERIFY(copiedFeedbackShownAndGone(child<QPushButton>(widget, u"routeCliCopyButton"_s)));

    vpw::ui::CopyValuesBox box;
    box.setItems({{u"vpcId"_s, u"VPC ID"_s, u"vpc-1"_s}, {u"region"_s, u"Region"_s, u"r-1"_s}});
    box.show();
    QVERIFY(copiedFeedbackShownAndGone(child<QPushButton>(box, u"vpcIdCopyButton"_s)));
    QCOMPARE(QGuiApplication::clipboard()->text(), u"vpc-1"_s);
    QVERIFY(copiedFeedbackShownAndGone(child<QPushButton>(box, u"copyAllButton"_s)));
    QCOMPARE(child<QPushButton>(box, u"copyAllButton"_s)->text(), u"Copy &all"_s);
}

// Issue 19, item 6: on Huawei a checklist names both steps first; each step shows the console
// steps, the CLI command and Terraform as tabs.
void TestFollowUpWidget::checklistAndTabsPerStep() {
    FollowUpWidget huawei;
    huawei.setPeering(deploymentOf(&vpw::providers::huawei::module()),
                      peeringOf(&vpw::providers::huawei::module()));
    auto *checklist = child<QLabel>(huawei, u"followUpChecklist"_s);
    QVERIFY(checklist);
    const QString route = child<QGroupBox>(huawei, u"routeSection"_s)->title();
    const QString rule = child<QGroupBox>(huawei, u"securityGroupSection"_s)->title();
    QVERIFY2(checklist->text().contains(u"① "_s + route) &&
                 checklist->text().contains(u"② "_s + rule),
             qPrintable(checklist->text()));
    for (const QString &kind : {u"route"_s, u"securityGroup"_s}) {
        auto *tabs = child<QTabWidget>(huawei, kind + u"Tabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(1), vpw::followUpCliName(&vpw::providers::huawei::module()));
        QCOMPARE(tabs->tabText(2), u"Terraform"_s);
        QVERIFY(tabs->widget(1)->isAncestorOf(child<QWidget>(huawei, kind + u"CliText"_s)));
        QVERIFY(tabs->widget(2)->isAncestorOf(child<QWidget>(huawei, kind + u"TerraformText"_s)));
    }

    FollowUpWidget aliyun; // one step: no checklist
    aliyun.setPeering(deploymentOf(&vpw::providers::aliyun::module()),
                      peeringOf(&vpw::providers::aliyun::module()));
    QVERIFY(!aliyun.findChild<QLabel *>(u"followUpChecklist"_s));
    QVERIFY(aliyun.findChild<QTabWidget *>(u"securityGroupTabs"_s));
}

// The command and the snippet are as tall as their lines (nothing to scroll inside them, no
// empty space under them), and the mouse wheel over them is left to the pane around them.
void TestFollowUpWidget::commandsAreShownWholeAndPassTheWheelOn() {
    QScrollArea pane;
    pane.setWidgetResizable(true);
    auto *widget = new FollowUpWidget;
    widget->setPeering(deploymentOf(&vpw::providers::huawei::module()),
                       peeringOf(&vpw::providers::huawei::module()));
    pane.setWidget(widget);
    pane.resize(420, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *tabs = child<QTabWidget>(*widget, u"routeTabs"_s);
    for (int tab : {0, 2, 1}) { // each tab as tall as its own page, not the tallest one
        tabs->setCurrentIndex(tab);
        QWidget *page = tabs->currentWidget();
        QTRY_VERIFY2(page->height() <= page->heightForWidth(page->width()) + 12,
                     qPrintable(u"tab %1: %2 px for %3"_s.arg(tab)
                                    .arg(page->height())
                                    .arg(page->heightForWidth(page->width()))));
    }
    for (int tab : {1, 2}) {
        tabs->setCurrentIndex(tab);
        auto *text =
            child<QPlainTextEdit>(*widget, tab == 1 ? u"routeCliText"_s : u"routeTerraformText"_s);
        QTRY_VERIFY(text->isVisible());
        QTRY_COMPARE(text->verticalScrollBar()->maximum(), 0); // every line shown
        text->moveCursor(QTextCursor::End);
        const int below = text->viewport()->height() - text->cursorRect().bottom();
        QVERIFY2(below < 2 * text->fontMetrics().lineSpacing(),
                 qPrintable(u"%1 px empty under the text"_s.arg(below)));

        QWidget *target = text->viewport();
        const QPoint at = target->rect().center();
        QWheelEvent wheel(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &wheel);
        QVERIFY(!wheel.isAccepted()); // a real wheel event goes on to the pane
    }
}

QTEST_MAIN(TestFollowUpWidget)
#include "tst_followupwidget.moc"
