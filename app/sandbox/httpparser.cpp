#include "httpparser.h"

#include <QStringList>

#include <algorithm>
#include <cstring>

namespace vpw::sandbox {

namespace {

bool isAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// RFC 9110 token characters (method and header names).
bool isToken(const QByteArray &text) {
    static constexpr char kSpecials[] = "!#$%&'*+-.^_`|~";
    if (text.isEmpty())
        return false;
    return std::all_of(text.cbegin(), text.cend(),
                       [](char c) { return isAlnum(c) || (c != 0 && std::strchr(kSpecials, c)); });
}

// RFC 9110 §7.2 / RFC 3986 §3.2.2: host [ ":" port ], reg-name or IP literal; may be empty.
bool isHostValue(const QByteArray &value) {
    static constexpr char kAllowed[] = "-._~!$&'()*+,;=%:[]";
    return std::all_of(value.cbegin(), value.cend(),
                       [](char c) { return isAlnum(c) || (c != 0 && std::strchr(kAllowed, c)); });
}

// Whether a comma-separated header value lists `token` (case-insensitive).
bool listsToken(const QByteArray &value, const char *token) {
    for (const QByteArray &item : value.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Decodes each segment on its own, so an encoded slash stays inside its segment (as "%2F")
// instead of becoming a separator. No trailing slash, except for "/" itself.
QString decodePath(const QByteArray &rawPath) {
    QStringList segments;
    for (const QByteArray &raw : rawPath.split('/')) {
        QString segment = QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
        segment.replace(u'/', QStringLiteral("%2F"));
        segments.append(segment);
    }
    QString path = segments.join(u'/');
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

HttpParser::HttpParser(ParserLimits limits)
    : m_limits(limits) {}

void HttpParser::feed(const char *data, qsizetype size) {
    if (m_phase == Phase::Refused || size <= 0)
        return;
    compact();
    m_buffer.append(data, size);
}

void HttpParser::compact() {
    // Drops what earlier requests consumed, once it is most of the buffer.
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

qsizetype HttpParser::room() const {
    switch (m_phase) {
    case Phase::Head:
        // One byte beyond the limit is enough to tell that the head is too large.
        return qMax<qsizetype>(1, m_limits.maxHeaderBytes + 1 - m_headBytes - buffered());
    case Phase::Body:
        return qMax<qsizetype>(1, m_bodyLength - buffered());
    case Phase::Refused:
        return 0;
    }
    return 0;
}

bool HttpParser::takeContinue() {
    const bool send = m_expectContinue && m_phase == Phase::Body && buffered() < m_bodyLength;
    m_expectContinue = false;
    return send;
}

HttpParser::Result HttpParser::refuse(int status, const QString &message) {
    m_phase = Phase::Refused;
    m_refusal = {status, message};
    m_buffer.clear();
    m_pos = 0;
    return Result::Refusal;
}

HttpParser::Result HttpParser::parse() {
    if (m_ready)
        return Result::Request;
    if (m_phase == Phase::Refused)
        return Result::Refusal;
    if (m_phase == Phase::Head) {
        const Result result = readHead();
        if (result != Result::Request)
            return result;
    }
    if (buffered() < m_bodyLength)
        return Result::NeedMore;
    m_current.request.body = m_buffer.mid(m_pos, m_bodyLength);
    m_pos += m_bodyLength;
    m_done = std::move(m_current);
    m_current = ParsedRequest();
    m_phase = Phase::Head;
    m_started = false;
    m_headBytes = 0;
    m_headerLines = 0;
    m_bodyLength = 0;
    m_expectContinue = false;
    m_ready = true;
    return Result::Request;
}

ParsedRequest HttpParser::takeRequest() {
    m_ready = false;
    compact();
    return std::move(m_done);
}

// Request when the head is complete (the body may still be missing); NeedMore or Refusal
// otherwise.
HttpParser::Result HttpParser::readHead() {
    const auto tooLarge = [this] {
        return refuse(431, QStringLiteral("The request line and headers exceed %1 bytes.")
                               .arg(m_limits.maxHeaderBytes));
    };
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', m_pos);
        if (end < 0)
            return buffered() > m_limits.maxHeaderBytes - m_headBytes ? tooLarge()
                                                                      : Result::NeedMore;
        const qsizetype length = end + 1 - m_pos;
        m_headBytes += length;
        if (m_headBytes > m_limits.maxHeaderBytes)
            return tooLarge();
        QByteArray line = m_buffer.mid(m_pos, length - 1);
        m_pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r') || line.contains('\0'))
            return refuse(400, QStringLiteral("A bare CR or a NUL in the request head."));
        if (!m_started) {
            if (line.isEmpty())
                continue; // a stray line break between requests (RFC 9112 §2.2)
            if (!startRequest(line))
                return Result::Refusal;
        } else if (line.isEmpty()) {
            return headComplete() ? Result::Request : Result::Refusal;
        } else if (!addHeader(line)) {
            return Result::Refusal;
        }
    }
}

bool HttpParser::startRequest(const QByteArray &line) {
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
        refuse(400, QStringLiteral("Malformed request line."));
        return false;
    }
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        refuse(505, QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are supported."));
        return false;
    }
    QByteArray target = parts.at(1);
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute form
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/')) {
        refuse(400, QStringLiteral("The request target must be a path."));
        return false;
    }
    if (const qsizetype hash = target.indexOf('#'); hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');

    m_started = true;
    m_current.http10 = version == "HTTP/1.0";
    m_current.head = parts.at(0) == "HEAD";
    HttpRequest &request = m_current.request;
    request.method = m_current.head ? QByteArray("GET") : parts.at(0);
    request.path = decodePath(question < 0 ? target : target.left(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    return true;
}

bool HttpParser::addHeader(const QByteArray &line) {
    if (++m_headerLines > m_limits.maxHeaderLines) {
        refuse(431, QStringLiteral("More than %1 header lines.").arg(m_limits.maxHeaderLines));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    // A line without a colon or with a folded continuation is malformed, not to be skipped:
    // the headers around it would otherwise be misread.
    if (colon <= 0 || !isToken(line.left(colon))) {
        refuse(400, QStringLiteral("Malformed header line."));
        return false;
    }
    m_current.request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpParser::headComplete() {
    const HttpRequest &request = m_current.request;
    int hosts = 0;
    QByteArray host;
    QByteArray length;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hosts;
            host = value;
        } else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (!length.isNull() && value != length) {
                refuse(400, QStringLiteral("Conflicting Content-Length headers."));
                return false;
            }
            length = value;
        }
    }
    if (hosts > 1 || (hosts == 0 && !m_current.http10) || !isHostValue(host)) {
        refuse(400, hosts > 1    ? QStringLiteral("More than one Host header.")
                    : hosts == 0 ? QStringLiteral("The Host header is missing.")
                                 : QStringLiteral("Invalid Host header."));
        return false;
    }
    const QByteArray connection = request.header("Connection");
    m_current.keepAlive =
        m_current.http10 ? listsToken(connection, "keep-alive") : !listsToken(connection, "close");
    if (request.hasHeader("Transfer-Encoding")) {
        refuse(501, QStringLiteral("Transfer-Encoding is not supported; send a Content-Length."));
        return false;
    }
    bool ok = true;
    const qint64 bodyLength = length.isNull() ? 0 : length.toLongLong(&ok);
    const bool digitsOnly =
        std::all_of(length.cbegin(), length.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (!ok || !digitsOnly) {
        refuse(400, QStringLiteral("Invalid Content-Length."));
        return false;
    }
    if (bodyLength > m_limits.maxBodyBytes) {
        refuse(413, QStringLiteral("The body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        return false;
    }
    m_expectContinue = bodyLength > 0 && listsToken(request.header("Expect"), "100-continue");
    m_bodyLength = bodyLength;
    m_phase = Phase::Body;
    return true;
}

} // namespace vpw::sandbox
