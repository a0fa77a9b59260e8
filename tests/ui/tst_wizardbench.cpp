// One keystroke in the VPC CIDR field, end to end on the real wizard page: the key event reaches
// the QLineEdit, the page judges the text (checkVpcCidr against the deployment's reserved
// ranges and 10,000 existing peering CIDRs from the session's PeeringModel), the message under
// the field and the Next button follow. The text alternates between "192.168.200.0/2" (host
// bits: an error with a suggestion, Next disabled) and "192.168.200.0/24" (accepted, Next
// enabled), so every keystroke changes the verdict, the message and the button. Reference rows:
// the text stays accepted, or stays wrong; and the same with the event loop's deferred work
// (the layout pass, the suggestion button shown or hidden) after each keystroke.
//
// Registered with BENCHMARK (label "benchmark") and "-median 9"; figures in
// docs/performance.md.
#include "tests/ui/wizarddriver.h"
#include "ui/wizard/collectfieldspage.h"

#include <QApplication>
#include <QTest>

using namespace vpw;

class BenchWizard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::WizardHarness> m_harness;

    // 10,000 running Aliyun peerings of the deployment, distinct /26 blocks of 172.16.0.0/12.
    static QList<Peering> manyPeerings(const QString &deploymentId) {
        QList<Peering> peerings;
        const quint32 base = (172u << 24) | (16u << 16);
        for (int i = 0; i < 10000; ++i) {
            Peering peering;
            peering.id = QStringLiteral("peer-bench%1").arg(i, 7, 10, QLatin1Char('0'));
            peering.deploymentId = deploymentId;
            peering.peeringId = QStringLiteral("cen-bench%1").arg(i, 13, 10, QLatin1Char('0'));
            peering.accountId = test::valid::AliyunAccount;
            peering.vpcId = QStringLiteral("vpc-bench%1").arg(i, 16, 10, QLatin1Char('0'));
            peering.cidr = Cidr::fromNetwork(base + quint32(i) * 64u, 26);
            peering.state = PeeringState::Running;
            peering.createdAt = QDateTime::currentDateTimeUtc();
            peering.updatedAt = peering.createdAt;
            peerings.append(peering);
        }
        return peerings;
    }

private Q_SLOTS:
    void keystrokeInCidrField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<bool>("withLayout"); // also the event loop's deferred layout pass
        QTest::newRow("error <-> accepted") << "192.168.200.0/2" << 15 << false;
        QTest::newRow("accepted <-> accepted") << "192.168.7.0/24" << 9 << false;
        QTest::newRow("error <-> error") << "192.168.200.5/2" << 15 << false;
        QTest::newRow("error <-> accepted, then layout") << "192.168.200.0/2" << 15 << true;
        QTest::newRow("accepted <-> accepted, then layout") << "192.168.7.0/24" << 9 << true;
    }

    void keystrokeInCidrField() {
        QFETCH(QString, text);
        QFETCH(int, cursor);
        QFETCH(bool, withLayout);
        m_harness = std::make_unique<test::WizardHarness>();
        QVERIFY(m_harness->start());
        // No poll replaces the model's rows while the benchmark runs.
        m_harness->session->setActive(false);
        QTest::qWait(0);
        m_harness->session->peerings()->mergePartial(manyPeerings(test::seed::AliyunDeployment));
        QVERIFY(m_harness->session->peerings()->rowCount() >= 10000);

        ui::PeeringWizard wizard(m_harness->session, test::seed::AliyunDeployment);
        wizard.show();
        while (!test::fieldEdit(&wizard, QStringLiteral("cidr")))
            QVERIFY(test::clickForward(&wizard));
        QVERIFY(test::typeInto(&wizard, QStringLiteral("peeringId"), test::valid::CenId));
        QVERIFY(test::typeInto(&wizard, QStringLiteral("accountId"), test::valid::AliyunAccount));
        QVERIFY(test::typeInto(&wizard, QStringLiteral("vpcId"), test::valid::AliyunVpc));
        QVERIFY(test::typeInto(&wizard, QStringLiteral("cidr"), QStringLiteral("192.168.200.0/2")));
        QLineEdit *edit = test::fieldEdit(&wizard, QStringLiteral("cidr"));
        ui::FieldEditor *field = test::fieldEditor(&wizard, QStringLiteral("cidr"));
        QAbstractButton *next = test::forwardButton(&wizard);
        QVERIFY(!next->isEnabled());
        // The overlap index is built on the first keystroke after the peerings changed.
        QVERIFY(test::typeInto(&wizard, QStringLiteral("cidr"), text));
        edit->setCursorPosition(cursor);

        bool complete = false;
        QBENCHMARK {
            if (complete)
                QTest::keyClick(edit, Qt::Key_Backspace);
            else
                QTest::keyClick(edit, cursor == 15 ? Qt::Key_4 : Qt::Key_7);
            complete = !complete;
            if (withLayout) // reference: what the GUI thread does next (layout, paint)
                QCoreApplication::processEvents();
        }
        // The last keystroke's verdict is what the page shows.
        QCOMPARE(field->verdict().isError(), !next->isEnabled());
        wizard.close();
    }

    void cleanup() {
        m_harness.reset();
        QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
    }
};

QTEST_MAIN(BenchWizard)
#include "tst_wizardbench.moc"
