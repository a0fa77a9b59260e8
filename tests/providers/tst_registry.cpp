// The registry walks every provider module and checks every part: the descriptor (steps, one
// field spec per request field, console links, state help), the field kinds (each example
// passes its own rule; a wrong value of each kind fails it), regions, the CIDR limits, the
// follow-ups in all three forms (console step, CLI, Terraform) with every value filled in,
// advice and a server reason for every failure code, a demo seed whose values pass the
// module's own checks, and a zh_CN text for every string of the module (the real catalogue).
// A new provider is checked by adding it to the registry: nothing here names one.
#include "app/core/followup.h"
#include "app/providers/clientregistry.h"
#include "app/providers/emulatorregistry.h"
#include "app/providers/registry.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using vpw::FailureCode;
using vpw::FieldKind;
using vpw::FieldShape;
using vpw::FlowStep;
using vpw::FollowUpKind;
using vpw::Provider;
using vpw::StepKind;

Q_DECLARE_METATYPE(vpw::Provider)
Q_DECLARE_METATYPE(vpw::FieldKind)
Q_DECLARE_METATYPE(vpw::FollowUpKind)

namespace {

bool hasChinese(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

// Every translatable text of a module's flow: title/body of each step, field labels and help,
// copy-value and link labels, the flow's name and state help.
QList<std::pair<const char *, const char *>> flowTexts(const vpw::FlowDescriptor &flow) {
    QList<std::pair<const char *, const char *>> texts; // (text, what)
    texts.append(std::make_pair(flow.name, "flow name"));
    texts.append(std::make_pair(flow.stateHelp.title, "state help title"));
    texts.append(std::make_pair(flow.stateHelp.body, "state help body"));
    for (const FlowStep &step : flow.steps) {
        texts.append(std::make_pair(step.title, "step title"));
        texts.append(std::make_pair(step.body, "step body"));
        for (const vpw::FieldSpec &field : step.fields) {
            texts.append(std::make_pair(field.label, "field label"));
            texts.append(std::make_pair(field.help, "field help"));
        }
        for (const vpw::CopyValue &value : step.copyValues)
            texts.append(std::make_pair(value.label, "copy label"));
        for (const vpw::ConsoleLink &link : step.links)
            texts.append(std::make_pair(link.label, "link label"));
    }
    return texts;
}

// A value of the kind's shape that its rule must refuse.
QString brokenValueOf(const FieldKind &kind) {
    switch (kind.shape) {
    case FieldShape::PrefixedId:
        return kind.prefix + u"!"_s;
    case FieldShape::Digits:
        return kind.example.left(kind.example.size() - 1) + u"x"_s;
    case FieldShape::Uuid:
        return kind.example.left(10);
    case FieldShape::Hex32:
        return kind.example.left(31) + u"z"_s;
    case FieldShape::Cidr:
        return u"192.168.1.5/33"_s;
    case FieldShape::Region:
        return u"region one"_s;
    }
    return {};
}

vpw::Deployment demoDeployment(Provider provider, const vpw::DemoDeployment &demo) {
    vpw::Deployment d;
    d.id = demo.id;
    d.provider = provider;
    d.region = demo.region;
    d.vpcId = demo.vpcId;
    d.cidr = *vpw::Cidr::fromString(demo.cidr);
    d.cloudAccountId = demo.cloudAccountId;
    return d;
}

} // namespace

class TestRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyProviderIsListedOnce();
    void descriptor_data();
    void descriptor();
    void fieldKinds_data();
    void fieldKinds();
    void regionsAndCidrLimits_data();
    void regionsAndCidrLimits();
    void followUps_data();
    void followUps();
    void adviceForEveryFailureCode_data();
    void adviceForEveryFailureCode();
    void demoSeed_data();
    void demoSeed();
    void accountPart_data();
    void accountPart();
    void accountPartWhereTheApiIs();
    void chineseForEveryString_data();
    void chineseForEveryString();

private:
    QHash<Provider, QStringList> m_english;
};

// The module's texts that are built at run time (display name, kind names, advice).
QStringList runtimeTexts(Provider provider) {
    QStringList texts;
    texts << provider->displayName();
    for (const FieldKind &kind : provider->fieldKinds())
        texts << vpw::fieldKindName(kind);
    for (const FailureCode code : vpw::kFailureCodes)
        texts << provider->failureAdvice(code);
    for (const QString &region : provider->knownRegions())
        texts << provider->regionName(region); // the console's name, in Chinese there
    if (const vpw::ProviderAccountPart *account = provider->account())
        texts << account->policyHint();
    return texts;
}

void TestRegistry::initTestCase() {
    QVERIFY(vpw::providerModules().size() >= 3);
    // In English first, before chineseForEveryString() installs the zh_CN catalogue.
    for (const Provider provider : vpw::providerModules())
        m_english.insert(provider, runtimeTexts(provider));
}

void TestRegistry::everyProviderIsListedOnce() {
    QSet<QString> ids;
    QSet<QString> kindIds;
    QSet<QString> stepIds;
    for (const Provider provider : vpw::providerModules()) {
        QVERIFY(provider);
        const QString id = provider->id();
        QVERIFY2(QRegularExpression(u"^[a-z][a-z0-9]*$"_s).match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QCOMPARE(vpw::providerFromString(id), std::optional<Provider>(provider));
        QCOMPARE(vpw::providerFromString(id.toUpper()), std::optional<Provider>(provider));
        QCOMPARE(provider->flow().provider, provider);
        for (const FieldKind &kind : provider->fieldKinds()) {
            QVERIFY2(kind.id.startsWith(id + u'.'), qPrintable(kind.id));
            QVERIFY2(!kindIds.contains(kind.id), qPrintable(kind.id));
            kindIds.insert(kind.id);
        }
        for (const FlowStep &step : provider->flow().steps) {
            QVERIFY2(step.id.startsWith(id + u'.'), qPrintable(step.id));
            QVERIFY2(!stepIds.contains(step.id), qPrintable(step.id));
            stepIds.insert(step.id);
        }
    }
    QCOMPARE(vpw::flows().size(), vpw::providerModules().size());
    QVERIFY(!vpw::providerFromString(u"nosuchcloud").has_value());
}

#define PROVIDER_ROWS()                                                                            \
    QTest::addColumn<Provider>("provider");                                                        \
    for (const Provider p : vpw::providerModules())                                                \
    QTest::newRow(qPrintable(p->id())) << p

void TestRegistry::descriptor_data() {
    PROVIDER_ROWS();
}

void TestRegistry::descriptor() {
    QFETCH(Provider, provider);
    const vpw::FlowDescriptor &flow = provider->flow();
    QVERIFY(flow.name && *flow.name);
    QVERIFY(flow.stateHelp.title && flow.stateHelp.body);
    QVERIFY(!flow.steps.isEmpty());
    if (flow.attachWindowSeconds)
        QVERIFY(*flow.attachWindowSeconds > 0);
    // Every request field is collected exactly once, on the one CollectFields step; the CIDR
    // with the shared kind, the IDs with the module's own kinds.
    int collectSteps = 0;
    for (const FlowStep &step : flow.steps) {
        QVERIFY2(step.title && *step.title && step.body && *step.body, qPrintable(step.id));
        collectSteps += step.kind == StepKind::CollectFields;
        QCOMPARE(step.followUp.has_value(), step.kind == StepKind::FollowUp);
        for (const vpw::ConsoleLink &link : step.links) {
            QVERIFY(link.label && *link.label);
            QVERIFY2(link.url.isValid() && link.url.scheme() == u"https"_s,
                     qPrintable(link.url.toString()));
        }
    }
    QCOMPARE(collectSteps, 1);
    for (const vpw::RequestField field : vpw::kRequestFields) {
        const vpw::FieldSpec *spec = vpw::findField(flow, field);
        QVERIFY2(spec, qPrintable(vpw::requestFieldWireName(field)));
        if (field == vpw::RequestField::Cidr)
            QCOMPARE(spec->kind, FieldKind::vpcCidr());
        else
            QVERIFY2(provider->fieldKinds().contains(spec->kind), qPrintable(spec->kind.id));
    }
    // Something carries the deployment's values to the provider console, with a link.
    const bool showsVpc = std::any_of(flow.steps.cbegin(), flow.steps.cend(), [](const auto &s) {
        return std::any_of(s.copyValues.cbegin(), s.copyValues.cend(),
                           [](const auto &v) { return v.source == vpw::DeploymentValue::VpcId; });
    });
    QVERIFY(showsVpc);
    // A security-group follow-up in every flow.
    QVERIFY(vpw::followUpKinds(provider).contains(FollowUpKind::SecurityGroup));
}

void TestRegistry::fieldKinds_data() {
    QTest::addColumn<FieldKind>("kind");
    for (const Provider p : vpw::providerModules()) {
        for (const FieldKind &kind : p->fieldKinds())
            QTest::newRow(qPrintable(kind.id)) << kind;
    }
    QTest::newRow("vpc-cidr") << FieldKind::vpcCidr();
    QTest::newRow("region") << FieldKind::region();
}

void TestRegistry::fieldKinds() {
    QFETCH(FieldKind, kind);
    QVERIFY(kind.name && *kind.name);
    QVERIFY(!vpw::fieldKindName(kind).isEmpty());
    const vpw::Verdict ok = vpw::checkField(kind, kind.example);
    QVERIFY2(ok.isOk(), qPrintable(kind.example + u": "_s + ok.message));
    QCOMPARE(ok.normalized, kind.example); // examples are written in their canonical form
    const QString broken = brokenValueOf(kind);
    const vpw::Verdict refused = vpw::checkField(kind, broken);
    QVERIFY2(refused.isError(), qPrintable(broken));
    QVERIFY2(refused.message.contains(kind.example) || refused.message.contains(u"/"_s),
             qPrintable(refused.message)); // an error shows how a valid value looks
    if (kind.shape == FieldShape::PrefixedId)
        QVERIFY(!kind.prefix.isEmpty());
    // A sibling's example of another shape pasted here is never silently accepted (two UUID
    // kinds cannot be told apart by their text).
    if (kind.siblings) {
        for (const FieldKind &other : kind.siblings()) {
            if (other == kind || (other.shape == kind.shape && other.prefix == kind.prefix))
                continue;
            const vpw::Verdict swapped = vpw::checkField(kind, other.example);
            QVERIFY2(!swapped.isOk(), qPrintable(other.example + u" in "_s + kind.id));
        }
    }
}

void TestRegistry::regionsAndCidrLimits_data() {
    PROVIDER_ROWS();
}

void TestRegistry::regionsAndCidrLimits() {
    QFETCH(Provider, provider);
    const QStringList regions = provider->knownRegions();
    QVERIFY(regions.size() >= 3);
    for (const QString &region : regions) {
        QVERIFY2(vpw::checkField(FieldKind::region(), region).isOk(), qPrintable(region));
        // Each is named as the console lists it, and shown with its ID (issue 19, item 9).
        const QString name = provider->regionName(region);
        QVERIFY2(!name.isEmpty(), qPrintable(region));
        QCOMPARE(vpw::regionText(provider, region), name + u' ' + region);
    }
    QVERIFY(provider->regionName(u"xx-nowhere-9"_s).isEmpty());
    QCOMPARE(vpw::regionText(provider, u"xx-nowhere-9"_s), u"xx-nowhere-9"_s);
    // A /24 inside RFC 1918 is a VPC every provider accepts; /0 and /32 none.
    QVERIFY(provider->checkCidrLimits(*vpw::Cidr::fromString(u"192.168.1.0/24")).isOk());
    QVERIFY(provider->checkCidrLimits(*vpw::Cidr::fromString(u"0.0.0.0/0")).isError());
    QVERIFY(provider->checkCidrLimits(*vpw::Cidr::fromString(u"192.168.1.1/32")).isError());
}

void TestRegistry::followUps_data() {
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<FollowUpKind>("kind");
    for (const Provider p : vpw::providerModules()) {
        for (const FollowUpKind kind : vpw::followUpKinds(p)) {
            QTest::addRow("%s %s", qPrintable(p->id()),
                          kind == FollowUpKind::Route ? "route" : "security group")
                << p << kind;
        }
    }
}

void TestRegistry::followUps() {
    QFETCH(Provider, provider);
    QFETCH(FollowUpKind, kind);
    // Console steps: the flow's FollowUp step with its text and a console link.
    const FlowStep *step = vpw::followUpStep(provider, kind);
    QVERIFY(step);
    QVERIFY(!step->links.isEmpty());
    QVERIFY(!provider->cliName().isEmpty());
    // CLI and Terraform from the demo deployment's first peering, with the operator's IDs.
    const vpw::DemoDeployment demo = provider->demoSeed().constFirst();
    QVERIFY(!demo.peerings.isEmpty());
    vpw::Peering peering;
    peering.provider = provider;
    peering.peeringId = demo.peerings.constFirst().peeringId;
    peering.vpcId = demo.peerings.constFirst().vpcId;
    vpw::FollowUpInput input = vpw::followUpInput(demoDeployment(provider, demo), peering);
    input.securityGroupId = u"sg-0123456789abcdef0"_s;
    input.routeTableId = u"rtb-0123456789abcdef0"_s;
    const QString cli = vpw::followUpCliCommand(kind, input);
    const QString terraform = vpw::followUpTerraform(kind, input);
    for (const QString &text : {cli, terraform}) {
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(u'<'), qPrintable(text)); // no placeholder left
        QVERIFY2(text.contains(demo.cidr), qPrintable(text));
    }
    QVERIFY2(!cli.contains(u'\n'), qPrintable(cli));
    QVERIFY2(terraform.startsWith(u"resource \""_s) && terraform.endsWith(u"}\n"_s),
             qPrintable(terraform));
    if (kind == FollowUpKind::SecurityGroup) {
        for (const QString &text : {cli, terraform})
            QVERIFY2(text.contains(input.securityGroupId), qPrintable(text));
        for (const vpw::MqttPort &port : vpw::securityGroupPorts())
            QVERIFY(terraform.contains(QString::number(port.port)));
    } else {
        for (const QString &text : {cli, terraform}) {
            QVERIFY2(text.contains(input.routeTableId) || text.contains(input.vpcId),
                     qPrintable(text));
            QVERIFY2(text.contains(peering.peeringId), qPrintable(text)); // the next hop
        }
    }
    // Without the operator's IDs the texts carry placeholders, never another value.
    input.securityGroupId.clear();
    input.routeTableId.clear();
    QVERIFY(vpw::followUpTerraform(kind, input).contains(u'<'));
}

void TestRegistry::adviceForEveryFailureCode_data() {
    PROVIDER_ROWS();
}

void TestRegistry::adviceForEveryFailureCode() {
    QFETCH(Provider, provider);
    QSet<QString> advice;
    for (const FailureCode code : vpw::kFailureCodes) {
        const QString text = provider->failureAdvice(code);
        QVERIFY2(text.contains(u"Next step"_s), qPrintable(text));
        QVERIFY2(!advice.contains(text), qPrintable(text)); // one text per code
        advice.insert(text);
        QVERIFY(!provider->failureReason(code).isEmpty());
    }
    QVERIFY(provider->failureAdvice(FailureCode::None).isEmpty());
    // Another provider's advice never stands in: no text is shared between modules.
    for (const Provider other : vpw::providerModules()) {
        if (other == provider)
            continue;
        for (const FailureCode code : vpw::kFailureCodes)
            QVERIFY(!advice.contains(other->failureAdvice(code)));
    }
}

void TestRegistry::demoSeed_data() {
    PROVIDER_ROWS();
}

void TestRegistry::demoSeed() {
    QFETCH(Provider, provider);
    const QList<vpw::DemoDeployment> seed = provider->demoSeed();
    QVERIFY(!seed.isEmpty());
    QVERIFY(std::any_of(seed.cbegin(), seed.cend(), [](const vpw::DemoDeployment &d) {
        return d.edition == vpw::Edition::Dedicated && !d.peerings.isEmpty();
    }));
    const vpw::FlowDescriptor &flow = provider->flow();
    for (const vpw::DemoDeployment &d : seed) {
        QVERIFY(vpw::checkField(FieldKind::region(), d.region).isOk());
        QVERIFY(vpw::Cidr::fromString(d.cidr));
        vpw::CidrIndex taken({{*vpw::Cidr::fromString(d.cidr), d.id}});
        for (const vpw::DemoPeering &p : d.peerings) {
            QVERIFY2(p.id.startsWith(u"peer-"_s) && p.id.size() == 17, qPrintable(p.id));
            const std::pair<vpw::RequestField, QString> ids[] = {
                {vpw::RequestField::PeeringId, p.peeringId},
                {vpw::RequestField::AccountId, p.accountId},
                {vpw::RequestField::VpcId, p.vpcId}};
            for (const auto &[field, text] : ids) {
                const vpw::Verdict verdict =
                    vpw::checkField(vpw::findField(flow, field)->kind, text);
                QVERIFY2(verdict.isOk(), qPrintable(text + u": "_s + verdict.message));
            }
            vpw::CidrContext context;
            context.provider = provider;
            context.existing = taken;
            const vpw::Verdict cidr = vpw::checkVpcCidr(context, p.cidr);
            QVERIFY2(!cidr.isError(), qPrintable(p.cidr + u": "_s + cidr.message));
            QCOMPARE(p.failureCode != FailureCode::None, p.state == vpw::PeeringState::Failed);
        }
    }
}

// "AccessKey &ID:" -> "accesskey id".
QString plainLabel(QString label) {
    label.remove(u'&');
    if (label.endsWith(u':'))
        label.chop(1);
    return label.toLower();
}

void TestRegistry::accountPart_data() {
    PROVIDER_ROWS();
}

// A provider whose API the application calls has an account part, a "Test key" call (client
// registry) and an emulator (emulator registry), all three or none; the part's texts are its
// own, never another provider's.
void TestRegistry::accountPart() {
    QFETCH(Provider, provider);
    const vpw::ProviderAccountPart *part = provider->account();
    const vpw::cloud::AccountProbe *probe = vpw::accountProbe(provider->id());
    const vpw::sandbox::EmulatorFactory *emulator = vpw::emulatorFactory(provider->id());
    QCOMPARE(probe != nullptr, part != nullptr);
    QCOMPARE(emulator != nullptr, part != nullptr);
    if (!part)
        return;
    QCOMPARE(probe->provider(), provider->id());
    QCOMPARE(emulator->provider(), provider->id());

    // The names and their labels (with a mnemonic) say the same thing.
    QVERIFY(!part->keyIdName().isEmpty());
    QVERIFY(part->keyIdName() != part->secretName());
    QVERIFY2(part->keyIdLabel().contains(u'&'), qPrintable(part->keyIdLabel()));
    QVERIFY2(part->secretLabel().contains(u'&'), qPrintable(part->secretLabel()));
    QCOMPARE(plainLabel(part->keyIdLabel()), part->keyIdName().toLower());
    QCOMPARE(plainLabel(part->secretLabel()), part->secretName().toLower());

    // The emulator's demo key has the provider's usual shape; an empty one does not.
    const vpw::sandbox::DemoOperatorAccount demo = emulator->demoAccount();
    QCOMPARE(demo.provider, provider->id());
    QVERIFY(!demo.name.isEmpty() && !demo.regions.isEmpty());
    QVERIFY2(part->checkKeyIdShape(demo.accessKeyId).isOk(), qPrintable(demo.accessKeyId));
    QCOMPARE(part->checkKeyIdShape(QString()).level, vpw::AccountFieldCheck::Warning);
    QCOMPARE(part->checkSecretShape(QString()).level, vpw::AccountFieldCheck::Warning);
    QCOMPARE(part->blame(QString(), QString()), vpw::ProviderAccountPart::Blame::None);

    // The policy is JSON in the resources (linked with the session), with its hint.
    QFile policy(part->policyResource());
    QVERIFY2(policy.open(QIODevice::ReadOnly), qPrintable(part->policyResource()));
    QVERIFY(QJsonDocument::fromJson(policy.readAll()).isObject());
    QVERIFY(!part->policyHint().isEmpty());

    // Nothing is another provider's.
    for (const Provider other : vpw::providerModules()) {
        const vpw::ProviderAccountPart *theirs = other->account();
        if (other == provider || !theirs)
            continue;
        QVERIFY(theirs != part);
        QVERIFY(theirs->keyIdName() != part->keyIdName());
        QVERIFY(theirs->secretName() != part->secretName());
        QVERIFY(theirs->keyIdLabel() != part->keyIdLabel());
        QVERIFY(theirs->policyResource() != part->policyResource());
        QVERIFY(theirs->policyHint() != part->policyHint());
        QVERIFY(emulator->demoAccount().name !=
                vpw::emulatorFactory(other->id())->demoAccount().name);
    }
}

// Where the application has an API client and an emulator: Alibaba Cloud and Huawei Cloud; AWS
// is guided only and has no account part.
void TestRegistry::accountPartWhereTheApiIs() {
    QVERIFY(vpw::findProvider(u"aliyun")->account());
    QVERIFY(vpw::findProvider(u"huawei")->account());
    QCOMPARE(vpw::findProvider(u"aws")->account(), nullptr);
    QCOMPARE(vpw::accountProbes().size(), 2);
    QCOMPARE(vpw::emulatorFactories().size(), 2);
    QCOMPARE(vpw::accountProbe(u"aws"), nullptr);
    QCOMPARE(vpw::emulatorFactory(u"aws"), nullptr);
}

void TestRegistry::chineseForEveryString_data() {
    PROVIDER_ROWS();
}

void TestRegistry::chineseForEveryString() {
    QFETCH(Provider, provider);
    // The texts in English (initTestCase), then under the real zh_CN catalogue.
    const QStringList english = m_english.value(provider);
    QCOMPARE(vpw::installTranslators(*QCoreApplication::instance(), QLocale(u"zh_CN"_s)),
             u"zh_CN"_s);
    const QStringList chinese = runtimeTexts(provider);
    QCOMPARE(chinese.size(), english.size());
    for (const auto &[text, what] : flowTexts(provider->flow())) {
        const QString translated = vpw::flowText(text);
        const QString description = QString::fromLatin1(what) + u": "_s + QString::fromUtf8(text);
        // A field label may be a pure identifier ("VPC ID"): it must be in the catalogue.
        if (qstrcmp(what, "field label") == 0) {
            QVERIFY2(!QCoreApplication::translate(vpw::kFlowContext, text, nullptr).isEmpty(),
                     qPrintable(description));
            continue;
        }
        QVERIFY2(translated != QString::fromUtf8(text) && hasChinese(translated),
                 qPrintable(description));
    }
    for (qsizetype i = 0; i < english.size(); ++i) {
        QVERIFY2(chinese.at(i) != english.at(i) && hasChinese(chinese.at(i)),
                 qPrintable(english.at(i)));
    }
    for (const FieldKind &kind : provider->fieldKinds()) {
        if (kind.rule) {
            const QString rule = QCoreApplication::translate("vpw::FieldRules", kind.rule);
            QVERIFY2(hasChinese(rule), kind.rule);
        }
        // A translated error message about a typed value of the kind.
        QVERIFY(hasChinese(vpw::checkField(kind, brokenValueOf(kind)).message));
    }
    const vpw::Verdict limit = provider->checkCidrLimits(*vpw::Cidr::fromString(u"0.0.0.0/0"));
    QVERIFY2(hasChinese(limit.message), qPrintable(limit.message));
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
