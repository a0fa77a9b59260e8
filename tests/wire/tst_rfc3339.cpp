// RFC 3339 times of the contract: the one parser and formatter of client and server.

#include "app/wire/rfc3339.h"

#include <QTest>

using namespace vpw::wire;

class TestRfc3339 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void formatsUtcWithMilliseconds_data();
    void formatsUtcWithMilliseconds();
};

void TestRfc3339::parses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid = rejected
    const QDateTime ten(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const QDateTime none;
    QTest::newRow("Z") << "2024-05-01T10:00:00Z" << ten;
    QTest::newRow("offset") << "2024-05-01T18:00:00+08:00" << ten;
    QTest::newRow("negative offset") << "2024-05-01T05:00:00-05:00" << ten;
    QTest::newRow("half-hour offset") << "2024-05-01T15:30:00+05:30" << ten;
    QTest::newRow("offset across midnight")
        << "2024-05-02T01:00:00+15:00" << ten; // UTC is the day before
    QTest::newRow("milliseconds") << "2024-05-01T10:00:00.000Z" << ten;
    QTest::newRow("250 ms") << "2024-05-01T10:00:00.25Z" << ten.addMSecs(250);
    QTest::newRow("one digit") << "2024-05-01T10:00:00.5Z" << ten.addMSecs(500);
    QTest::newRow("nanoseconds, truncated")
        << "2024-05-01T10:00:00.123456789Z" << ten.addMSecs(123);
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z"
                              << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
    QTest::newRow("ten fraction digits") << "2024-05-01T10:00:00.1234567890Z" << none;
    QTest::newRow("dot without digits") << "2024-05-01T10:00:00.Z" << none;
    QTest::newRow("no zone") << "2024-05-01T10:00:00" << none;
    QTest::newRow("date only") << "2024-05-01" << none;
    QTest::newRow("space separator") << "2024-05-01 10:00:00Z" << none;
    QTest::newRow("lower-case z") << "2024-05-01T10:00:00z" << none;
    QTest::newRow("month 13") << "2024-13-01T10:00:00Z" << none;
    QTest::newRow("February 30") << "2024-02-30T10:00:00Z" << none;
    QTest::newRow("not a leap year") << "2023-02-29T10:00:00Z" << none;
    QTest::newRow("hour 24") << "2024-05-01T24:00:00Z" << none;
    QTest::newRow("second 60") << "2024-05-01T10:00:60Z" << none;
    QTest::newRow("offset hour 24") << "2024-05-01T10:00:00+24:00" << none;
    QTest::newRow("offset without colon") << "2024-05-01T10:00:00+0800" << none;
    QTest::newRow("trailing text") << "2024-05-01T10:00:00Zx" << none;
    QTest::newRow("signed year") << "+2024-05-01T10:00:00Z" << none;
    QTest::newRow("short year") << "224-05-01T10:00:00Z" << none;
    QTest::newRow("non-ASCII digit") << QStringLiteral("2024-05-01T1\u0661:00:00Z") << none;
    QTest::newRow("empty") << QString() << none;
}

void TestRfc3339::parses() {
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = parseTime(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
}

void TestRfc3339::formatsUtcWithMilliseconds_data() {
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("text");
    QTest::newRow("UTC") << QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC)
                         << "2024-05-01T10:00:00.000Z";
    QTest::newRow("offset converted")
        << QDateTime(QDate(2024, 5, 1), QTime(18, 0, 0, 7), Qt::OffsetFromUTC, 8 * 3600)
        << "2024-05-01T10:00:00.007Z";
    QTest::newRow("invalid") << QDateTime() << "";
}

void TestRfc3339::formatsUtcWithMilliseconds() {
    QFETCH(QDateTime, time);
    QFETCH(QString, text);
    QCOMPARE(formatTime(time), text);
    if (time.isValid())
        QCOMPARE(parseTime(text), std::optional<QDateTime>(time.toUTC()));
    else
        QVERIFY(!parseTime(text));
}

QTEST_GUILESS_MAIN(TestRfc3339)
#include "tst_rfc3339.moc"
