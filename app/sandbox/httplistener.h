#pragma once

#include "httpmessage.h"

#include <QAbstractHttpServer>

#include <functional>

namespace vpw::sandbox {

// The thinnest possible layer over Qt 6.4's QAbstractHttpServer: every parsed request is copied
// into an HttpRequest and handed, with its socket, to one handler that owns routing and writes
// the answer itself (or later, or never: latency and hang faults). QHttpServer's own router is
// not used because its 6.4 API cannot tell 404 from 405, add headers to every answer, or hold
// an answer back.
class HttpListener : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<void(HttpRequest request, QTcpSocket *socket)>;

    explicit HttpListener(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace vpw::sandbox
