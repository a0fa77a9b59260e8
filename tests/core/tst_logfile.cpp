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
