// Starting and stopping: --state-file across restarts (and its corrupt-file handling), the
// loopback-only bind, option checks, ServerThread and the demo secret.
#include "sandboxtestclient.h"

#include "app/sandbox/secret.h"
#include "app/sandbox/server.h"
#include "app/sandbox/serverthread.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vpw::sandbox;
using namespace vpw::sandbox::test;

namespace {

const QString kKey = QStringLiteral("k");
const QString kSecret = QStringLiteral("s");

Options options(const QString &stateFile = {}) {
    Options o;
    o.apiKey = kKey;
    o.apiSecret = kSecret;
    o.stateFile = stateFile;
    return o;
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

} // namespace

class TestPersistence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stateSurvivesRestart();
    void emptyStateFileIsSeeded();
    void corruptStateFile_data();
    void corruptStateFile();
    void pendingPeeringExpiredWhileDown();
    void refusesNonLoopbackBind_data();
    void refusesNonLoopbackBind();
    void refusesMissingCredentials();
    void refusesBusyPort();
    void withoutSeedStartsEmpty();
    void serverThreadReady();
    void serverThreadFailed();
    void shutdownClosesHungRequests();
    void clockOffsetShiftsDateAndTimestamps();
    void generatedSecretsAreRandomHex();

private:
    QTemporaryDir m_dir;
};

void TestPersistence::stateSurvivesRestart() {
    const QString file = m_dir.filePath(QStringLiteral("restart.json"));
    QString id;
    QString resourceId;
    QByteArray created;
    {
        Server server(options(file));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Client client(server.baseUrl(), kKey, kSecret);
        const Reply reply = client.post(peeringsPath(seed::aliyun), aliyunBody(),
                                        {{"Idempotency-Key", "before-restart"}});
        QCOMPARE(reply.status, 201);
        created = reply.body;
        id = reply.string("id");
        QCOMPARE(client
                     .send("POST",
                           QStringLiteral("/sandbox/v1/peerings/") + id + QStringLiteral("/attach"))
                     .status,
                 200);
        const Reply bound = client.send(
            "POST", QStringLiteral("/sandbox/v1/peerings/") + id + QStringLiteral("/resources"),
            "{\"name\":\"pg\",\"type\":\"postgresql\"}");
        resourceId = bound.string("id");
        QCOMPARE(client.del(peeringPath(seed::huawei, seed::huaweiRunning)).status, 202);
    }
    QVERIFY(readFile(file).contains(id.toUtf8()));

    Server server(options(file));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Client client(server.baseUrl(), kKey, kSecret);
    QCOMPARE(client.get(QStringLiteral("/api/v1/deployments")).data().size(), 4); // not re-seeded
    const Reply peering = client.get(peeringPath(seed::aliyun, id));
    QCOMPARE(peering.status, 200);
    QCOMPARE(peering.string("state"), QStringLiteral("running"));
    const QJsonArray resources = peering.json().value(QStringLiteral("boundResources")).toArray();
    QCOMPARE(resources.size(), 1);
    QCOMPARE(resources.at(0).toObject().value(QStringLiteral("id")).toString(), resourceId);
    // The idempotency record survived too: the retry after the restart is a replay.
    const Reply replay = client.post(peeringsPath(seed::aliyun), aliyunBody(),
                                     {{"Idempotency-Key", "before-restart"}});
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.body, created);
    // The deletion in progress continued (5 s delete delay at time scale 1: still deleting).
    QCOMPARE(client.get(peeringPath(seed::huawei, seed::huaweiRunning)).string("state"),
             QStringLiteral("deleting"));
}

void TestPersistence::emptyStateFileIsSeeded() {
    const QString file = m_dir.filePath(QStringLiteral("empty.json"));
    writeFile(file, "");
    Server server(options(file));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(readFile(file).contains("d7f3a1c2"));
}

void TestPersistence::corruptStateFile_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");

    QTest::newRow("not JSON") << QByteArray("{\"version\": 1, \"deployments\": [")
                              << "invalid JSON";
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]") << "not a JSON object";
    QTest::newRow("wrong version") << QByteArray("{\"version\": 7}") << "version";
    QTest::newRow("deployments missing")
        << QByteArray("{\"version\": 1, \"peerings\": []}") << "deployments: missing";
    QTest::newRow("bad deployment CIDR")
        << QByteArray("{\"version\":1,\"peerings\":[],\"deployments\":[{\"id\":\"a\",\"name\":"
                      "\"n\",\"platform\":\"aliyun\",\"region\":\"cn-hangzhou\",\"edition\":"
                      "\"dedicated\",\"vpcId\":\"vpc-x\",\"cidr\":\"10.1.2.3/8\","
                      "\"cloudAccountId\":\"1\",\"reservedCidrs\":[]}]}")
        << "deployments[0].cidr";
    QTest::newRow("unknown peering state")
        << QByteArray("{\"version\":1,\"deployments\":[{\"id\":\"a\",\"name\":\"n\",\"platform\":"
                      "\"aliyun\",\"region\":\"cn-hangzhou\",\"edition\":\"dedicated\",\"vpcId\":"
                      "\"vpc-x\",\"cidr\":\"10.100.0.0/16\",\"cloudAccountId\":\"1\","
                      "\"reservedCidrs\":[]}],\"peerings\":[{\"id\":\"p\",\"deploymentId\":\"a\","
                      "\"provider\":\"aliyun\",\"peeringId\":\"cen-1\",\"accountId\":\"1\","
                      "\"vpcId\":\"vpc-1\",\"cidr\":\"192.168.0.0/24\",\"state\":\"exploded\","
                      "\"createdAt\":\"2024-01-01T00:00:00.000Z\",\"updatedAt\":"
                      "\"2024-01-01T00:00:00.000Z\",\"expiresAt\":null,\"failureReason\":null,"
                      "\"boundResources\":[]}]}")
        << "peerings[0].state";
    // The state file is read by the API's codec and its rule: a nullable member is present.
    QTest::newRow("peering without its nullable expiresAt")
        << QByteArray("{\"version\":1,\"deployments\":[{\"id\":\"a\",\"name\":\"n\",\"platform\":"
                      "\"aliyun\",\"region\":\"cn-hangzhou\",\"edition\":\"dedicated\",\"vpcId\":"
                      "\"vpc-x\",\"cidr\":\"10.100.0.0/16\",\"cloudAccountId\":\"1\","
                      "\"reservedCidrs\":[]}],\"peerings\":[{\"id\":\"p\",\"deploymentId\":\"a\","
                      "\"provider\":\"aliyun\",\"peeringId\":\"cen-1\",\"accountId\":\"1\","
                      "\"vpcId\":\"vpc-1\",\"cidr\":\"192.168.0.0/24\",\"state\":\"pending\","
                      "\"createdAt\":\"2024-01-01T00:00:00.000Z\",\"updatedAt\":"
                      "\"2024-01-01T00:00:00.000Z\",\"failureReason\":null,"
                      "\"boundResources\":[]}]}")
        << "peerings[0].expiresAt: missing";
}

void TestPersistence::corruptStateFile() {
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    const QString file = m_dir.filePath(QStringLiteral("corrupt.json"));
    writeFile(file, content);

    Server server(options(file));
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(file), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY(!server.isListening());
    QCOMPARE(readFile(file), content); // left for inspection
}

void TestPersistence::pendingPeeringExpiredWhileDown() {
    const QString file = m_dir.filePath(QStringLiteral("expired.json"));
    QString id;
    {
        Server server(options(file));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Client client(server.baseUrl(), kKey, kSecret);
        id = client.post(peeringsPath(seed::aliyun), aliyunBody()).string("id");
        QVERIFY(!id.isEmpty());
    }
    // Move the window into the past, as if the sandbox had been down for an hour.
    QByteArray state = readFile(file);
    QJsonObject root = QJsonDocument::fromJson(state).object();
    QJsonArray peerings = root.value(QStringLiteral("peerings")).toArray();
    for (qsizetype i = 0; i < peerings.size(); ++i) {
        QJsonObject p = peerings.at(i).toObject();
        if (p.value(QStringLiteral("id")).toString() != id)
            continue;
        p.insert(QStringLiteral("createdAt"), QStringLiteral("2024-01-01T10:00:00.000Z"));
        p.insert(QStringLiteral("updatedAt"), QStringLiteral("2024-01-01T10:00:00.000Z"));
        p.insert(QStringLiteral("expiresAt"), QStringLiteral("2024-01-01T10:10:00.000Z"));
        peerings.replace(i, p);
    }
    root.insert(QStringLiteral("peerings"), peerings);
    writeFile(file, QJsonDocument(root).toJson());

    Server server(options(file));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Client client(server.baseUrl(), kKey, kSecret);
    const Reply peering = client.get(peeringPath(seed::aliyun, id));
    QCOMPARE(peering.string("state"), QStringLiteral("failed"));
    QCOMPARE(peering.string("updatedAt"), QStringLiteral("2024-01-01T10:10:00.000Z"));
}

void TestPersistence::refusesNonLoopbackBind_data() {
    QTest::addColumn<QString>("address");
    QTest::newRow("any IPv4") << "0.0.0.0";
    QTest::newRow("any IPv6") << "::";
    QTest::newRow("documentation address") << "192.0.2.10";
}

void TestPersistence::refusesNonLoopbackBind() {
    QFETCH(QString, address);
    Options o = options();
    o.bind = QHostAddress(address);
    Server server(o);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(QStringLiteral("loopback")), qPrintable(error));
    QVERIFY2(error.contains(address), qPrintable(error));
    QVERIFY(!server.isListening());
}

void TestPersistence::refusesMissingCredentials() {
    Options o = options();
    o.apiSecret.clear();
    Server server(o);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(QStringLiteral("secret")), qPrintable(error));
}

void TestPersistence::refusesBusyPort() {
    Server first(options());
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    Options o = options();
    o.port = first.port();
    Server second(o);
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(QString::number(first.port())), qPrintable(error));
}

void TestPersistence::withoutSeedStartsEmpty() {
    Options o = options();
    o.seed = false;
    Server server(o);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Client client(server.baseUrl(), kKey, kSecret);
    const Reply reply = client.get(QStringLiteral("/api/v1/deployments"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.data().size(), 0);
}

void TestPersistence::serverThreadReady() {
    auto thread = std::make_unique<ServerThread>(options());
    QSignalSpy ready(thread.get(), &ServerThread::ready);
    QSignalSpy failed(thread.get(), &ServerThread::failed);
    thread->start();
    QVERIFY(ready.wait(5000));
    QCOMPARE(failed.count(), 0);
    const QUrl url = ready.at(0).at(0).toUrl();
    QCOMPARE(url, thread->baseUrl());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);

    Client client(url, kKey, kSecret);
    QCOMPARE(client.get(QStringLiteral("/api/v1/deployments")).status, 200);
    thread.reset(); // stops the server and joins the thread
    QCOMPARE(client.get(QStringLiteral("/api/v1/deployments")).status, 0);
    QCOMPARE(ready.count(), 1);
}

void TestPersistence::serverThreadFailed() {
    Options o = options();
    o.bind = QHostAddress(QHostAddress::AnyIPv4);
    ServerThread thread(o);
    QSignalSpy ready(&thread, &ServerThread::ready);
    QSignalSpy failed(&thread, &ServerThread::failed);
    thread.start();
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("loopback")));
    QCOMPARE(ready.count(), 0);
}

void TestPersistence::shutdownClosesHungRequests() {
    auto thread = std::make_unique<ServerThread>(options());
    QSignalSpy ready(thread.get(), &ServerThread::ready);
    thread->start();
    QVERIFY(ready.wait(5000));
    Client client(thread->baseUrl(), kKey, kSecret);
    QCOMPARE(
        client.put(QStringLiteral("/sandbox/v1/faults"), {{QStringLiteral("hang"), true}}).status,
        200);

    QNetworkRequest request(
        thread->baseUrl().resolved(QUrl(QStringLiteral("/api/v1/deployments"))));
    request.setRawHeader("Authorization", "Basic " + QByteArray("k:s").toBase64());
    std::unique_ptr<QNetworkReply> reply(client.nam().get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QTRY_COMPARE(client.get(QStringLiteral("/sandbox/v1/stats"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1); // the request arrived and is held

    thread.reset(); // must not wait for the held request
    QVERIFY(finished.wait(5000));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
}

void TestPersistence::clockOffsetShiftsDateAndTimestamps() {
    Options o = options();
    o.clockOffsetMs = -3600 * 1000;
    Server server(o);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Client client(server.baseUrl(), kKey, kSecret);
    const Reply created = client.post(peeringsPath(seed::aliyun), aliyunBody());
    QCOMPARE(created.status, 201);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime date =
        QLocale::c().toDateTime(QString::fromLatin1(created.header("Date")),
                                QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    QDateTime dateUtc = date;
    dateUtc.setTimeSpec(Qt::UTC);
    QVERIFY2(qAbs(dateUtc.secsTo(now) - 3600) <= 5, created.header("Date").constData());
    const QDateTime createdAt =
        QDateTime::fromString(created.string("createdAt"), Qt::ISODateWithMs);
    QVERIFY(qAbs(createdAt.secsTo(now) - 3600) <= 5);
}

void TestPersistence::generatedSecretsAreRandomHex() {
    const QString a = generateSecret();
    const QString b = generateSecret();
    QCOMPARE(a.size(), 48);
    QVERIFY(a != b);
    for (const QChar c : a)
        QVERIFY(c.isDigit() || (c >= u'a' && c <= u'f'));
    QCOMPARE(generateSecret(4).size(), 8);
}

QTEST_GUILESS_MAIN(TestPersistence)
#include "tst_persistence.moc"
