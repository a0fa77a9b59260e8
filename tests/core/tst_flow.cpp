#include "app/core/flow.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using vpw::DeploymentValue;
using vpw::FieldKind;
using vpw::FlowDescriptor;
using vpw::FlowStep;
using vpw::Provider;
using vpw::StepKind;

Q_DECLARE_METATYPE(vpw::Provider)

namespace {

const FlowDescriptor &flowOf(Provider provider) {
    return vpw::flowFor(provider);
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

QString fieldKindOf(const FlowStep &step, const QString &key, FieldKind *kind) {
    for (const vpw::FieldSpec &field : step.fields) {
        if (field.key == key) {
            *kind = field.kind;
            return field.key;
        }
    }
    return {};
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
};

void TestFlow::everyStepIsComplete_data() {
    QTest::addColumn<Provider>("provider");
    QTest::newRow("aliyun") << Provider::Aliyun;
    QTest::newRow("huawei") << Provider::Huawei;
}

void TestFlow::everyStepIsComplete() {
    QFETCH(Provider, provider);
    const FlowDescriptor &flow = flowOf(provider);
    QCOMPARE(flow.provider, provider);
    QVERIFY(flow.name && *flow.name);
    QVERIFY(flow.steps.size() >= 7);
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
        QSet<QString> keys;
        for (const vpw::FieldSpec &field : step.fields) {
            QVERIFY2(!field.key.isEmpty(), where.constData());
            QVERIFY2(!keys.contains(field.key), where.constData());
            keys.insert(field.key);
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
    for (const Provider provider : {Provider::Aliyun, Provider::Huawei}) {
        for (const FlowStep &step : flowOf(provider).steps) {
            ids.insert(step.id);
            ++count;
        }
    }
    QCOMPARE(ids.size(), count);
}

void TestFlow::aliyunFollowsTheDocumentation() {
    const FlowDescriptor &flow = vpw::aliyunFlow();
    QCOMPARE(flow.attachWindowSeconds, std::optional<int>(600));
    QCOMPARE(kindsOf(flow),
             (QList<StepKind>{StepKind::Instructions, StepKind::Instructions,
                              StepKind::CollectFields, StepKind::Submit, StepKind::Countdown,
                              StepKind::Status, StepKind::FollowUp, StepKind::DeleteRules}));

    const FlowStep *create = vpw::findStep(flow, u"aliyun.create-cen");
    QVERIFY(create);
    QVERIFY(QByteArray(create->body).contains("only one CEN"));
    QVERIFY(std::any_of(create->links.cbegin(), create->links.cend(), [](const auto &link) {
        return link.url == QUrl(u"https://cen.console.aliyun.com/cen/list"_s);
    }));

    const FlowStep *countdown = vpw::findStep(flow, u"aliyun.load-network-instance");
    QVERIFY(countdown);
    QCOMPARE(countdown->kind, StepKind::Countdown);
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
    for (const char *port : {"1883", "8883", "8083", "8084"})
        QVERIFY2(QByteArray(security->body).contains(port), port);

    const FlowStep *del = vpw::findStep(flow, u"aliyun.delete");
    QVERIFY(del);
    QCOMPARE(del->kind, StepKind::DeleteRules);
    QVERIFY(QByteArray(del->body).contains("running"));
    QVERIFY(QByteArray(del->body).contains("rule-engine resources"));
}

void TestFlow::huaweiFollowsTheDocumentation() {
    const FlowDescriptor &flow = vpw::huaweiFlow();
    QVERIFY(!flow.attachWindowSeconds.has_value());
    QCOMPARE(kindsOf(flow),
             (QList<StepKind>{StepKind::Instructions, StepKind::ShowValues, StepKind::Instructions,
                              StepKind::CollectFields, StepKind::Submit, StepKind::Status,
                              StepKind::FollowUp, StepKind::FollowUp, StepKind::DeleteRules}));
    for (const FlowStep &step : flow.steps)
        QVERIFY2(step.kind != StepKind::Countdown, qPrintable(step.id));

    const FlowStep *show = vpw::findStep(flow, u"huawei.show-values");
    QVERIFY(show);
    QVERIFY(hasCopyValue(*show, DeploymentValue::VpcId));
    QVERIFY(hasCopyValue(*show, DeploymentValue::CloudAccountId));
    QVERIFY(hasCopyValue(*show, DeploymentValue::Cidr));
    QVERIFY(std::any_of(show->links.cbegin(), show->links.cend(), [](const auto &link) {
        return link.url == QUrl(u"https://console.huaweicloud.com/vpc/#/vpc/peerings"_s);
    }));

    const FlowStep *request = vpw::findStep(flow, u"huawei.create-request");
    QVERIFY(request);
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

    const FlowStep *del = vpw::findStep(flow, u"huawei.delete");
    QVERIFY(del);
    QVERIFY(QByteArray(del->body).contains("running"));
}

void TestFlow::fieldMapping_data() {
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("stepId");
    QTest::addColumn<QStringList>("keys"); // in order
    QTest::addColumn<QList<int>>("kinds");

    QTest::newRow("aliyun: CEN ID, account ID, VPC ID, CIDR")
        << Provider::Aliyun << u"aliyun.enter-fields"_s
        << QStringList{u"peeringId"_s, u"accountId"_s, u"vpcId"_s, u"cidr"_s}
        << QList<int>{int(FieldKind::AliyunCenId), int(FieldKind::AliyunAccountId),
                      int(FieldKind::AliyunVpcId), int(FieldKind::VpcCidr)};
    QTest::newRow("huawei: peering ID, CIDR, VPC ID, user ID")
        << Provider::Huawei << u"huawei.enter-fields"_s
        << QStringList{u"peeringId"_s, u"cidr"_s, u"vpcId"_s, u"accountId"_s}
        << QList<int>{int(FieldKind::HuaweiPeeringId), int(FieldKind::VpcCidr),
                      int(FieldKind::HuaweiVpcId), int(FieldKind::HuaweiUserId)};
}

void TestFlow::fieldMapping() {
    QFETCH(Provider, provider);
    QFETCH(QString, stepId);
    QFETCH(QStringList, keys);
    QFETCH(QList<int>, kinds);

    const FlowStep *step = vpw::findStep(flowOf(provider), stepId);
    QVERIFY(step);
    QCOMPARE(step->kind, StepKind::CollectFields);
    QStringList actualKeys;
    QList<int> actualKinds;
    for (const vpw::FieldSpec &field : step->fields) {
        actualKeys << field.key;
        actualKinds << int(field.kind);
    }
    QCOMPARE(actualKeys, keys);
    QCOMPARE(actualKinds, kinds);
    FieldKind cidrKind = FieldKind::Region;
    QCOMPARE(fieldKindOf(*step, u"cidr"_s, &cidrKind), u"cidr"_s);
    QCOMPARE(cidrKind, FieldKind::VpcCidr);
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
    QCOMPARE(&vpw::flowFor(Provider::Aliyun), &vpw::aliyunFlow());
    QCOMPARE(&vpw::flowFor(Provider::Huawei), &vpw::huaweiFlow());
    QVERIFY(!vpw::findStep(vpw::aliyunFlow(), u"huawei.route"));
}

QTEST_APPLESS_MAIN(TestFlow)
#include "tst_flow.moc"
