// The follow-up widget driven by objectName: ticking ports and typing IDs changes the texts,
// copy puts them on the clipboard (the texts themselves are checked in core/followup).
#include "app/core/followup.h"
#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"
#include "ui/followupwidget.h"
#include "ui/inlinemessage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using vpw::Provider;
using vpw::ui::FollowUpWidget;

namespace {

vpw::Deployment deploymentOf(Provider provider) {
    vpw::Deployment deployment;
    deployment.id = u"d-1"_s;
    deployment.platform = provider;
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

QTEST_MAIN(TestFollowUpWidget)
#include "tst_followupwidget.moc"
