// vpc-peering-sandbox: the local peering API server (docs/api.md) as a standalone process.
#include "app/core/unixsignals.h"
#include "app/sandbox/server.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace {

constexpr int kUsageError = 2;

struct Parsed {
    std::optional<vpw::sandbox::Options> options;
    QString error;
};

bool parseNumber(const QString &text, double *out) {
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok;
}

Parsed parseArguments(const QCommandLineParser &parser) {
    using vpw::sandbox::Options;
    Options options;
    Parsed result;
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!parser.isSet(QStringLiteral("port")) || !ok || port > 65535) {
        result.error = QStringLiteral("--port is required: a TCP port, or 0 for a free one");
        return result;
    }
    options.port = quint16(port);
    const QString bind = parser.value(QStringLiteral("bind"));
    if (!options.bind.setAddress(bind)) {
        result.error = QStringLiteral("--bind: not an IP address: %1").arg(bind);
        return result;
    }
    options.apiKey = parser.value(QStringLiteral("api-key"));
    options.apiSecret = parser.value(QStringLiteral("api-secret"));
    if (options.apiKey.isEmpty() || options.apiSecret.isEmpty()) {
        result.error = QStringLiteral("--api-key and --api-secret are required");
        return result;
    }
    if (!parseNumber(parser.value(QStringLiteral("time-scale")), &options.timeScale) ||
        !(options.timeScale > 0)) {
        result.error = QStringLiteral("--time-scale must be a positive number");
        return result;
    }
    if (parser.isSet(QStringLiteral("auto-attach-after"))) {
        double seconds = 0;
        if (!parseNumber(parser.value(QStringLiteral("auto-attach-after")), &seconds) ||
            !(seconds >= 0)) {
            result.error = QStringLiteral("--auto-attach-after must be zero or more seconds");
            return result;
        }
        options.autoAttachAfterSeconds = seconds;
    }
    options.rateLimit = parser.value(QStringLiteral("rate-limit")).toInt(&ok);
    if (!ok || options.rateLimit < 0) {
        result.error = QStringLiteral("--rate-limit must be 0 (off) or a number of requests");
        return result;
    }
    options.clockOffsetMs = parser.value(QStringLiteral("clock-offset-ms")).toLongLong(&ok);
    if (!ok) {
        result.error = QStringLiteral("--clock-offset-ms must be a whole number");
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
        "tests. Listens on loopback only; exits cleanly on SIGINT and SIGTERM."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."),
         QStringLiteral("port")},
        {QStringLiteral("bind"), QStringLiteral("Loopback address to listen on."),
         QStringLiteral("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("api-key"), QStringLiteral("API key clients authenticate with."),
         QStringLiteral("key")},
        {QStringLiteral("api-secret"), QStringLiteral("API secret clients authenticate with."),
         QStringLiteral("secret")},
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
         QStringLiteral("Keep the state in this JSON file (saved atomically after every change)."),
         QStringLiteral("file")},
        {QStringLiteral("clock-offset-ms"),
         QStringLiteral("Skew the server clock (Date header, timestamps) by this much."),
         QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("no-seed"), QStringLiteral("Start without the demo data.")},
        {QStringLiteral("seed-deployments"),
         QStringLiteral("Add this many dedicated deployments to the demo data (load tests)."),
         QStringLiteral("n"), QStringLiteral("0")},
    });
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
    vpw::quitOnTerminationSignals(app);
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
