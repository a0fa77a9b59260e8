#include "app/core/flow.h"
#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using vpw::DeploymentValue;
using vpw::FieldKind;
using vpw::FlowDescriptor;
using vpw::FlowStep;
using vpw::Provider;
using vpw::RequestField;
using vpw::StepKind;

Q_DECLARE_METATYPE(vpw::Provider)
Q_DECLARE_METATYPE(vpw::RequestField)

namespace {

const FlowDescriptor &flowOf(Provider provider) {
    const FlowDescriptor *flow = vpw::flowFor(provider);
    if (!flow)
        qFatal("no flow for provider %s", qPrintable(vpw::providerToString(provider)));
    return *flow;
}

QList<StepKind> kindsOf(const FlowDescriptor &flow) {
    QList<StepKind> kinds;
    for (const FlowStep &step : flow.steps)
        kinds.append(step.kind);
    return kinds;
}

bool hasCopyValue(const FlowStep &step, DeploymentValue value) {
    return std::any_of(step.copyValues.cbegin(), step.copyValues.cend(),
                       [value](const vpw::CopyValue &c) { return c.source == value; });
}

QString wireNamesOf(const FlowStep &step) {
    QStringList names;
    for (const vpw::FieldSpec &field : step.fields)
        names << vpw::requestFieldWireName(field.field);
    return names.join(u',');
}

} // namespace

class TestFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStepIsComplete_data();
    void everyStepIsComplete();
    void stepIdsAreUniqueAcrossFlows();
    void aliyunFollowsTheDocumentation();
    void huaweiFollowsTheDocumentation();
    void fieldMapping_data();
    void fieldMapping();
    void securityGroupPorts();
    void flowTextAndLookup();
    void registry();
    void everyFlowCollectsEveryRequestField_data();
    void everyFlowCollectsEveryRequestField();
    void requestFieldWireNames_data();
    void requestFieldWireNames();
    void requestValues_data();
    void requestValues();
    void panelNotes();
};

void TestFlow::everyStepIsComplete_data() {
    QTest::addColumn<Provider>("provider");
    QTest::newRow("aliyun") << &vpw::providers::aliyun::module();
    QTest::newRow("huawei") << &vpw::providers::huawei::module();
}

void TestFlow::everyStepIsComplete() {
    QFETCH(Provider, provider);
    const FlowDescriptor &flow = flowOf(provider);
    QCOMPARE(flow.provider, provider);
    QVERIFY(flow.name && *flow.name);
    QVERIFY(flow.steps.size() >= 6); // the documentation's steps, less checking the state
    const QString prefix = vpw::providerToString(provider) + u'.';

    for (const FlowStep &step : flow.steps) {
        const QByteArray where = step.id.toUtf8();
        QVERIFY2(step.id.startsWith(prefix), where.constData());
        QVERIFY2(step.title && qstrlen(step.title) > 3, where.constData());
        // Bodies are full helpful sentences, not labels.
        QVERIFY2(step.body && qstrlen(step.body) > 80, where.constData());
        QVERIFY2(QByteArray(step.body).trimmed().endsWith('.'), where.constData());
        QVERIFY2(!vpw::flowText(step.title).isEmpty(), where.constData());

        QCOMPARE(step.kind == StepKind::CollectFields, !step.fields.isEmpty());
        QSet<int> fields;
        for (const vpw::FieldSpec &field : step.fields) {
            QVERIFY2(!fields.contains(int(field.field)), where.constData());
            fields.insert(int(field.field));
            QVERIFY2(field.label && *field.label, where.constData());
            QVERIFY2(field.help && qstrlen(field.help) > 20, where.constData());
            // The validator exists and accepts its own example.
            QVERIFY2(vpw::checkField(field.kind, vpw::fieldExample(field.kind)).isOk(),
                     where.constData());
            QVERIFY2(vpw::checkField(field.kind, QString()).isError(), where.constData());
        }
        for (const vpw::CopyValue &value : step.copyValues)
            QVERIFY2(value.label && *value.label, where.constData());
        for (const vpw::ConsoleLink &link : step.links) {
            QVERIFY2(link.label && *link.label, where.constData());
            QVERIFY2(link.url.isValid(), qPrintable(link.url.toString()));
            QCOMPARE(link.url.scheme(), u"https"_s);
            QVERIFY2(!link.url.host().isEmpty(), qPrintable(link.url.toString()));
        }
    }
}

void TestFlow::stepIdsAreUniqueAcrossFlows() {
    QSet<QString> ids;
    int count = 0;
    for (const Provider provider :
         {&vpw::providers::aliyun::module(), &vpw::providers::huawei::module()}) {
        for (const FlowStep &step : flowOf(provider).steps) {
            ids.insert(step.id);
            ++count;
        }
    }
    QCOMPARE(ids.size(), count);
}

void TestFlow::aliyunFollowsTheDocumentation() {
    const FlowDescriptor &flow = vpw::providers::aliyun::module().flow();
    QCOMPARE(flow.attachWindowSeconds, std::optional<int>(600));
    QCOMPARE(kindsOf(flow), (QList<StepKind>{StepKind::Instructions, StepKind::Instructions,
                                             StepKind::CollectFields, StepKind::Submit,
                                             StepKind::Wait, StepKind::FollowUp}));

    const FlowStep *create = vpw::findStep(flow, u"aliyun.create-cen");
    QVERIFY(create);
    QVERIFY(QByteArray(create->body).contains("only one CEN"));
    QVERIFY(std::any_of(create->links.cbegin(), create->links.cend(), [](const auto &link) {
        return link.url == QUrl(u"https://cen.console.aliyun.com/cen/list"_s);
    }));

    const FlowStep *countdown = vpw::findStep(flow, u"aliyun.load-network-instance");
    QVERIFY(countdown);
    QCOMPARE(countdown->kind, StepKind::Wait);
    QVERIFY(QByteArray(countdown->body).contains("Load Network Instance"));
    QVERIFY(hasCopyValue(*countdown, DeploymentValue::VpcId));
    QVERIFY(hasCopyValue(*countdown, DeploymentValue::CloudAccountId));
    QVERIFY(hasCopyValue(*countdown, DeploymentValue::Region));
    QVERIFY(!countdown->links.isEmpty());

    const FlowStep *submit = vpw::findStep(flow, u"aliyun.submit");
    QVERIFY(submit);
    QVERIFY(QByteArray(submit->body).contains("10 minutes"));

    const FlowStep *security = vpw::findStep(flow, u"aliyun.security-group");
    QVERIFY(security);
    QVERIFY(hasCopyValue(*security, DeploymentValue::Cidr));
    // The ports are listed once, in securityGroupPorts(); the text does not repeat them.
    for (const vpw::MqttPort &port : vpw::securityGroupPorts())
        QVERIFY2(!QByteArray(security->body).contains(QByteArray::number(port.port)),
                 security->body);

    QVERIFY(QByteArray(flow.stateHelp.body).contains("CEN"));
}

void TestFlow::huaweiFollowsTheDocumentation() {
    const FlowDescriptor &flow = vpw::providers::huawei::module().flow();
    QVERIFY(!flow.attachWindowSeconds.has_value());
    QCOMPARE(kindsOf(flow),
             (QList<StepKind>{StepKind::Instructions, StepKind::Instructions,
                              StepKind::CollectFields, StepKind::Submit, StepKind::Wait,
                              StepKind::FollowUp, StepKind::FollowUp}));
    // The waiting page follows the state without a window; its text is also the panel's help.
    const FlowStep *wait = vpw::findStep(flow, u"huawei.wait");
    QVERIFY(wait);
    QCOMPARE(wait->body, flow.stateHelp.body);

    // Issue 19, item 10: one page with every value the request needs, the region included
    // (a separate page repeated the same two values without it).
    QVERIFY(!vpw::findStep(flow, u"huawei.show-values"));
    const FlowStep *request = vpw::findStep(flow, u"huawei.create-request");
    QVERIFY(request);
    QVERIFY(hasCopyValue(*request, DeploymentValue::VpcId));
    QVERIFY(hasCopyValue(*request, DeploymentValue::CloudAccountId));
    QVERIFY(hasCopyValue(*request, DeploymentValue::Region));
    QVERIFY(hasCopyValue(*request, DeploymentValue::Cidr));
    QVERIFY(std::any_of(request->links.cbegin(), request->links.cend(), [](const auto &link) {
        return link.url == QUrl(u"https://console.huaweicloud.com/vpc/#/vpc/peerings"_s);
    }));
    QVERIFY(QByteArray(request->body).contains("Peer Project ID = EMQX Cloud account ID"));
    QVERIFY(QByteArray(request->body).contains("Peer VPC ID = deployment VPC ID"));
    QVERIFY(QByteArray(request->body).contains("Another account"));

    const FlowStep *fields = vpw::findStep(flow, u"huawei.enter-fields");
    QVERIFY(fields);
    QVERIFY(std::any_of(fields->links.cbegin(), fields->links.cend(), [](const auto &link) {
        return link.url == QUrl(u"https://console.huaweicloud.com/iam/#/mine/apiCredential"_s) &&
               QByteArray(link.label) == "My Credentials";
    }));

    // Route: destination = deployment CIDR, next hop type = the peering connection.
    const FlowStep *route = vpw::findStep(flow, u"huawei.route");
    QVERIFY(route);
    QCOMPARE(route->kind, StepKind::FollowUp);
    QVERIFY(QByteArray(route->body).contains("Next Hop Type = VPC peering connection"));
    QVERIFY(QByteArray(route->body).contains("Destination = the deployment's CIDR block"));
    QVERIFY(hasCopyValue(*route, DeploymentValue::Cidr));
    // The route comes before the security group, as in the documentation.
    QVERIFY(route < vpw::findStep(flow, u"huawei.security-group"));

    const FlowStep *security = vpw::findStep(flow, u"huawei.security-group");
    QVERIFY(security);
    for (const vpw::MqttPort &port : vpw::securityGroupPorts())
        QVERIFY2(!QByteArray(security->body).contains(QByteArray::number(port.port)),
                 security->body);
}

void TestFlow::fieldMapping_data() {
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("stepId");
    QTest::addColumn<QString>("wireNames"); // in order
    QTest::addColumn<QStringList>("kinds"); // FieldKind ids

    QTest::newRow("aliyun: CEN ID, account ID, VPC ID, CIDR")
        << &vpw::providers::aliyun::module() << u"aliyun.enter-fields"_s
        << u"peeringId,accountId,vpcId,cidr"_s
        << QStringList{vpw::providers::aliyun::cenId().id, vpw::providers::aliyun::accountId().id,
                       vpw::providers::aliyun::vpcId().id, FieldKind::vpcCidr().id};
    QTest::newRow("huawei: peering ID, CIDR, VPC ID, user ID")
        << &vpw::providers::huawei::module() << u"huawei.enter-fields"_s
        << u"peeringId,cidr,vpcId,accountId"_s
        << QStringList{vpw::providers::huawei::peeringId().id, FieldKind::vpcCidr().id,
                       vpw::providers::huawei::vpcId().id, vpw::providers::huawei::userId().id};
}

void TestFlow::fieldMapping() {
    QFETCH(Provider, provider);
    QFETCH(QString, stepId);
    QFETCH(QString, wireNames);
    QFETCH(QStringList, kinds);

    const FlowStep *step = vpw::findStep(flowOf(provider), stepId);
    QVERIFY(step);
    QCOMPARE(step->kind, StepKind::CollectFields);
    QStringList actualKinds;
    for (const vpw::FieldSpec &field : step->fields)
        actualKinds << field.kind.id;
    QCOMPARE(wireNamesOf(*step), wireNames);
    QCOMPARE(actualKinds, kinds);
    const vpw::FieldSpec *cidr = vpw::findField(flowOf(provider), RequestField::Cidr);
    QVERIFY(cidr);
    QCOMPARE(cidr->kind, FieldKind::vpcCidr());
    // Exactly one step of the flow collects fields, so the request is assembled from one place.
    const auto &steps = flowOf(provider).steps;
    QCOMPARE(std::count_if(steps.cbegin(), steps.cend(),
                           [](const FlowStep &s) { return s.kind == StepKind::CollectFields; }),
             1);
}

void TestFlow::securityGroupPorts() {
    QList<int> ports;
    for (const vpw::MqttPort &port : vpw::securityGroupPorts()) {
        ports << port.port;
        QVERIFY(port.label && *port.label);
    }
    QCOMPARE(ports, (QList<int>{1883, 8883, 8083, 8084}));
}

void TestFlow::flowTextAndLookup() {
    QVERIFY(vpw::flowText(nullptr).isEmpty());
    // Without a translator the English source text comes back unchanged.
    QCOMPARE(vpw::flowText("Check the peering state"), u"Check the peering state"_s);
    QCOMPARE(vpw::flowFor(&vpw::providers::aliyun::module()),
             &vpw::providers::aliyun::module().flow());
    QCOMPARE(vpw::flowFor(&vpw::providers::huawei::module()),
             &vpw::providers::huawei::module().flow());
    QVERIFY(!vpw::findStep(vpw::providers::aliyun::module().flow(), u"huawei.route"));
}

void TestFlow::registry() {
    // One descriptor per provider, found by its provider; nothing falls back to another flow.
    QSet<Provider> providers;
    for (const FlowDescriptor *flow : vpw::flows()) {
        QVERIFY(flow);
        QVERIFY(!providers.contains(flow->provider));
        providers.insert(flow->provider);
        QCOMPARE(vpw::flowFor(flow->provider), flow);
    }
    QVERIFY(providers.contains(&vpw::providers::aliyun::module()));
    QVERIFY(providers.contains(&vpw::providers::huawei::module()));
    QCOMPARE(providers.size(), vpw::providerModules().size());
    // No provider has no flow, rather than another provider's.
    QCOMPARE(vpw::flowFor(nullptr), nullptr);
}

void TestFlow::everyFlowCollectsEveryRequestField_data() {
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<RequestField>("field");
    for (const FlowDescriptor *flow : vpw::flows()) {
        for (const RequestField field : vpw::kRequestFields) {
            const QString name =
                vpw::providerToString(flow->provider) + u": "_s + vpw::requestFieldWireName(field);
            QTest::newRow(qPrintable(name)) << flow->provider << field;
        }
    }
}

void TestFlow::everyFlowCollectsEveryRequestField() {
    QFETCH(Provider, provider);
    QFETCH(RequestField, field);
    const FlowDescriptor &flow = flowOf(provider);
    int specs = 0;
    for (const FlowStep &step : flow.steps) {
        specs += int(std::count_if(step.fields.cbegin(), step.fields.cend(),
                                   [field](const vpw::FieldSpec &s) { return s.field == field; }));
    }
    QCOMPARE(specs, 1);
    const FlowStep *step = vpw::stepCollecting(flow, field);
    QVERIFY(step);
    QCOMPARE(step->kind, StepKind::CollectFields);
    const vpw::FieldSpec *spec = vpw::findField(flow, field);
    QVERIFY(spec);
    QVERIFY(std::any_of(step->fields.cbegin(), step->fields.cend(),
                        [spec](const vpw::FieldSpec &s) { return &s == spec; }));
}

void TestFlow::requestFieldWireNames_data() {
    QTest::addColumn<RequestField>("field");
    QTest::addColumn<QString>("wireName");
    QTest::newRow("peering ID") << RequestField::PeeringId << u"peeringId"_s;
    QTest::newRow("account ID") << RequestField::AccountId << u"accountId"_s;
    QTest::newRow("VPC ID") << RequestField::VpcId << u"vpcId"_s;
    QTest::newRow("CIDR") << RequestField::Cidr << u"cidr"_s;
}

void TestFlow::requestFieldWireNames() {
    QFETCH(RequestField, field);
    QFETCH(QString, wireName);
    QCOMPARE(vpw::requestFieldWireName(field), wireName);
    QCOMPARE(vpw::requestFieldFromWireName(wireName), std::optional<RequestField>(field));
    QCOMPARE(vpw::requestFieldFromWireName(wireName.toUpper()), std::nullopt);
    QCOMPARE(vpw::requestFieldFromWireName(u"region"), std::nullopt);
    QCOMPARE(vpw::requestFieldFromWireName(u""), std::nullopt);
}

void TestFlow::requestValues_data() {
    QTest::addColumn<RequestField>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("readBack");
    QTest::newRow("peering ID") << RequestField::PeeringId << u"cen-abc"_s << true << u"cen-abc"_s;
    QTest::newRow("account ID") << RequestField::AccountId << u"1234"_s << true << u"1234"_s;
    QTest::newRow("VPC ID") << RequestField::VpcId << u"vpc-xyz"_s << true << u"vpc-xyz"_s;
    QTest::newRow("CIDR") << RequestField::Cidr << u"192.168.0.0/16"_s << true
                          << u"192.168.0.0/16"_s;
    QTest::newRow("CIDR with host bits is refused")
        << RequestField::Cidr << u"192.168.1.5/24"_s << false << u"10.0.0.0/8"_s;
    QTest::newRow("malformed CIDR is refused")
        << RequestField::Cidr << u"192.168.0/16"_s << false << u"10.0.0.0/8"_s;
}

void TestFlow::requestValues() {
    QFETCH(RequestField, field);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, readBack);
    vpw::PeeringRequest request;
    QVERIFY(vpw::setRequestValue(request, RequestField::Cidr, u"10.0.0.0/8"_s));
    QCOMPARE(vpw::setRequestValue(request, field, text), accepted);
    QCOMPARE(vpw::requestValue(request, field), readBack);
    // The other fields are untouched.
    for (const RequestField other : vpw::kRequestFields) {
        if (other == field)
            continue;
        const QString expected = other == RequestField::Cidr ? u"10.0.0.0/8"_s : QString();
        QCOMPARE(vpw::requestValue(request, other), expected);
    }
}

void TestFlow::panelNotes() {
    // Checking and deleting belong to the status panel: no wizard step, texts kept as notes.
    const vpw::PanelNote &del = vpw::deletePeeringNote();
    QVERIFY(del.title && qstrlen(del.title) > 3);
    QVERIFY(QByteArray(del.body).contains("running"));
    QVERIFY(QByteArray(del.body).contains("rule-engine resources"));
    for (const FlowDescriptor *flow : vpw::flows()) {
        QVERIFY(flow->stateHelp.title && qstrlen(flow->stateHelp.title) > 3);
        QVERIFY(flow->stateHelp.body && qstrlen(flow->stateHelp.body) > 80);
        for (const FlowStep &step : flow->steps)
            QVERIFY2(!QByteArray(step.body).contains("click Delete"), qPrintable(step.id));
    }
}

QTEST_APPLESS_MAIN(TestFlow)
#include "tst_flow.moc"
