#include "app/core/model.h"
#include "app/core/peeringstate.h"
#include "app/core/provider.h"
#include "app/providers/aliyun/module.h"
#include "app/providers/aws/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using vpw::Edition;
using vpw::PeeringState;
using vpw::Provider;

Q_DECLARE_METATYPE(vpw::PeeringState)

namespace {
const QList<PeeringState> kAllStates = {PeeringState::Pending, PeeringState::Running,
                                        PeeringState::Failed, PeeringState::Deleting};
}

class TestPeeringState : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wireNames_data();
    void wireNames();
    void unknownWireNames_data();
    void unknownWireNames();
    void transitions_data();
    void transitions();
    void deleteOnlyWhenRunning();
    void failedReleasesItsCidr();
    void displayTexts();
    void providers();
    void editions();
    void attachWindow();
};

void TestPeeringState::wireNames_data() {
    QTest::addColumn<PeeringState>("state");
    QTest::addColumn<QString>("wire");
    QTest::newRow("pending") << PeeringState::Pending << u"pending"_s;
    QTest::newRow("running") << PeeringState::Running << u"running"_s;
    QTest::newRow("failed") << PeeringState::Failed << u"failed"_s;
    QTest::newRow("deleting") << PeeringState::Deleting << u"deleting"_s;
}

void TestPeeringState::wireNames() {
    QFETCH(PeeringState, state);
    QFETCH(QString, wire);
    QCOMPARE(vpw::peeringStateToString(state), wire);
    QCOMPARE(vpw::peeringStateFromString(wire), std::optional<PeeringState>(state));
    QCOMPARE(vpw::peeringStateFromString(wire.toUpper()), std::optional<PeeringState>(state));
}

void TestPeeringState::unknownWireNames_data() {
    QTest::addColumn<QString>("wire");
    QTest::newRow("empty") << QString();
    QTest::newRow("gone") << u"gone"_s;
    QTest::newRow("huawei ACTIVE") << u"ACTIVE"_s;
    QTest::newRow("prefix of running") << u"run"_s;
}

void TestPeeringState::unknownWireNames() {
    QFETCH(QString, wire);
    QVERIFY(!vpw::peeringStateFromString(wire).has_value());
}

void TestPeeringState::transitions_data() {
    QTest::addColumn<PeeringState>("from");
    QTest::addColumn<PeeringState>("to");
    QTest::addColumn<bool>("legal");

    // The full 4x4 matrix: only the three transitions of design.md §4 are legal.
    for (const PeeringState from : kAllStates) {
        for (const PeeringState to : kAllStates) {
            const bool legal = (from == PeeringState::Pending && to == PeeringState::Running) ||
                               (from == PeeringState::Pending && to == PeeringState::Failed) ||
                               (from == PeeringState::Running && to == PeeringState::Deleting);
            QTest::addRow("%s -> %s", qPrintable(vpw::peeringStateToString(from)),
                          qPrintable(vpw::peeringStateToString(to)))
                << from << to << legal;
        }
    }
}

void TestPeeringState::transitions() {
    QFETCH(PeeringState, from);
    QFETCH(PeeringState, to);
    QFETCH(bool, legal);
    QCOMPARE(vpw::canTransition(from, to), legal);
}

void TestPeeringState::deleteOnlyWhenRunning() {
    QVERIFY(vpw::canDelete(PeeringState::Running));
    QVERIFY(!vpw::canDelete(PeeringState::Pending));
    QVERIFY(!vpw::canDelete(PeeringState::Failed));
    QVERIFY(!vpw::canDelete(PeeringState::Deleting));
}

void TestPeeringState::failedReleasesItsCidr() {
    QVERIFY(vpw::holdsCidr(PeeringState::Pending));
    QVERIFY(vpw::holdsCidr(PeeringState::Running));
    QVERIFY(vpw::holdsCidr(PeeringState::Deleting));
    QVERIFY(!vpw::holdsCidr(PeeringState::Failed));
    QVERIFY(vpw::isTerminal(PeeringState::Failed));
    QVERIFY(!vpw::isTerminal(PeeringState::Running));
}

void TestPeeringState::displayTexts() {
    QSet<QString> texts;
    QSet<QString> descriptions;
    for (const PeeringState state : kAllStates) {
        texts.insert(vpw::peeringStateDisplayText(state));
        descriptions.insert(vpw::peeringStateDescription(state));
    }
    // Distinct and non-empty for every state: the UI never shows state by colour alone.
    QCOMPARE(texts.size(), kAllStates.size());
    QCOMPARE(descriptions.size(), kAllStates.size());
    QVERIFY(!texts.contains(QString()));
    QVERIFY(!descriptions.contains(QString()));
    QCOMPARE(vpw::peeringStateDisplayText(PeeringState::Running), u"Running"_s);
}

void TestPeeringState::providers() {
    QCOMPARE(vpw::providerToString(&vpw::providers::aliyun::module()), u"aliyun"_s);
    QCOMPARE(vpw::providerToString(&vpw::providers::huawei::module()), u"huawei"_s);
    QCOMPARE(vpw::providerFromString(u"aliyun"),
             std::optional<Provider>(&vpw::providers::aliyun::module()));
    QCOMPARE(vpw::providerFromString(u"Huawei"),
             std::optional<Provider>(&vpw::providers::huawei::module()));
    QCOMPARE(vpw::providerFromString(u"AWS"),
             std::optional<Provider>(&vpw::providers::aws::module()));
    QVERIFY(!vpw::providerFromString(u"tencent").has_value());
    QVERIFY(!vpw::providerFromString(u"").has_value());
    QCOMPARE(vpw::providerDisplayName(&vpw::providers::aliyun::module()), u"Alibaba Cloud"_s);
    QCOMPARE(vpw::providerDisplayName(&vpw::providers::huawei::module()), u"Huawei Cloud"_s);
}

void TestPeeringState::editions() {
    for (const Edition e : {Edition::Dedicated, Edition::Shared, Edition::Trial}) {
        QCOMPARE(vpw::editionFromString(vpw::editionToString(e)), std::optional<Edition>(e));
        QVERIFY(!vpw::editionDisplayName(e).isEmpty());
    }
    QCOMPARE(vpw::editionToString(Edition::Trial), u"trial"_s);
    QVERIFY(!vpw::editionFromString(u"enterprise").has_value());
    // Not available on free-trial or shared deployments (documentation, danger box).
    QVERIFY(vpw::editionSupportsPeering(Edition::Dedicated));
    QVERIFY(!vpw::editionSupportsPeering(Edition::Shared));
    QVERIFY(!vpw::editionSupportsPeering(Edition::Trial));
}

void TestPeeringState::attachWindow() {
    QCOMPARE(vpw::attachWindowSeconds(&vpw::providers::aliyun::module()), std::optional<int>(600));
    QVERIFY(!vpw::attachWindowSeconds(&vpw::providers::huawei::module()).has_value());
}

QTEST_APPLESS_MAIN(TestPeeringState)
#include "tst_peeringstate.moc"
