// One running application per user: in one process, the roles and the activation round trip of
// SingleInstance; with two real processes of the executable, a second start raises the first
// window and ends, and a crashed first start does not keep the next one from running.
#include "app/singleinstance.h"
#include "tests/app/appenvironment.h"

#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using vpw::SingleInstance;

class TestSingleInstance : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_runtime;

    static QProcess *startApp(const QString &root, QObject *parent) {
        auto *process = new QProcess(parent);
        process->setProcessEnvironment(vpw::test::isolatedAppEnvironment(root));
        process->start(QStringLiteral(VPW_WIZARD_EXE),
                       {QStringLiteral("--lang=en"), QStringLiteral("--log-level=debug")});
        return process;
    }

    static void terminate(QProcess *process) {
        if (process->state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(process->processId()), SIGTERM);
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished();
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
        QCOMPARE(SingleInstance::runtimeFolder(), m_runtime.path());
    }

    void firstClaimsSecondActivatesIt() {
        SingleInstance first(QStringLiteral("roles"));
        SingleInstance second(QStringLiteral("roles"));
        QString error;
        QCOMPARE(first.claim(&error), SingleInstance::Role::Primary);
        QCOMPARE(second.claim(&error), SingleInstance::Role::Secondary);
        QVERIFY2(first.listen(&error), qPrintable(error));
        QVERIFY(!(QFileInfo(first.socketPath()).permissions() &
                  (QFileDevice::ReadOther | QFileDevice::WriteOther)));

        QSignalSpy requested(&first, &SingleInstance::activationRequested);
        QSignalSpy activated(&second, &SingleInstance::activated);
        QSignalSpy failed(&second, &SingleInstance::activationFailed);
        second.activatePrimary(20000);
        QVERIFY(activated.wait(20000));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(failed.count(), 0);
    }

    // The lock goes with the object (and with the process, however it ends: the kernel's flock).
    void lockGoesWithItsHolder() {
        QString error;
        {
            SingleInstance first(QStringLiteral("holder"));
            QCOMPARE(first.claim(&error), SingleInstance::Role::Primary);
            SingleInstance second(QStringLiteral("holder"));
            QCOMPARE(second.claim(&error), SingleInstance::Role::Secondary);
        }
        SingleInstance next(QStringLiteral("holder"));
        QCOMPARE(next.claim(&error), SingleInstance::Role::Primary);
    }

    // The primary listens only once its window is on screen; a later start that comes before
    // that retries until it does.
    void startingPrimaryIsWaitedFor() {
        SingleInstance first(QStringLiteral("starting"));
        SingleInstance second(QStringLiteral("starting"));
        QString error;
        QCOMPARE(first.claim(&error), SingleInstance::Role::Primary);
        QCOMPARE(second.claim(&error), SingleInstance::Role::Secondary);
        QSignalSpy requested(&first, &SingleInstance::activationRequested);
        QSignalSpy activated(&second, &SingleInstance::activated);
        QSignalSpy failed(&second, &SingleInstance::activationFailed);
        second.activatePrimary(20000);
        QTest::qWait(500); // a few refused connections
        QCOMPARE(activated.count(), 0);
        QVERIFY2(first.listen(&error), qPrintable(error));
        QVERIFY(activated.wait(20000));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(failed.count(), 0);
    }

    void otherKeysDoNotMeet() {
        SingleInstance first(QStringLiteral("key-a"));
        SingleInstance other(QStringLiteral("key-b"));
        QString error;
        QCOMPARE(first.claim(&error), SingleInstance::Role::Primary);
        QCOMPARE(other.claim(&error), SingleInstance::Role::Primary);
    }

    // A primary that holds the lock but never answers: the request ends, once, with a failure.
    void silentPrimaryFailsTheActivation() {
        QLockFile lock(m_runtime.filePath(QStringLiteral("silent.lock")));
        QVERIFY(lock.tryLock(0));
        SingleInstance second(QStringLiteral("silent"));
        QString error;
        QCOMPARE(second.claim(&error), SingleInstance::Role::Secondary);
        QSignalSpy activated(&second, &SingleInstance::activated);
        QSignalSpy failed(&second, &SingleInstance::activationFailed);
        second.activatePrimary(1000);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(activated.count(), 0);
    }

    void secondStartRaisesTheFirstWindow() {
        QTemporaryDir root;
        QProcess *first = startApp(root.path(), this);
        QVERIFY(first->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(vpw::test::appInstanceSocket(root.path())), 30000);

        QProcess *second = startApp(root.path(), this);
        QVERIFY(second->waitForFinished(30000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        const QString secondOutput = QString::fromUtf8(second->readAllStandardError());
        QVERIFY2(secondOutput.contains(QStringLiteral("already running")),
                 qPrintable(secondOutput));

        QString firstOutput;
        QTRY_VERIFY_WITH_TIMEOUT(
            (firstOutput += QString::fromUtf8(first->readAllStandardError()))
                .contains(QStringLiteral("raising the main window for a second start")),
            20000);
        QCOMPARE(first->state(), QProcess::Running);
        terminate(first);
        QCOMPARE(first->exitCode(), 0);
    }

    void crashedFirstStartDoesNotBlockTheNext() {
        QTemporaryDir root;
        QProcess *first = startApp(root.path(), this);
        QVERIFY(first->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(vpw::test::appInstanceSocket(root.path())), 30000);
        first->kill(); // SIGKILL: the lock file and the socket stay behind
        QVERIFY(first->waitForFinished(10000));

        QProcess *next = startApp(root.path(), this);
        QString output;
        QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(next->readAllStandardError()))
                                     .contains(QStringLiteral("single instance: listening on")),
                                 30000);
        QCOMPARE(next->state(), QProcess::Running);
        terminate(next);
        QCOMPARE(next->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
