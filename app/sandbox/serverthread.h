#pragma once

#include "options.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace vpw::sandbox {

class Server;

// Runs a Server in its own QThread: the desktop app's in-process demo backend, so that the
// sandbox never competes with the GUI thread.
//
// start() is asynchronous and ends with exactly one of ready() or failed(), emitted in the
// thread of the ServerThread object (queued). Calling start() again after it began does
// nothing. The destructor stops the server (in its thread) and joins the thread; no signal is
// emitted after destruction began.
class ServerThread : public QObject {
    Q_OBJECT
public:
    explicit ServerThread(Options options, QObject *parent = nullptr);
    ~ServerThread() override;

    void start();
    // The server's base URL once ready() was emitted; empty before.
    QUrl baseUrl() const { return m_baseUrl; }

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void startInThread();
    void onStarted(const QUrl &baseUrl, const QString &error);

    Options m_options;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; parent of the Server
    bool m_started = false;
    QUrl m_baseUrl;
};

} // namespace vpw::sandbox
