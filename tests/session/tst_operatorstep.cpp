// A step the operator does by hand (PlanStep::operatorTask, the EMQX step under a console
// profile) in the apply engine: it waits for the operator, Done reruns it at once (also when
// Done comes while a run is reading), the values are computed from the facts known then, and
// Done is journaled so that a resumed plan does not ask again.
#include "app/session/applyengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vpw::session;

namespace {

constexpr int kLongWaitMs = 60 * 1000; // the engine must not wait for this after Done

// One operator step (key "by-hand") after a step that sets the fact "made" = "cen-1"; the
// operator step answers after `answerAfterMs`, Done once the operator said so.
ApplyPlan plan(int *runs, int answerAfterMs) {
    ApplyPlan p;
    p.id = QStringLiteral("operator-test");
    PlanStep make;
    make.key = QStringLiteral("make");
    make.title = QStringLiteral("make");
    make.run = [](const StepContextPtr &context, StepDone done) {
        context->setFact(QStringLiteral("made"), QStringLiteral("cen-1"));
        QTimer::singleShot(0, [done] { done(StepOutcome::done()); });
    };
    PlanStep byHand;
    byHand.key = QStringLiteral("by-hand");
    byHand.title = QStringLiteral("by hand");
    byHand.operatorTask = std::make_shared<OperatorTask>();
    byHand.operatorTask->values = [](const StepContext &context) {
        return QList<OperatorValue>{{QStringLiteral("peeringId"), QStringLiteral("Peering ID"),
                                     context.text(QStringLiteral("made"))}};
    };
    byHand.run = [runs, answerAfterMs](const StepContextPtr &context, StepDone done) {
        ++*runs;
        const bool told = context->fact(operatorDoneFact(QStringLiteral("by-hand"))).toBool();
        QTimer::singleShot(answerAfterMs, [done, told] {
            done(told ? StepOutcome::done() : StepOutcome::again(kLongWaitMs, QStringLiteral("w")));
        });
    };
    p.steps << make << byHand;
    return p;
}

} // namespace

class TestOperatorStep : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void waitsUntilDoneThenRunsAtOnce() {
        int runs = 0;
        ApplyEngine engine(plan(&runs, 0), QString());
        QVERIFY(!engine.waitsForOperator(0));
        engine.apply();
        QTRY_VERIFY(engine.waitsForOperator(1));
        QTest::qWait(100);
        QVERIFY(engine.waitsForOperator(1)); // still waiting: nothing else decides
        QCOMPARE(runs, 1);
        QCOMPARE(engine.operatorValues(1).size(), 1);
        QCOMPARE(engine.operatorValues(1).first().value, QStringLiteral("cen-1"));
        engine.operatorDone(1);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isFinished(), 2000);
        QCOMPARE(runs, 2);
        QVERIFY(!engine.waitsForOperator(1));
    }

    void doneDuringARunDoesNotWait() {
        int runs = 0;
        ApplyEngine engine(plan(&runs, 100), QString());
        engine.apply();
        QTRY_VERIFY(engine.waitsForOperator(1) && runs == 1); // the first run is reading
        engine.operatorDone(1);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isFinished(), 3000);
        QCOMPARE(runs, 2);
    }

    void doneIsJournaled() {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("apply.json"));
        int runs = 0;
        {
            ApplyEngine engine(plan(&runs, 0), journal);
            engine.apply();
            QTRY_VERIFY(engine.waitsForOperator(1));
            engine.stop(); // quit right after Done, before the step's next run
            engine.operatorDone(1);
        }
        QVERIFY(ApplyEngine::hasUnfinishedJournal(journal, QStringLiteral("operator-test")));
        ApplyEngine resumed(plan(&runs, 0), journal);
        QCOMPARE(resumed.resumedSteps(), 1);
        resumed.apply();
        QTRY_VERIFY_WITH_TIMEOUT(resumed.isFinished(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestOperatorStep)
#include "tst_operatorstep.moc"
