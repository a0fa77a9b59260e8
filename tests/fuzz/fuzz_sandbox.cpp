// libFuzzer target: the sandbox's HTTP parser (HttpParser, the very object the listener feeds)
// and request path. The input is raw HTTP/1.1 bytes in parts separated by a line "#next" (so
// one input can create, then read or delete what it created); each part is one connection's
// byte stream: fed to a fresh parser, whose requests (several when pipelined) go through the
// server's counting, fault decision, authentication, rate limit, routing, JSON decoding and
// handlers (Server::handle, the listener's pipeline without a socket).
//
// Beyond not crashing: the parser answers the same whether the bytes arrive at once or in two
// pieces split anywhere; a request it yields has a path starting with "/"; a refusal is one of
// the statuses it may give; every answer has a valid status, a Date, and a body that is JSON
// whenever it says so.

#include "fuzzcheck.h"

#include "app/sandbox/httpparser.h"
#include "app/sandbox/server.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>
#include <iterator>
#include <memory>

using namespace vpw;
using namespace vpw::sandbox;

namespace {

const QByteArray kSeparator = QByteArrayLiteral("\n#next\n");
constexpr int kMaxRequestsPerInput = 16;
constexpr int kInputsPerServer = 500;

void silence(QtMsgType, const QMessageLogContext &, const QString &) {}

// What one part gives: the requests (in order) and the final refusal status (0: none).
struct Outcome {
    QList<ParsedRequest> requests;
    int refusal = 0;
};

// Feeds `bytes` to a fresh parser, split at `split` into two pieces, parsing after each.
Outcome parseAll(const QByteArray &bytes, qsizetype split) {
    HttpParser parser;
    Outcome outcome;
    const auto drain = [&] {
        while (outcome.requests.size() < kMaxRequestsPerInput && outcome.refusal == 0) {
            const HttpParser::Result result = parser.parse();
            if (result == HttpParser::Result::Request)
                outcome.requests.append(parser.takeRequest());
            else if (result == HttpParser::Result::Refusal)
                outcome.refusal = parser.refusal().status;
            else
                return;
        }
    };
    parser.feed(bytes.left(split));
    drain();
    parser.feed(bytes.mid(split));
    drain();
    return outcome;
}

bool sameRequest(const ParsedRequest &a, const ParsedRequest &b) {
    return a.head == b.head && a.http10 == b.http10 && a.keepAlive == b.keepAlive &&
           a.request.method == b.request.method && a.request.path == b.request.path &&
           a.request.query.query() == b.request.query.query() &&
           a.request.headers == b.request.headers && a.request.body == b.request.body;
}

void checkParser(const QByteArray &part) {
    const Outcome whole = parseAll(part, part.size());
    // Where to split: taken from the bytes, so the input decides it (and reproduces it).
    const qsizetype split = part.isEmpty() ? 0 : qsizetype(uchar(part.at(0))) * 31 % part.size();
    const Outcome pieces = parseAll(part, split);
    const auto what = [&] {
        return QStringLiteral("split at %1").arg(split);
    };
    fuzz::check(whole.refusal == pieces.refusal, "a refusal does not depend on the split", what);
    fuzz::check(whole.requests.size() == pieces.requests.size(),
                "the requests do not depend on the split", what);
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        fuzz::check(sameRequest(whole.requests.at(i), pieces.requests.at(i)),
                    "a request does not depend on the split", what);
        fuzz::check(whole.requests.at(i).request.path.startsWith(u'/'), "a path starts with /",
                    what);
    }
    static const int kRefusals[] = {0, 400, 413, 431, 501, 505};
    fuzz::check(std::find(std::begin(kRefusals), std::end(kRefusals), whole.refusal) !=
                    std::end(kRefusals),
                "a refusal is 400, 413, 431, 501 or 505", what);
}

void checkResponse(const HttpResponse &response, const HttpRequest &request) {
    const auto what = [&] {
        return QString::fromLatin1(request.method) + u' ' + request.path;
    };
    fuzz::check(response.status >= 200 && response.status <= 599, "status in 200..599", what);
    fuzz::check(!response.header("Date").isEmpty(), "every answer is dated", what);
    if (response.header("Content-Type").startsWith("application/json")) {
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        fuzz::check(error.error == QJsonParseError::NoError, "a JSON answer parses", what);
    }
    if (response.status >= 400)
        fuzz::check(!response.body.isEmpty(), "an error answer has a body", what);
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler(silence);
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    return 0;
}

// A seeded server, replaced by a fresh one every kInputsPerServer inputs: starting one per
// input (listening socket, seed data) would cost most of the time, while a server kept
// forever would fill with created peerings. A finding is reproduced by its input alone in
// nearly every case; when not, the log names the inputs since the last fresh server.
Server &server() {
    static std::unique_ptr<Server> current;
    static int inputs = 0;
    if (!current || ++inputs % kInputsPerServer == 0) {
        current.reset();
        Options options;
        options.apiKey = QStringLiteral("fuzz-key");
        options.apiSecret = QStringLiteral("fuzz-secret");
        current = std::make_unique<Server>(options);
        QString error;
        if (!current->start(&error))
            fuzz::fail("the sandbox starts", error);
    }
    return *current;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Server &server = ::server();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype from = 0;
    for (int n = 0; n < kMaxRequestsPerInput && from <= input.size(); ++n) {
        qsizetype to = input.indexOf(kSeparator, from);
        if (to < 0)
            to = input.size();
        const QByteArray part = input.mid(from, to - from);
        checkParser(part);
        for (const ParsedRequest &parsed : parseAll(part, part.size()).requests)
            checkResponse(server.handle(parsed.request), parsed.request);
        from = to + kSeparator.size();
    }
    return 0;
}
