#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>

namespace vpw {

namespace {

qint64 realtimeNs() {
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Watches for the first Expose of a window. The event filter runs before the window handles
// the event (and paints), so the report is posted behind it: it runs once the first frame is
// on screen. It is posted with high priority, ahead of what the application itself queued for
// after its first frame (app/core/firstframe.h): that work is not part of the first frame.
class Probe : public QObject {
public:
    Probe(qint64 launchedNs, QCoreApplication *app)
        : QObject(app)
        , m_launchedNs(launchedNs) {}

    bool eventFilter(QObject *watched, QEvent *event) override {
        if (!m_reported && event->type() == QEvent::Expose && watched->isWindowType()) {
            m_reported = true;
            QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
        }
        return false;
    }

protected:
    bool event(QEvent *event) override {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        report();
        return true;
    }

private:
    void report() {
        const double ms = double(realtimeNs() - m_launchedNs) / 1e6;
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const double cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                             (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
        std::fprintf(stderr, "vpw-startup-probe ms=%.2f cpu-ms=%.2f maxrss-kb=%ld\n", ms, cpuMs,
                     usage.ru_maxrss);
        std::fflush(stderr);
        dumpSmaps("");
        bool settle = false;
        const int settleMs = qEnvironmentVariableIntValue("VPW_STARTUP_SETTLE_MS", &settle);
        if (settle && settleMs > 0) {
            // The memory once what follows the first frame (the demo's in-process sandbox,
            // the first poll) has run too.
            startTimer(settleMs);
            return;
        }
        finish();
    }

    void timerEvent(QTimerEvent *) override {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::fprintf(stderr, "vpw-startup-settled maxrss-kb=%ld\n", usage.ru_maxrss);
        dumpSmaps(".settled");
        std::fflush(stderr);
        finish();
    }

    static void dumpSmaps(const char *suffix) {
        const QByteArray path = qgetenv("VPW_PROBE_SMAPS");
        if (path.isEmpty())
            return;
        QFile in(QStringLiteral("/proc/self/smaps"));
        QFile out(QString::fromLocal8Bit(path + suffix));
        if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly))
            out.write(in.readAll());
    }

    void finish() {
        if (qEnvironmentVariableIsSet("VPW_PROBE_HARD_EXIT"))
            _exit(0);
        QCoreApplication::exit(0);
    }

    qint64 m_launchedNs;
    bool m_reported = false;
};

} // namespace

void installStartupProbe(QCoreApplication &app) {
    bool ok = false;
    const QByteArray value = qgetenv("VPW_STARTUP_PROBE");
    if (value.isEmpty())
        return;
    const qint64 launched = value.toLongLong(&ok);
    if (!ok)
        return;
    app.installEventFilter(new Probe(launched, &app));
}

} // namespace vpw
