// vpc-peering-sandbox: the local peering API server (docs/api.md) as a standalone process,
// with the emulators of the providers' own APIs (docs/providers-emulated.md) beside it.
#include "app/core/clock.h"
#include "app/core/unixsignals.h"
#include "app/providers/emulatorregistry.h"
#include "app/sandbox/server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

constexpr int kUsageError = 2;
constexpr int kMaxProviderFaultCount = 1000000;
constexpr char kSecretVariable[] = "VPW_SANDBOX_API_SECRET";

struct Parsed {
    std::optional<vpw::sandbox::Options> options;
    QString error;
};

// The sandbox's clock as the emulators read it: the wall clock shifted by --clock-offset-ms.
class OffsetClock final : public vpw::Clock {
public:
    explicit OffsetClock(qint64 offsetMs)
        : m_offsetMs(offsetMs) {}
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }

private:
    qint64 m_offsetMs;
};

// A whole number option from 0 to `max`.
bool countOption(const QCommandLineParser &parser, const char *name, int max, int *out,
                 QString *error) {
    bool ok = false;
    *out = parser.value(QLatin1String(name)).toInt(&ok);
    if (ok && *out >= 0 && *out <= max)
        return true;
    *error = QStringLiteral("--%1 must be a whole number from 0 to %2")
                 .arg(QLatin1String(name))
                 .arg(max);
    return false;
}

// A finite number within [min, max] (NaN and infinities fail every comparison or the range).
bool parseNumber(const QString &text, double min, double max, double *out) {
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok && *out >= min && *out <= max;
}

// The secret from --api-secret, --api-secret-file or the environment (in that order; the two
// options together are refused). The file and the variable keep it out of /proc/PID/cmdline,
// which every local user can read. A file's trailing line break is not part of the secret.
QString apiSecret(const QCommandLineParser &parser, QString *error) {
    const bool inline_ = parser.isSet(QStringLiteral("api-secret"));
    const bool fromFile = parser.isSet(QStringLiteral("api-secret-file"));
    if (inline_ && fromFile) {
        *error = QStringLiteral("--api-secret and --api-secret-file exclude each other");
        return {};
    }
    if (inline_)
        return parser.value(QStringLiteral("api-secret"));
    if (!fromFile)
        return qEnvironmentVariable(kSecretVariable);
    const QString path = parser.value(QStringLiteral("api-secret-file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("--api-secret-file: cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QByteArray secret = file.read(4096);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        *error = QStringLiteral("--api-secret-file: %1 is empty").arg(path);
        return {};
    }
    return QString::fromUtf8(secret);
}

Parsed parseArguments(const QCommandLineParser &parser) {
    using vpw::sandbox::Options;
    Options options;
    Parsed result;
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!parser.isSet(QStringLiteral("port")) || !ok || port > 65535) {
        result.error =
            QStringLiteral("--port is required: a TCP port from 0 to 65535 (0: a free one)");
        return result;
    }
    options.port = quint16(port);
    const QString bind = parser.value(QStringLiteral("bind"));
    if (!options.bind.setAddress(bind)) {
        result.error = QStringLiteral("--bind: not an IP address: %1").arg(bind);
        return result;
    }
    options.apiKey = parser.value(QStringLiteral("api-key"));
    options.apiSecret = apiSecret(parser, &result.error);
    if (!result.error.isEmpty())
        return result;
    if (options.apiKey.isEmpty() || options.apiSecret.isEmpty()) {
        result.error = QStringLiteral("--api-key and --api-secret are required (or the secret "
                                      "from --api-secret-file or %1)")
                           .arg(QLatin1String(kSecretVariable));
        return result;
    }
    using namespace vpw::sandbox::OptionLimits;
    if (!parseNumber(parser.value(QStringLiteral("time-scale")), kMinTimeScale, kMaxTimeScale,
                     &options.timeScale)) {
        result.error = QStringLiteral("--time-scale must be a number from %1 to %2")
                           .arg(kMinTimeScale)
                           .arg(kMaxTimeScale);
        return result;
    }
    if (parser.isSet(QStringLiteral("auto-attach-after"))) {
        double seconds = 0;
        if (!parseNumber(parser.value(QStringLiteral("auto-attach-after")), 0,
                         kMaxAutoAttachSeconds, &seconds)) {
            result.error = QStringLiteral("--auto-attach-after must be from 0 to %1 seconds")
                               .arg(kMaxAutoAttachSeconds, 0, 'f', 0);
            return result;
        }
        options.autoAttachAfterSeconds = seconds;
    }
    options.rateLimit = parser.value(QStringLiteral("rate-limit")).toInt(&ok);
    if (!ok || options.rateLimit < 0 || options.rateLimit > kMaxRateLimit) {
        result.error = QStringLiteral("--rate-limit must be from 0 (off) to %1 requests per minute")
                           .arg(kMaxRateLimit);
        return result;
    }
    options.clockOffsetMs = parser.value(QStringLiteral("clock-offset-ms")).toLongLong(&ok);
    if (!ok || options.clockOffsetMs < -kMaxClockOffsetMs ||
        options.clockOffsetMs > kMaxClockOffsetMs) {
        result.error =
            QStringLiteral("--clock-offset-ms must be a whole number from -%1 to %1 (ten years)")
                .arg(kMaxClockOffsetMs);
        return result;
    }
    options.stateFile = parser.value(QStringLiteral("state-file"));
    options.seed = !parser.isSet(QStringLiteral("no-seed"));
    options.seedDeployments = parser.value(QStringLiteral("seed-deployments")).toInt(&ok);
    if (!ok || options.seedDeployments < 0 || options.seedDeployments > 255) {
        result.error = QStringLiteral("--seed-deployments must be a number from 0 to 255");
        return result;
    }
    result.options = options;
    return result;
}

void addOptions(QCommandLineParser &parser) {
    parser.setApplicationDescription(QStringLiteral(
        "Local VPC peering API server (docs/api.md) for the VPC Peering Wizard's demo and "
        "tests. Listens on loopback only; exits cleanly on SIGINT and SIGTERM. Without "
        "--api-secret or --api-secret-file, the API secret is read from the environment "
        "variable VPW_SANDBOX_API_SECRET. The emulators of the Alibaba Cloud and Huawei Cloud "
        "APIs (docs/providers-emulated.md) listen on ports of their own, printed at start."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."),
         QStringLiteral("port")},
        {QStringLiteral("bind"), QStringLiteral("Loopback address to listen on."),
         QStringLiteral("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("api-key"), QStringLiteral("API key clients authenticate with."),
         QStringLiteral("key")},
        {QStringLiteral("api-secret"),
         QStringLiteral("API secret clients authenticate with (visible to every local user in "
                        "the process list: prefer --api-secret-file or %1).")
             .arg(QLatin1String(kSecretVariable)),
         QStringLiteral("secret")},
        {QStringLiteral("api-secret-file"),
         QStringLiteral("Read the API secret from this file (one line)."), QStringLiteral("file")},
        {QStringLiteral("time-scale"),
         QStringLiteral("Divide every duration (attach window, delete delay...) by this."),
         QStringLiteral("factor"), QStringLiteral("1")},
        {QStringLiteral("auto-attach-after"),
         QStringLiteral("Move a new pending peering to running after this many seconds."),
         QStringLiteral("seconds")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("Requests per minute per API key on /api/v1; 0 = no limit."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("state-file"),
         QStringLiteral("Keep the state in this SQLite file (one transaction per change; a JSON "
                        "state file of an earlier version is migrated once)."),
         QStringLiteral("file")},
        {QStringLiteral("clock-offset-ms"),
         QStringLiteral("Skew the server clock (Date header, timestamps) by this much."),
         QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("no-seed"), QStringLiteral("Start without the demo data.")},
        {QStringLiteral("seed-deployments"),
         QStringLiteral("Add this many dedicated deployments to the demo data (load tests)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("no-provider-emulators"),
         QStringLiteral("Do not start the providers' API emulators.")},
        {QStringLiteral("provider-rate-limit"),
         QStringLiteral("Fault knob: each emulator serves at most n calls of one operation per "
                        "second (real seconds); beyond, Alibaba Cloud answers 400 Throttling.User "
                        "and Huawei Cloud 429 APIGW.0308 with a Retry-After. 0 = no limit."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("throttle-provider-calls"),
         QStringLiteral("Fault knob: each emulator refuses its first n calls as throttled, "
                        "with the same answers."),
         QStringLiteral("n"), QStringLiteral("0")},
    });
    for (const vpw::sandbox::EmulatorFactory *factory : vpw::emulatorFactories())
        parser.addOptions(factory->commandLineOptions());
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vpc-peering-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VPW_VERSION));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app); // --help, --version, unknown options (exit code 1)

    const Parsed parsed = parseArguments(parser);
    if (!parsed.options) {
        std::fprintf(stderr, "vpc-peering-sandbox: %s\n", qPrintable(parsed.error));
        return kUsageError;
    }
    vpw::sandbox::Server server(*parsed.options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "vpc-peering-sandbox: %s\n", qPrintable(error));
        return kUsageError;
    }
    // The providers' own APIs, each on its own port, sharing the state file and the clock.
    const OffsetClock clock(parsed.options->clockOffsetMs);
    QObject emulators; // their parent: they go before the clock and the server
    QStringList emulatorLines;
    if (!parser.isSet(QStringLiteral("no-provider-emulators"))) {
        vpw::sandbox::EmulatorSettings common;
        common.bind = parsed.options->bind;
        common.clock = &clock;
        common.timeScale = parsed.options->timeScale;
        common.stateFile = parsed.options->stateFile;
        common.seed = parsed.options->seed;
        if (!countOption(parser, "provider-rate-limit", kMaxProviderFaultCount, &common.rateLimit,
                         &error) ||
            !countOption(parser, "throttle-provider-calls", kMaxProviderFaultCount,
                         &common.throttleFirst, &error)) {
            std::fprintf(stderr, "vpc-peering-sandbox: %s\n", qPrintable(error));
            return kUsageError;
        }
        // EMQX's side of the peerings follows the operator's side in them.
        for (const vpw::sandbox::EmulatorFactory *factory : vpw::emulatorFactories()) {
            vpw::sandbox::EmulatorSettings settings = common;
            if (!factory->readCommandLine(parser, &settings, &error)) {
                std::fprintf(stderr, "vpc-peering-sandbox: %s\n", qPrintable(error));
                return kUsageError;
            }
            const QUrl url = factory->start(settings, &server, &emulators, &error);
            if (url.isEmpty()) {
                std::fprintf(stderr, "vpc-peering-sandbox: emulator: %s\n", qPrintable(error));
                return kUsageError;
            }
            emulatorLines << factory->provider() + QLatin1String(" emulator: ") + url.toString();
        }
    }
    vpw::quitOnTerminationSignals(app);
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    for (const QString &line : emulatorLines)
        std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
    return app.exec();
}
