// The wire codec on a 10,000-peering answer (issue 6: "report the JSON decode of the same
// 10,000-peering answer as a separate row"): decoding GET /api/v1/peerings?limit=... bytes into
// Peering values, and encoding them. Run: tst_wire_codecbench -median 9 (docs/performance.md).
#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"
#include "app/wire/codec.h"

#include <QJsonArray>
#include <QTest>

using namespace vpw;
using namespace vpw::wire;

class TestCodecBench : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodePage();
    void decodeList();
    void parseOnly();
    void encodePage();

private:
    QList<Peering> m_peerings;
    QByteArray m_page;
    QByteArray m_list;
};

// 10,000 peerings over 50 deployments, a third with a bound resource, Aliyun ones with a window.
void TestCodecBench::initTestCase() {
    const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 10000; ++i) {
        Peering p;
        p.id = QStringLiteral("peer-%1").arg(i, 12, 36, QLatin1Char('0'));
        p.deploymentId = QStringLiteral("d%1").arg(i % 50, 7, 10, QLatin1Char('0'));
        p.provider = i % 2 ? &vpw::providers::huawei::module() : &vpw::providers::aliyun::module();
        p.peeringId = QStringLiteral("cen-%1").arg(i, 18, 36, QLatin1Char('0'));
        p.accountId = QStringLiteral("1688%1").arg(i, 12, 10, QLatin1Char('0'));
        p.vpcId = QStringLiteral("vpc-%1").arg(i, 21, 36, QLatin1Char('0'));
        p.cidr = *Cidr::fromString(QStringLiteral("172.%1.%2.0/24").arg(16 + i / 256).arg(i % 256));
        p.state = PeeringState(i % 4);
        p.createdAt = start.addSecs(i);
        p.updatedAt = p.createdAt.addMSecs(250);
        if (p.provider == &vpw::providers::aliyun::module())
            p.expiresAt = p.createdAt.addSecs(600);
        if (p.state == PeeringState::Failed)
            p.failureReason =
                QStringLiteral("The peering request was rejected by the peer account.");
        if (i % 3 == 0)
            p.boundResources = {{QStringLiteral("res-%1").arg(i), QStringLiteral("orders-kafka"),
                                 QStringLiteral("kafka")}};
        m_peerings << p;
    }
    m_page = encodePeeringPage({m_peerings, QStringLiteral("djEKZDAwMDAwNDkKMTc5NjEwMDAwMApwY3g")});
    m_list = encodePeeringList(m_peerings);
    qInfo("answer: %lld bytes", qlonglong(m_page.size()));
    QVERIFY(decodePeeringPage(m_page).value);
}

void TestCodecBench::decodePage() {
    qsizetype count = 0;
    QBENCHMARK {
        const Decoded<PeeringPageBody> decoded = decodePeeringPage(m_page);
        count = decoded.value ? decoded.value->peerings.size() : 0;
    }
    QCOMPARE(count, 10000);
}

void TestCodecBench::decodeList() {
    qsizetype count = 0;
    QBENCHMARK {
        const Decoded<QList<Peering>> decoded = decodePeeringList(m_list);
        count = decoded.value ? decoded.value->size() : 0;
    }
    QCOMPARE(count, 10000);
}

// Reference: QJsonDocument's parse of the same bytes, without reading the members.
void TestCodecBench::parseOnly() {
    qsizetype count = 0;
    QBENCHMARK {
        count = parseObject(m_page).value->value(QStringLiteral("data")).toArray().size();
    }
    QCOMPARE(count, 10000);
}

void TestCodecBench::encodePage() {
    QByteArray bytes;
    QBENCHMARK {
        bytes = encodePeeringPage({m_peerings, {}});
    }
    QVERIFY(bytes.size() > 10000 * 300);
}

QTEST_GUILESS_MAIN(TestCodecBench)
#include "tst_codecbench.moc"
