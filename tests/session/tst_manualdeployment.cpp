// Deployments of an "EMQX Cloud console (by hand)" profile: the checks of each field as typed,
// the paste helper on texts copied from EMQX's "+ VPC peering" dialog (English and Chinese
// console), and the local store (atomic writes, export and import with line and field).
#include "app/core/providermodule.h"
#include "app/providers/registry.h"
#include "app/session/manualdeployment.h"
#include "app/session/manualdeploymentstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace vpw;
using namespace vpw::session;

namespace {

ManualInput aliyunInput() {
    return {{ManualField::Name, QStringLiteral("production-hz")},
            {ManualField::Provider, QStringLiteral("aliyun")},
            {ManualField::Region, QStringLiteral("cn-hangzhou")},
            {ManualField::VpcId, QStringLiteral("vpc-bp1qnbx6w0ruf7yjkr8hd")},
            {ManualField::Cidr, QStringLiteral("10.100.0.0/16")},
            {ManualField::CloudAccountId, QStringLiteral("1234567890123456")},
            {ManualField::Edition, QStringLiteral("dedicated")}};
}

ManualInput huaweiInput() {
    return {{ManualField::Name, QStringLiteral("iot-beijing")},
            {ManualField::Provider, QStringLiteral("huawei")},
            {ManualField::Region, QStringLiteral("cn-north-4")},
            {ManualField::VpcId, QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff")},
            {ManualField::Cidr, QStringLiteral("172.20.0.0/16")},
            {ManualField::CloudAccountId, QStringLiteral("9c5e3a7b1d2f4e6a8b0c1d2e3f4a5b6c")},
            {ManualField::Edition, QStringLiteral("dedicated")}};
}

QByteArray readData(const QString &name) {
    QFile file(QFINDTESTDATA(QStringLiteral("consoletext/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestManualDeployment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validDeploymentsAreAccepted() {
        for (const ManualInput &input : {aliyunInput(), huaweiInput()}) {
            QList<ManualProblem> problems;
            const auto d = manualDeployment(QStringLiteral("dep-1"), input, &problems);
            QVERIFY2(d, problems.isEmpty() ? "" : qPrintable(problems.first().verdict.code));
            QCOMPARE(d->name, input.value(ManualField::Name));
            QCOMPARE(providerToString(d->provider), input.value(ManualField::Provider));
            QCOMPARE(d->cidr.toString(), input.value(ManualField::Cidr));
            QCOMPARE(d->edition, Edition::Dedicated);
        }
    }

    void eachInvalidFieldIsReported_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const auto row = [](const char *name, ManualField f, const char *text, const char *code) {
            QTest::newRow(name) << int(f) << QString::fromUtf8(text) << QString::fromUtf8(code);
        };
        row("name empty", ManualField::Name, "  ", "name.empty");
        row("name control", ManualField::Name, "prod\x01hz", "name.control");
        row("name too long", ManualField::Name, QByteArray(65, 'a').constData(), "name.too_long");
        row("provider unknown", ManualField::Provider, "Tencent Cloud", "provider.unknown");
        row("provider empty", ManualField::Provider, "", "provider.needed");
        row("region format", ManualField::Region, "hangzhou!", "region.format");
        row("vpc prefix", ManualField::VpcId, "bp1qnbx6w0ruf7yjkr8hd", "id.prefix");
        row("vpc uppercase", ManualField::VpcId, "vpc-BP1QNBX6W0RUF7YJKR8HD", "id.uppercase");
        row("cidr syntax", ManualField::Cidr, "10.100.0.0", "cidr.missing_prefix");
        row("cidr reserved", ManualField::Cidr, "10.20.0.0/16", "cidr.reserved");
        row("account charset", ManualField::CloudAccountId, "12345abc90123456", "id.charset");
        row("edition unknown", ManualField::Edition, "premium", "edition.unknown");
        row("edition shared", ManualField::Edition, "shared", "edition.no_peering");
        row("edition trial", ManualField::Edition, "trial", "edition.no_peering");
    }
    void eachInvalidFieldIsReported() {
        QFETCH(int, field);
        QFETCH(QString, text);
        QFETCH(QString, code);
        ManualInput input = aliyunInput();
        input.insert(ManualField(field), text);
        const Verdict verdict = checkManualField(input, ManualField(field));
        QVERIFY(verdict.isError());
        QCOMPARE(verdict.code, code);
        QVERIFY(!verdict.message.isEmpty());
        QList<ManualProblem> problems;
        QVERIFY(!manualDeployment(QStringLiteral("dep-1"), input, &problems));
        // The first problem is the field's own (a wrong provider also leaves the IDs unjudged).
        QCOMPARE(int(problems.first().field), field);
        QCOMPARE(problems.first().verdict.code, code);
        if (ManualField(field) != ManualField::Provider)
            QCOMPARE(problems.size(), 1);
    }

    void sharedDeploymentRefusedWithDocumentedReason() {
        ManualInput input = huaweiInput();
        input.insert(ManualField::Edition, QStringLiteral("shared"));
        const Verdict verdict = checkManualField(input, ManualField::Edition);
        QVERIFY(verdict.message.contains(QStringLiteral("dedicated deployments only")));
    }

    void idsFollowTheProvidersKinds() {
        // A Huawei VPC ID is a UUID: an Alibaba Cloud one is wrong for a Huawei deployment.
        ManualInput input = huaweiInput();
        input.insert(ManualField::VpcId, QStringLiteral("vpc-bp1qnbx6w0ruf7yjkr8hd"));
        QVERIFY(checkManualField(input, ManualField::VpcId).isError());
        // Without a provider, the IDs cannot be judged.
        input.insert(ManualField::Provider, QString());
        QCOMPARE(checkManualField(input, ManualField::CloudAccountId).code,
                 QStringLiteral("provider.needed"));
        // A display name names the provider too.
        input.insert(ManualField::Provider, QStringLiteral("Huawei Cloud"));
        QVERIFY(checkManualField(huaweiInput(), ManualField::VpcId).isOk());
        QCOMPARE(checkManualField(input, ManualField::Provider).normalized,
                 QStringLiteral("huawei"));
    }

    void everyProvidersDemoDeploymentPasses() {
        // The kinds each module names for a deployment's IDs accept its own demo deployments.
        for (const Provider p : providerModules()) {
            for (const DemoDeployment &demo : p->demoSeed()) {
                const ManualInput input{{ManualField::Name, demo.name},
                                        {ManualField::Provider, p->id()},
                                        {ManualField::Region, demo.region},
                                        {ManualField::VpcId, demo.vpcId},
                                        {ManualField::Cidr, demo.cidr},
                                        {ManualField::CloudAccountId, demo.cloudAccountId},
                                        {ManualField::Edition, editionToString(demo.edition)}};
                for (const ManualField field : {ManualField::VpcId, ManualField::CloudAccountId,
                                                ManualField::Region, ManualField::Cidr})
                    QVERIFY2(checkManualField(input, field).acceptable(),
                             qPrintable(demo.id + QLatin1Char(' ') + manualFieldKey(field)));
                QCOMPARE(manualDeployment(demo.id, input).has_value(),
                         editionSupportsPeering(demo.edition));
            }
        }
    }

    void undocumentedRegionWarns() {
        ManualInput input = aliyunInput();
        input.insert(ManualField::Region, QStringLiteral("cn-north-4")); // Huawei's, not Aliyun's
        const Verdict verdict = checkManualField(input, ManualField::Region);
        QVERIFY(verdict.isWarning());
        QCOMPARE(verdict.code, QStringLiteral("region.unknown"));
    }

    void pasteFromConsoleDialog_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("huawei");
        QTest::newRow("aliyun zh_CN") << QStringLiteral("aliyun.zh_CN.txt") << false;
        QTest::newRow("aliyun en") << QStringLiteral("aliyun.en.txt") << false;
        QTest::newRow("huawei zh_CN") << QStringLiteral("huawei.zh_CN.txt") << true;
        QTest::newRow("huawei en") << QStringLiteral("huawei.en.txt") << true;
    }
    void pasteFromConsoleDialog() {
        QFETCH(QString, file);
        QFETCH(bool, huawei);
        const QByteArray text = readData(file);
        QVERIFY(!text.isEmpty());
        ManualInput parsed = parseConsoleText(QString::fromUtf8(text));
        const ManualInput expected = huawei ? huaweiInput() : aliyunInput();
        for (const ManualField field : {ManualField::Name, ManualField::Region, ManualField::VpcId,
                                        ManualField::Cidr, ManualField::CloudAccountId})
            QCOMPARE(parsed.value(field), expected.value(field));
        QCOMPARE(manualProvider(parsed.value(ManualField::Provider)),
                 manualProvider(expected.value(ManualField::Provider)));
        QVERIFY(!parsed.contains(ManualField::Edition)); // the dialog does not show it
        parsed.insert(ManualField::Edition, QStringLiteral("dedicated"));
        QVERIFY(manualDeployment(QStringLiteral("dep-1"), parsed));
    }

    void storeKeepsDeploymentsAcrossRestarts() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile/deployments.json"));
        QString aliyunId;
        {
            ManualDeploymentStore store(path);
            QVERIFY(store.load());
            QVERIFY(store.deployments().isEmpty());
            QList<ManualProblem> problems;
            const auto a = store.add(aliyunInput(), &problems);
            QVERIFY(a);
            aliyunId = a->id;
            QVERIFY(aliyunId.startsWith(QStringLiteral("dep-manual-")));
            const auto h = store.add(huaweiInput(), &problems);
            QVERIFY(h);
            ManualInput bad = huaweiInput();
            bad.insert(ManualField::Edition, QStringLiteral("trial"));
            QVERIFY(!store.add(bad, &problems));
            QCOMPARE(store.deployments().size(), 2);
            ManualInput renamed = aliyunInput();
            renamed.insert(ManualField::Name, QStringLiteral("production-hangzhou"));
            QVERIFY(store.update(aliyunId, renamed, &problems));
            QVERIFY(!store.update(aliyunId, bad, &problems)); // refused: nothing changes
            QVERIFY(store.remove(h->id));
            QVERIFY(!store.remove(h->id));
        }
        // Only the file, no temporary file left behind.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("profile"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("deployments.json")});
        ManualDeploymentStore reopened(path);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.deployments().size(), 1);
        QCOMPARE(reopened.deployments().first().id, aliyunId);
        QCOMPARE(reopened.deployments().first().name, QStringLiteral("production-hangzhou"));
        QCOMPARE(reopened.deployments().first().edition, Edition::Dedicated);
    }

    void corruptFileIsReportedAndNotOverwritten() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deployments.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": \"vpw-manual-deployments\",\n  \"deployments\": [\n");
        file.close();
        ManualDeploymentStore store(path);
        ManualImportError error;
        QVERIFY(!store.load(&error));
        QVERIFY(error.line >= 3);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().endsWith("[\n"));
    }

    void exportImportRoundTrip() {
        QTemporaryDir dir;
        ManualDeploymentStore source(dir.filePath(QStringLiteral("a.json")));
        QList<ManualProblem> problems;
        QVERIFY(source.add(aliyunInput(), &problems));
        QVERIFY(source.add(huaweiInput(), &problems));
        const QByteArray json = source.exportJson();

        ManualDeploymentStore target(dir.filePath(QStringLiteral("b.json")));
        ManualImportError error;
        QCOMPARE(target.importJson(json, &error), 2);
        QCOMPARE(target.exportJson(), json);
        // Importing again replaces by ID, it does not duplicate.
        QCOMPARE(target.importJson(json, &error), 2);
        QCOMPARE(target.deployments().size(), 2);
        ManualDeploymentStore reopened(dir.filePath(QStringLiteral("b.json")));
        QVERIFY(reopened.load());
        QCOMPARE(reopened.exportJson(), json);
    }

    void importReportsLineAndField_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        for (const ManualField field : manualFields()) {
            const QString key = manualFieldKey(field);
            const QString bad = field == ManualField::Cidr       ? QStringLiteral("10.20.0.0/16")
                                : field == ManualField::Edition  ? QStringLiteral("shared")
                                : field == ManualField::Name     ? QString()
                                : field == ManualField::Provider ? QStringLiteral("tencent")
                                : field == ManualField::Region   ? QStringLiteral("Hang Zhou")
                                                                 : QStringLiteral("x-1");
            QTest::newRow(qPrintable(key)) << key << bad;
        }
    }
    void importReportsLineAndField() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QTemporaryDir dir;
        ManualDeploymentStore source(dir.filePath(QStringLiteral("a.json")));
        QList<ManualProblem> problems;
        QVERIFY(source.add(aliyunInput(), &problems));
        QVERIFY(source.add(huaweiInput(), &problems));
        QByteArray json = source.exportJson();
        // Break the field in the second deployment.
        QList<QByteArray> lines = json.split('\n');
        int brokenLine = 0;
        int seen = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray quoted = QByteArray("\"") + key.toUtf8() + '"';
            if (lines[i].trimmed().startsWith(quoted) && ++seen == 2) {
                lines[i] = QByteArray("            ") + quoted + ": \"" + value.toUtf8() + '"' +
                           (lines[i].endsWith(',') ? "," : "");
                brokenLine = i + 1;
            }
        }
        QVERIFY(brokenLine > 0);
        json = lines.join('\n');
        ManualDeploymentStore target(dir.filePath(QStringLiteral("b.json")));
        ManualImportError error;
        QCOMPARE(target.importJson(json, &error), -1);
        QCOMPARE(error.field, key);
        QCOMPARE(error.line, brokenLine);
        QVERIFY(error.message.contains(QStringLiteral("Deployment 2")));
        QVERIFY(target.deployments().isEmpty()); // all or nothing
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.json"))));
    }

    void importRejectsOtherFiles() {
        ManualImportError error;
        QVERIFY(!ManualDeploymentStore::parseJson("{\"profiles\": []}", &error));
        QCOMPARE(error.line, 1);
        QVERIFY(!ManualDeploymentStore::parseJson("[\n{\"name\": \"a\",\n}", &error));
        QCOMPARE(error.line, 3);
    }
};

QTEST_GUILESS_MAIN(TestManualDeployment)
#include "tst_manualdeployment.moc"
