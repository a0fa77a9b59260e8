// Starting and stopping: --state-file across restarts (and its corrupt-file handling), the
// loopback-only bind, option checks, ServerThread and the demo secret.
#include "sandboxtestclient.h"

#include "app/providers/aliyun/module.h"
#include "app/sandbox/scaledclock.h"
#include "app/sandbox/secret.h"
#include "app/sandbox/seed.h"
#include "app/sandbox/server.h"
#include "app/sandbox/serverthread.h"
#include "app/sandbox/statefile.h"
#include "app/sandbox/store.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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

// The first value of `sql` in the state database, read through a connection of its own.
QString databaseValue(const QString &file, const QString &sql) {
    QString value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

} // namespace

class TestPersistence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stateSurvivesRestart();
    void corruptStateFile_data();
    void corruptStateFile();
    void jsonStateIsMigratedOnce();
    void schema2IsMigrated();
    void timerTransitionsAreSaved();
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
    QCOMPARE(client.get(QStringLiteral("/api/v1/deployments")).data().size(), 6); // not re-seeded
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

void TestPersistence::corruptStateFile_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");

    // What a full disk leaves behind: never a first start, never reseeded.
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("blank") << QByteArray("\n  \n") << "empty";
    QTest::newRow("cut short") << QByteArray("{\n    \"deployments\": [\n        {\n")
                               << "invalid JSON";
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

// A JSON state file of an earlier version is migrated to SQLite once, and the peering whose
// window closed while the sandbox was down fails at its due time.
void TestPersistence::jsonStateIsMigratedOnce() {
    const QString file = m_dir.filePath(QStringLiteral("legacy.json"));
    Store legacy;
    seedDemoData(&legacy, ScaledClock(1.0, 0));
    PeeringRecord expired;
    // An ID of before the "peer-" prefix: the migration renames it.
    expired.peering.id = QStringLiteral("pcx-0000expired1");
    expired.peering.deploymentId = seed::aliyun;
    expired.peering.provider = &vpw::providers::aliyun::module();
    expired.peering.peeringId = QStringLiteral("cen-1a2b3c4d5e6f7g8h9i");
    expired.peering.accountId = QStringLiteral("1688123456789012");
    expired.peering.vpcId = QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1jkl");
    expired.peering.cidr = *vpw::Cidr::fromString(QStringLiteral("192.168.30.0/24"));
    expired.peering.createdAt =
        QDateTime::fromString(QStringLiteral("2024-01-01T10:00:00.000Z"), Qt::ISODateWithMs);
    expired.peering.updatedAt = expired.peering.createdAt;
    expired.peering.expiresAt = expired.peering.createdAt.addSecs(600);
    legacy.peerings().append(expired);
    QString error;
    QVERIFY2(StateFile(file).save(legacy, &error), qPrintable(error));
    const QByteArray json = readFile(file);

    for (int run = 0; run < 2; ++run) {
        Server server(options(file));
        QVERIFY2(server.start(&error), qPrintable(error));
        Client client(server.baseUrl(), kKey, kSecret);
        QCOMPARE(client.get(peeringPath(seed::aliyun, expired.peering.id)).status, 404);
        const Reply peering =
            client.get(peeringPath(seed::aliyun, QStringLiteral("peer-0000expired1")));
        QCOMPARE(peering.string("state"), QStringLiteral("failed"));
        QCOMPARE(peering.string("failureCode"), QStringLiteral("window_closed"));
        QCOMPARE(peering.string("updatedAt"), QStringLiteral("2024-01-01T10:10:00.000Z"));
        QCOMPARE(client.get(peeringsPath(seed::aliyun)).data().size(), 4);
    }
    QVERIFY(readFile(file).startsWith("SQLite format 3"));
    QCOMPARE(readFile(file + QStringLiteral(".json-migrated")), json); // kept, read once
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(
            QStringLiteral("SELECT state FROM peerings WHERE id = 'peer-0000expired1'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("failed")); // a column, not a blob
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
}

// A database of schema 2 ("pcx-" record IDs, no failure codes) is upgraded in place: the IDs
// get the "peer-" prefix (in the resources too), a peering failed by its window gets
// window_closed, one failed by the old default rejection gets rejected.
void TestPersistence::schema2IsMigrated() {
    const QString file = m_dir.filePath(QStringLiteral("schema2.db"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const char *const statements[] = {
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "INSERT INTO meta VALUES ('version', '2')",
            "CREATE TABLE deployments (position INTEGER NOT NULL, id TEXT PRIMARY KEY, name TEXT "
            "NOT NULL, platform TEXT NOT NULL, region TEXT NOT NULL, edition TEXT NOT NULL, "
            "vpc_id TEXT NOT NULL, cidr TEXT NOT NULL, cloud_account_id TEXT NOT NULL, "
            "reserved_cidrs TEXT NOT NULL)",
            "INSERT INTO deployments VALUES (0, 'd7f3a1c2', 'iot-hangzhou-prod', 'aliyun', "
            "'cn-hangzhou', 'dedicated', 'vpc-bp1x8d2k4m6n0q2s4u6w8', '10.100.0.0/16', "
            "'1688000000000001', '')",
            "CREATE TABLE peerings (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
            "deployment_id TEXT NOT NULL, provider TEXT NOT NULL, peering_id TEXT NOT NULL, "
            "account_id TEXT NOT NULL, vpc_id TEXT NOT NULL, cidr TEXT NOT NULL, state TEXT NOT "
            "NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER, "
            "failure_reason TEXT NOT NULL, auto_attach_at INTEGER, remove_at INTEGER)",
            "INSERT INTO peerings VALUES (1, 'pcx-demo00failed', 'd7f3a1c2', 'aliyun', "
            "'cen-0ab1cd2ef3gh4ij5kl', '1688123456789012', 'vpc-uf6o8d1dj8sjwxi6o1def', "
            "'192.168.10.0/24', 'failed', 1704103200000, 1704103800000, 1704103800000, "
            "'The network instance was not loaded into the CEN within 10 minutes.', NULL, NULL)",
            "INSERT INTO peerings VALUES (2, 'pcx-demo0rejectd', 'd7f3a1c2', 'aliyun', "
            "'cen-9zy8xw7vu6ts5rq4po', '1688123456789012', 'vpc-uf6o8d1dj8sjwxi6o1ghi', "
            "'192.168.20.0/24', 'failed', 1704103200000, 1704103300000, 1704103800000, "
            "'The peering request was rejected by the peer account.', NULL, NULL)",
            "INSERT INTO peerings VALUES (3, 'pcx-demo0running', 'd7f3a1c2', 'aliyun', "
            "'cen-7qthudw0ll6jmc3abc', '1688123456789012', 'vpc-uf6o8d1dj8sjwxi6o1xyz', "
            "'192.168.0.0/24', 'running', 1704103200000, 1704103300000, 1704103800000, '', "
            "NULL, NULL)",
            "CREATE TABLE resources (peering TEXT NOT NULL, position INTEGER NOT NULL, id TEXT "
            "NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY (peering, position))",
            "INSERT INTO resources VALUES ('pcx-demo0running', 0, 'res-demo0kafka', "
            "'orders-kafka', 'kafka')",
            "CREATE TABLE idempotency (slot TEXT PRIMARY KEY, fingerprint BLOB NOT NULL, status "
            "INTEGER NOT NULL, body BLOB NOT NULL, created_at INTEGER NOT NULL)",
        };
        for (const char *statement : statements)
            QVERIFY2(q.exec(QLatin1String(statement)), statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    for (int run = 0; run < 2; ++run) {
        Server server(options(file));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Client client(server.baseUrl(), kKey, kSecret);
        const Reply window =
            client.get(peeringPath(seed::aliyun, QStringLiteral("peer-demo00failed")));
        QCOMPARE(window.status, 200);
        QCOMPARE(window.string("failureCode"), QStringLiteral("window_closed"));
        const Reply rejected =
            client.get(peeringPath(seed::aliyun, QStringLiteral("peer-demo0rejectd")));
        QCOMPARE(rejected.string("failureCode"), QStringLiteral("rejected"));
        const Reply running =
            client.get(peeringPath(seed::aliyun, QStringLiteral("peer-demo0running")));
        QCOMPARE(running.string("state"), QStringLiteral("running"));
        QVERIFY(running.json().value(QStringLiteral("failureCode")).isNull());
        QCOMPARE(running.json().value(QStringLiteral("boundResources")).toArray().size(), 1);
        QCOMPARE(client.get(peeringPath(seed::aliyun, QStringLiteral("pcx-demo0running"))).status,
                 404);
    }
}

// What the lifecycle's timer changes, with no request in between, reaches the database: a save
// compares only the records the store noted as touched, and the timer's must be among them.
void TestPersistence::timerTransitionsAreSaved() {
    const QString file = m_dir.filePath(QStringLiteral("timer.db"));
    Options o = options(file);
    o.timeScale = 100;            // delete delay 50 ms
    o.autoAttachAfterSeconds = 1; // 10 ms
    Server server(o);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Client client(server.baseUrl(), kKey, kSecret);
    const QString id = client.post(peeringsPath(seed::aliyun), aliyunBody()).string("id");
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        databaseValue(file, QStringLiteral("SELECT state FROM peerings WHERE id = '%1'").arg(id)),
        QStringLiteral("running"), 10000);
    QCOMPARE(client.del(peeringPath(seed::huawei, seed::huaweiRunning)).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(
        databaseValue(file, QStringLiteral("SELECT count(*) FROM peerings WHERE id = '%1'")
                                .arg(seed::huaweiRunning)),
        QStringLiteral("0"), 10000);
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
