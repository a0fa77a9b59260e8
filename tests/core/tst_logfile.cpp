// The log plumbing main() uses: --log-level names mapped to category rules, and the optional
// log file that rotates at a size cap, keeps N old files, and takes lines from any thread.
#include "app/core/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using vpw::RotatingLogFile;

namespace {
Q_LOGGING_CATEGORY(lcTest, "vpw.test", QtInfoMsg)

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestLogFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLoggingCategory::setFilterRules(QString()); }

    void rulesForLevel_data() {
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("debug");
        QTest::addColumn<bool>("info");
        QTest::addColumn<bool>("warning");
        QTest::addColumn<bool>("critical");
        QTest::newRow("debug") << QStringLiteral("debug") << true << true << true << true;
        QTest::newRow("info") << QStringLiteral("info") << false << true << true << true;
        QTest::newRow("warning") << QStringLiteral("warning") << false << false << true << true;
        QTest::newRow("critical") << QStringLiteral("critical") << false << false << false << true;
        QTest::newRow("any case, spaces")
            << QStringLiteral(" Debug ") << true << true << true << true;
    }

    void rulesForLevel() {
        QFETCH(QString, level);
        const auto rules = vpw::logRulesForLevel(level);
        QVERIFY(rules);
        QLoggingCategory::setFilterRules(*rules);
        QTEST(lcTest().isDebugEnabled(), "debug");
        QTEST(lcTest().isInfoEnabled(), "info");
        QTEST(lcTest().isWarningEnabled(), "warning");
        QTEST(lcTest().isCriticalEnabled(), "critical");
        // Only our categories: Qt's own stay as they were.
        QLoggingCategory qtCategory("qt.network.ssl");
        QVERIFY(!qtCategory.isDebugEnabled());
    }

    void unknownLevels_data() {
        QTest::addColumn<QString>("level");
        QTest::newRow("empty") << QString();
        QTest::newRow("verbose") << QStringLiteral("verbose");
        QTest::newRow("number") << QStringLiteral("3");
        QTest::newRow("fatal (not a filter level)") << QStringLiteral("fatal");
    }

    void unknownLevels() {
        QFETCH(QString, level);
        QVERIFY(!vpw::logRulesForLevel(level));
    }

    void rotatesAtTheCapAndKeepsN_data() {
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QStringList>("files");
        // Lines of 10 bytes ("line NNNN\n") in a 35-byte file: 3 lines per file.
        QTest::newRow("under the cap") << 3 << 3 << QStringList{QStringLiteral("app.log")};
        QTest::newRow("one rotation")
            << 3 << 4 << QStringList{QStringLiteral("app.log"), QStringLiteral("app.log.1")};
        QTest::newRow("keeps 2 of many")
            << 2 << 30
            << QStringList{QStringLiteral("app.log"), QStringLiteral("app.log.1"),
                           QStringLiteral("app.log.2")};
        QTest::newRow("keeps none") << 0 << 10 << QStringList{QStringLiteral("app.log")};
    }

    void rotatesAtTheCapAndKeepsN() {
        QFETCH(int, keep);
        QFETCH(int, lines);
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/app.log"));
        QString error;
        {
            RotatingLogFile log(path, 35, keep);
            QVERIFY2(log.open(&error), qPrintable(error));
            for (int i = 0; i < lines; ++i)
                log.write(QStringLiteral("line %1").arg(i, 4, 10, QLatin1Char('0')));
        }
        const QDir logs(dir.filePath(QStringLiteral("logs")));
        QCOMPARE(logs.entryList(QDir::Files, QDir::Name), files);
        for (const QString &name : files)
            QVERIFY2(QFileInfo(logs.filePath(name)).size() <= 35, qPrintable(name));
        // The newest line is in the current file, the ones before it in .1.
        const QByteArray last =
            QStringLiteral("line %1\n").arg(lines - 1, 4, 10, QLatin1Char('0')).toUtf8();
        QVERIFY(contents(path).endsWith(last));
        if (files.contains(QStringLiteral("app.log.1"))) {
            const int firstInCurrent = (lines - 1) / 3 * 3;
            const QByteArray before = QStringLiteral("line %1\n")
                                          .arg(firstInCurrent - 1, 4, 10, QLatin1Char('0'))
                                          .toUtf8();
            QVERIFY(contents(path + QStringLiteral(".1")).endsWith(before));
        }
        QVERIFY(
            !(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    // The file is created owner-only: with a permissive umask, no moment in which others could
    // open it. inotify shows it: a file created readable and chmod'ed afterwards reports a
    // permission change (IN_ATTRIB); one created with its permissions reports none. Rotation
    // creates the file anew the same way.
    void createdWithItsPermissions() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.log"));
        const int watcher = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(watcher >= 0);
        QVERIFY(inotify_add_watch(watcher, QFile::encodeName(dir.path()).constData(),
                                  IN_CREATE | IN_ATTRIB) >= 0);
        const mode_t previous = ::umask(0);
        QString error;
        {
            RotatingLogFile log(path, 20, 1);
            const bool opened = log.open(&error);
            for (int i = 0; i < 4; ++i) // rotates: a new file each time
                log.write(QStringLiteral("a line of text"));
            ::umask(previous);
            QVERIFY2(opened, qPrintable(error));
        }
        int created = 0;
        QStringList changed;
        alignas(inotify_event) char buffer[4096];
        for (ssize_t n; (n = ::read(watcher, buffer, sizeof buffer)) > 0;) {
            for (char *at = buffer; at < buffer + n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(at);
                const QString name = QFile::decodeName(event->len ? event->name : "");
                if (event->mask & IN_CREATE)
                    ++created;
                if (event->mask & IN_ATTRIB)
                    changed.append(name);
                at += sizeof(inotify_event) + event->len;
            }
        }
        ::close(watcher);
        QVERIFY(created >= 1); // (identical events in a row are merged into one)
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u' ')));
        for (const QString &name : QStringList{path, path + QStringLiteral(".1")}) {
            QCOMPARE(QFileInfo(name).permissions() &
                         ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }

    // A file left readable by an earlier version is made owner-only when opened.
    void existingFileIsMadeOwnerOnly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.log"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ReadOther | QFileDevice::ReadGroup));
        RotatingLogFile log(path);
        QString error;
        QVERIFY(log.open(&error));
        QVERIFY(
            !(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void appendsToAnExistingFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.log"));
        QString error;
        for (const char *line : {"first run", "second run"}) {
            RotatingLogFile log(path);
            QVERIFY(log.open(&error));
            log.write(QString::fromLatin1(line));
        }
        QCOMPARE(contents(path), QByteArray("first run\nsecond run\n"));
    }

    void cannotOpenSaysWhy() {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        RotatingLogFile log(dir.filePath(QStringLiteral("file/app.log")));
        QString error;
        QVERIFY(!log.open(&error));
        QVERIFY2(error.contains(QStringLiteral("file/app.log")), qPrintable(error));
        log.write(QStringLiteral("dropped")); // no file: nothing happens, nothing crashes
    }

    void handlerWritesWhatPassesTheFilters() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.log"));
        RotatingLogFile log(path);
        QString error;
        QVERIFY(log.open(&error));
        vpw::installLogFile(&log);
        qCInfo(lcTest) << "kept";
        qCDebug(lcTest) << "filtered out";
        qCWarning(lcTest) << "warned";
        vpw::installLogFile(nullptr);
        qCInfo(lcTest) << "after uninstalling";
        const QString text = QString::fromUtf8(contents(path));
        QVERIFY2(text.contains(QStringLiteral(" info vpw.test: kept\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(" warning vpw.test: warned\n")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("filtered out")));
        QVERIFY(!text.contains(QStringLiteral("after uninstalling")));
        // Each line starts with an ISO 8601 local timestamp.
        QVERIFY(QDateTime::fromString(text.section(u' ', 0, 0), Qt::ISODateWithMs).isValid());
    }

    void linesFromManyThreadsStayWhole() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.log"));
        RotatingLogFile log(path, 1024 * 1024, 1);
        QString error;
        QVERIFY(log.open(&error));
        constexpr int kThreads = 4;
        constexpr int kLines = 500;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back(QThread::create([&log, t] {
                for (int i = 0; i < kLines; ++i)
                    log.write(QStringLiteral("thread %1 line %2 end").arg(t).arg(i));
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        const QList<QByteArray> lines = contents(path).split('\n');
        QCOMPARE(lines.size(), kThreads * kLines + 1); // the last split is empty
        for (int i = 0; i < lines.size() - 1; ++i)
            QVERIFY2(lines.at(i).startsWith("thread ") && lines.at(i).endsWith(" end"),
                     lines.at(i).constData());
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
