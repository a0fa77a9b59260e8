// The peerings of an "EMQX Cloud console (by hand)" profile, kept locally: recorded when the
// operator confirms EMQX's submit (the Alibaba Cloud window estimated from that moment, on the
// injected clock), their outcome and history, marked removed, and all of it across a restart
// (one atomic file per profile).
#include "app/core/clock.h"
#include "app/session/consolebackend.h"
#include "app/session/deploymentmodel.h"
#include "app/session/peeringevent.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace vpw;
using namespace vpw::session;

namespace {

const qint64 kStart = QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

ManualInput deploymentInput(const QString &provider) {
    if (provider == QLatin1String("huawei"))
        return {{ManualField::Name, QStringLiteral("telemetry-bj")},
                {ManualField::Provider, provider},
                {ManualField::Region, QStringLiteral("cn-north-4")},
                {ManualField::VpcId, QStringLiteral("3f1a5a0e-8c6d-4d1b-9a7e-2b6c0d9e1f20")},
                {ManualField::Cidr, QStringLiteral("10.100.0.0/16")},
                {ManualField::CloudAccountId, QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9")},
                {ManualField::Edition, QStringLiteral("dedicated")}};
    return {{ManualField::Name, QStringLiteral("production-hz")},
            {ManualField::Provider, provider},
            {ManualField::Region, QStringLiteral("cn-hangzhou")},
            {ManualField::VpcId, QStringLiteral("vpc-bp1qnbx6w0ruf7yjkr8hd")},
            {ManualField::Cidr, QStringLiteral("10.100.0.0/16")},
            {ManualField::CloudAccountId, QStringLiteral("1234567890123456")},
            {ManualField::Edition, QStringLiteral("dedicated")}};
}

PeeringRequest aliyunRequest() {
    PeeringRequest request;
    request.peeringId = QStringLiteral("cen-4kq2m8x1n7p3r5s9tz");
    request.accountId = QStringLiteral("1688000000000000");
    request.vpcId = QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1abc");
    request.cidr = *Cidr::fromString(QStringLiteral("192.168.50.0/24"));
    return request;
}

secrets::Profile consoleProfile(const QString &id) {
    secrets::Profile profile;
    profile.id = id;
    profile.name = QStringLiteral("Console");
    profile.kind = secrets::ProfileKind::Console;
    return profile;
}

void clean(const QString &profileId) {
    QDir(QFileInfo(ConsoleBackend::peeringsPath(profileId)).absolutePath()).removeRecursively();
}

} // namespace

class TestConsolePeerings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recordedAtConfirmWithEstimatedWindow() {
        const QString profileId = QStringLiteral("console-record");
        clean(profileId);
        ManualClock clock(kStart);
        Session session(consoleProfile(profileId), nullptr, &clock);
        session.start();
        QVERIFY(session.isConnected()); // a console profile works without a connection
        QVERIFY(!session.createPeering(QStringLiteral("x"), aliyunRequest(), QString()));
        QList<ManualProblem> problems;
        const auto deployment =
            session.console()->add(deploymentInput(QStringLiteral("aliyun")), &problems);
        QVERIFY(deployment);
        QVERIFY(!session.console()->recordPeering(QStringLiteral("dep-unknown"), aliyunRequest()));

        clock.advanceMs(42000); // the operator confirms EMQX's submit now
        const auto peering = session.console()->recordPeering(deployment->id, aliyunRequest());
        QVERIFY(peering);
        QVERIFY(peering->id.startsWith(QLatin1String("peer-local-")));
        QCOMPARE(peering->state, PeeringState::Pending);
        QCOMPARE(peering->createdAt, clock.now());
        QVERIFY(peering->expiresAt);
        QCOMPARE(*peering->expiresAt, clock.now().addSecs(600));
        QCOMPARE(session.peerings()->rowCount(), 1);
        clock.advanceMs(61000);
        QCOMPARE(session.secondsLeft(*session.peerings()->peering(peering->id)), 539);

        const auto entry = session.console()->peeringEntry(peering->id);
        QVERIFY(entry);
        QCOMPARE(entry->region, QStringLiteral("cn-hangzhou"));
        QCOMPARE(entry->history.size(), 1);
        QCOMPARE(entry->history.first().kind, ConsolePeeringEvent::Created);
        clean(profileId);
    }

    void huaweiHasNoWindow() {
        const QString profileId = QStringLiteral("console-huawei");
        clean(profileId);
        ManualClock clock(kStart);
        Session session(consoleProfile(profileId), nullptr, &clock);
        session.start();
        QList<ManualProblem> problems;
        const auto deployment =
            session.console()->add(deploymentInput(QStringLiteral("huawei")), &problems);
        QVERIFY2(deployment,
                 problems.isEmpty() ? "" : qPrintable(problems.first().verdict.message));
        PeeringRequest request;
        request.peeringId = QStringLiteral("0c2b6e2c-3f4a-4e0b-9d41-7d2f5c6b8a90");
        request.accountId = QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        request.vpcId = QStringLiteral("6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d");
        request.cidr = *Cidr::fromString(QStringLiteral("192.168.60.0/24"));
        const auto peering = session.console()->recordPeering(deployment->id, request);
        QVERIFY(peering);
        QVERIFY(!peering->expiresAt);
        QVERIFY(!session.secondsLeft(*peering));
        clean(profileId);
    }

    void outcomeHistoryAndRemovalSurviveRestart() {
        const QString profileId = QStringLiteral("console-history");
        clean(profileId);
        ManualClock clock(kStart);
        QString runningId;
        QString failedId;
        QString deploymentId;
        {
            Session session(consoleProfile(profileId), nullptr, &clock);
            session.start();
            QList<ManualProblem> problems;
            deploymentId =
                session.console()->add(deploymentInput(QStringLiteral("aliyun")), &problems)->id;
            runningId = session.console()->recordPeering(deploymentId, aliyunRequest())->id;
            PeeringRequest second = aliyunRequest();
            second.cidr = *Cidr::fromString(QStringLiteral("192.168.51.0/24"));
            failedId = session.console()->recordPeering(deploymentId, second)->id;

            QSignalSpy events(&session, &Session::peeringEvent);
            clock.advanceMs(120000);
            QVERIFY(
                session.console()->confirmOutcome(runningId, PeeringState::Running, {}, {}, true));
            QCOMPARE(events.count(), 1);
            QCOMPARE(events.first().first().value<PeeringEvent>().to, PeeringState::Running);
            QVERIFY(session.console()->confirmOutcome(failedId, PeeringState::Failed,
                                                      FailureCode::WindowClosed,
                                                      QStringLiteral("Not loaded in time")));
            QCOMPARE(session.peerings()->peering(failedId)->failureCode, FailureCode::WindowClosed);
            // An outcome is told once.
            QVERIFY(!session.console()->confirmOutcome(runningId, PeeringState::Failed));
            QVERIFY(!session.console()->confirmOutcome(runningId, PeeringState::Pending));
            clock.advanceMs(60000);
            QVERIFY(session.console()->markRemoved(failedId));
            QVERIFY(!session.console()->markRemoved(failedId));
            QCOMPARE(session.peerings()->rowCount(), 1);
            // Nothing is flushed on the way out: every change is already on disk (a crash here
            // loses nothing).
        }
        Session session(consoleProfile(profileId), nullptr, &clock);
        session.start();
        QCOMPARE(session.peerings()->rowCount(), 1);
        const auto running = session.peerings()->peering(runningId);
        QVERIFY(running);
        QCOMPARE(running->state, PeeringState::Running);
        QCOMPARE(running->cidr.toString(), QStringLiteral("192.168.50.0/24"));
        QCOMPARE(running->deploymentId, deploymentId);
        const auto runningEntry = session.console()->peeringEntry(runningId);
        QCOMPARE(runningEntry->history.size(), 2);
        QCOMPARE(runningEntry->history.at(1).kind, ConsolePeeringEvent::Confirmed);
        QVERIFY(runningEntry->history.at(1).byProvider);
        QCOMPARE(runningEntry->history.at(1).at,
                 QDateTime::fromMSecsSinceEpoch(kStart + 120000, Qt::UTC));
        const auto removed = session.console()->peeringEntry(failedId);
        QVERIFY(removed && removed->removed);
        QCOMPARE(removed->history.size(), 3);
        QCOMPARE(removed->history.at(1).detail, QStringLiteral("Not loaded in time"));
        QVERIFY(!removed->history.at(1).byProvider);
        QCOMPARE(removed->history.at(2).kind, ConsolePeeringEvent::Removed);
        QCOMPARE(removed->peering.failureCode, FailureCode::WindowClosed);
        clean(profileId);
    }

    void unreadableFileIsKept() {
        const QString profileId = QStringLiteral("console-corrupt-peerings");
        clean(profileId);
        const QString path = ConsoleBackend::peeringsPath(profileId);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"vpw-console-peerings\", ");
        file.close();
        Session session(consoleProfile(profileId), nullptr);
        session.start();
        QVERIFY(!session.console()->loadError().message.isEmpty());
        QCOMPARE(session.peerings()->rowCount(), 0);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("{\"format\": \"vpw-console-peerings\", "));
        clean(profileId);
    }
};

QTEST_GUILESS_MAIN(TestConsolePeerings)
#include "tst_consolepeerings.moc"
