// libFuzzer target: the sandbox's request path. The input is raw HTTP/1.1 requests, separated
// by a line "#next" (so one input can create, then read or delete what it created); each goes
// through the server's counting, fault decision, authentication, rate limit, routing, JSON
// decoding and handlers (Server::handle), without a socket. Beyond not crashing: every answer has a
// valid status, a Date, and a body that is JSON whenever it says so.
//
// The request line and headers are split here the way an HTTP/1.1 parser would (a line without
// a colon is dropped, like Qt's); the path is decoded like HttpListener's.

#include "fuzzcheck.h"

#include "app/sandbox/server.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>

#include <memory>

using namespace vpw;
using namespace vpw::sandbox;

namespace {

const QByteArray kSeparator = QByteArrayLiteral("\n#next\n");
constexpr int kMaxRequestsPerInput = 16;
constexpr int kInputsPerServer = 500;

void silence(QtMsgType, const QMessageLogContext &, const QString &) {}

QByteArray methodOf(const QByteArray &token) {
    static const QByteArray known[] = {"GET",     "PUT",   "DELETE",  "POST", "HEAD",
                                       "OPTIONS", "PATCH", "CONNECT", "TRACE"};
    for (const QByteArray &method : known) {
        if (token == method)
            return method;
    }
    return QByteArrayLiteral("UNKNOWN");
}

QByteArray chompCr(QByteArray line) {
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

HttpRequest parseRequest(const QByteArray &raw) {
    HttpRequest request;
    qsizetype end = raw.indexOf("\r\n\r\n");
    qsizetype bodyStart = end < 0 ? -1 : end + 4;
    if (end < 0) {
        end = raw.indexOf("\n\n");
        bodyStart = end < 0 ? raw.size() : end + 2;
    }
    const QList<QByteArray> lines = raw.left(end < 0 ? raw.size() : end).split('\n');
    const QList<QByteArray> requestLine = chompCr(lines.value(0)).split(' ');
    request.method = methodOf(requestLine.value(0));
    const QUrl url = QUrl::fromEncoded(requestLine.value(1));
    request.path = url.path();
    if (request.path.isEmpty())
        request.path = QStringLiteral("/");
    while (request.path.size() > 1 && request.path.endsWith(u'/'))
        request.path.chop(1);
    request.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = chompCr(lines.at(i));
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    request.body = raw.mid(bodyStart);
    return request;
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
        const HttpRequest request = parseRequest(input.mid(from, to - from));
        checkResponse(server.handle(request), request);
        from = to + kSeparator.size();
    }
    return 0;
}
