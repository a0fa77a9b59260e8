// runAfterFirstFrame (app/core/firstframe.h): startup work waits until the first window is on
// screen, with a fallback when no window is exposed, and never outlives its context.
#include "app/core/firstframe.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace {

// Counts its paints, so a test can tell whether the work ran after the first frame.
class PaintCounter : public QWidget {
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

} // namespace

class TestFirstFrame : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsAfterTheFirstPaint();
    void runsOnceEvenWithMoreWindows();
    void fallsBackWhenNoWindowIsExposed();
    void nothingRunsWithoutItsContext();
};

void TestFirstFrame::runsAfterTheFirstPaint() {
    PaintCounter window;
    int paintsWhenRun = -1;
    vpw::runAfterFirstFrame(
        &window, [&] { paintsWhenRun = window.paints; }, 60000);
    QTest::qWait(50);
    QCOMPARE(paintsWhenRun, -1); // nothing shown yet: still waiting
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(paintsWhenRun != -1, 10000);
    QVERIFY2(paintsWhenRun >= 1, "the work ran before the first frame was painted");
}

void TestFirstFrame::runsOnceEvenWithMoreWindows() {
    QWidget first;
    QWidget second;
    int runs = 0;
    vpw::runAfterFirstFrame(
        &first, [&runs] { ++runs; }, 300);
    first.show();
    second.show();
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, 10000);
    QTest::qWait(600); // past the fallback too
    QCOMPARE(runs, 1);
}

void TestFirstFrame::fallsBackWhenNoWindowIsExposed() {
    QObject context;
    bool ran = false;
    vpw::runAfterFirstFrame(
        &context, [&ran] { ran = true; }, 100);
    QTRY_VERIFY_WITH_TIMEOUT(ran, 10000);
}

void TestFirstFrame::nothingRunsWithoutItsContext() {
    bool ran = false;
    {
        QObject context;
        vpw::runAfterFirstFrame(
            &context, [&ran] { ran = true; }, 50);
    }
    QWidget window;
    window.show();
    QTest::qWait(300);
    QVERIFY(!ran);
}

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
