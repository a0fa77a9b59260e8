// Every text the flows and core rules show exists in Chinese, the documentation's language:
// loads the real catalogue (translations/vpw_zh_CN.ts, compiled into vpw_translations).
#include "app/core/cidr.h"
#include "app/core/fieldrules.h"
#include "app/core/flow.h"
#include "app/core/peeringstate.h"
#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using vpw::Provider;

Q_DECLARE_METATYPE(vpw::Provider)

namespace {

bool hasChinese(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

// The text is translated: not empty, not the English source, and written in Chinese.
#define VERIFY_TRANSLATED(source)                                                                  \
    do {                                                                                           \
        const QString translated = vpw::flowText(source);                                          \
        QVERIFY2(translated != QString::fromUtf8(source) && hasChinese(translated), source);       \
    } while (false)

} // namespace

class TestFlowTranslation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void flowTexts_data();
    void flowTexts();
    void placeholdersSurvive();
    void coreMessages();
};

void TestFlowTranslation::initTestCase() {
    QCOMPARE(vpw::installTranslators(*QCoreApplication::instance(), QLocale(u"zh_CN"_s)),
             u"zh_CN"_s);
}

void TestFlowTranslation::flowTexts_data() {
    QTest::addColumn<Provider>("provider");
    QTest::newRow("aliyun") << &vpw::providers::aliyun::module();
    QTest::newRow("huawei") << &vpw::providers::huawei::module();
}

void TestFlowTranslation::flowTexts() {
    QFETCH(Provider, provider);
    const vpw::FlowDescriptor *found = vpw::flowFor(provider);
    QVERIFY(found);
    const vpw::FlowDescriptor &flow = *found;
    VERIFY_TRANSLATED(flow.name);
    VERIFY_TRANSLATED(flow.stateHelp.title);
    VERIFY_TRANSLATED(flow.stateHelp.body);
    for (const vpw::FlowStep &step : flow.steps) {
        VERIFY_TRANSLATED(step.title);
        VERIFY_TRANSLATED(step.body);
        for (const vpw::FieldSpec &field : step.fields) {
            VERIFY_TRANSLATED(field.help);
            // Labels may be pure identifiers ("VPC ID"); they must still be in the catalogue.
            QVERIFY2(!vpw::flowText(field.label).isEmpty(), field.label);
        }
        for (const vpw::CopyValue &value : step.copyValues)
            VERIFY_TRANSLATED(value.label);
        for (const vpw::ConsoleLink &link : step.links)
            VERIFY_TRANSLATED(link.label);
    }
    VERIFY_TRANSLATED(vpw::deletePeeringNote().title);
    VERIFY_TRANSLATED(vpw::deletePeeringNote().body);
}

void TestFlowTranslation::placeholdersSurvive() {
    // The Huawei route step keeps the documentation's term for the next-hop type.
    const vpw::FlowStep *route =
        vpw::findStep(vpw::providers::huawei::module().flow(), u"huawei.route");
    QVERIFY(route);
    QVERIFY(vpw::flowText(route->body).contains(u"下一跳类型 = 对等连接"_s));
    const vpw::FlowStep *prerequisites =
        vpw::findStep(vpw::providers::aliyun::module().flow(), u"aliyun.prerequisites");
    QVERIFY(prerequisites);
    QVERIFY(vpw::flowText(prerequisites->body).contains(u"10.10.0.0/24 ～ 10.32.255.0/24"_s));
    // No developer's note in it (issue 19, item 9).
    QVERIFY(!vpw::flowText(prerequisites->body).contains(u"文档中写作"_s));
    QVERIFY(!vpw::flowText(prerequisites->body).contains(u"向导会按"_s));
    // The Alibaba Cloud security-group step in the console's own terms, and the port as the
    // EMQX console names it.
    const vpw::FlowStep *group =
        vpw::findStep(vpw::providers::aliyun::module().flow(), u"aliyun.security-group");
    QVERIFY(group);
    QVERIFY(vpw::flowText(group->body).contains(u"授权对象"_s));
    QVERIFY(vpw::flowText(group->body).contains(u"协议类型"_s));
    bool wss = false;
    for (const vpw::MqttPort &port : vpw::securityGroupPorts())
        wss = wss || vpw::flowText(port.label) == u"MQTT over WSS"_s;
    QVERIFY(wss);
}

void TestFlowTranslation::coreMessages() {
    const vpw::Verdict hostBits = vpw::Cidr::parse(u"192.168.1.5/24").verdict;
    QVERIFY2(hasChinese(hostBits.message), qPrintable(hostBits.message));
    // Arguments were substituted into the translated text.
    QVERIFY(hostBits.message.contains(u"192.168.1.5/24"_s));
    QVERIFY(hostBits.message.contains(u"192.168.1.0/24"_s));

    const vpw::Verdict reserved = vpw::checkVpcCidr(vpw::CidrContext(), u"10.20.0.0/16");
    QVERIFY2(hasChinese(reserved.message), qPrintable(reserved.message));
    QVERIFY(reserved.message.contains(u"10.10.0.0/24 ～ 10.32.255.0/24"_s));

    const vpw::Verdict id = vpw::checkField(vpw::providers::aliyun::cenId(), u"vpc-abc");
    QVERIFY2(hasChinese(id.message), qPrintable(id.message));

    QCOMPARE(vpw::peeringStateDisplayText(vpw::PeeringState::Running), u"运行中"_s);
    QCOMPARE(vpw::providerDisplayName(&vpw::providers::aliyun::module()), u"阿里云"_s);
    QCOMPARE(vpw::providerDisplayName(&vpw::providers::huawei::module()), u"华为云"_s);
    for (const vpw::PeeringState state : {vpw::PeeringState::Pending, vpw::PeeringState::Running,
                                          vpw::PeeringState::Failed, vpw::PeeringState::Deleting})
        QVERIFY(hasChinese(vpw::peeringStateDescription(state)));
}

QTEST_GUILESS_MAIN(TestFlowTranslation)
#include "tst_flowtranslation.moc"
