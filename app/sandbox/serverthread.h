#pragma once

#include "options.h"

#include <QObject>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <functional>

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

    // Something started in the server's thread right after the server: the provider emulators
    // (app/providers/*/emulator, which the sandbox library does not link). Its objects are
    // children of `parent`, so they live and die with the server, in its thread. It appends
    // what it serves to `lines` ("aliyun emulator: http://127.0.0.1:<port>"), or returns false
    // with `error`, which fails the start.
    using Companion = std::function<bool(const Options &options, QObject *parent,
                                         QStringList *lines, QString *error)>;
    // Before start().
    void addCompanion(Companion companion) { m_companions.append(std::move(companion)); }

    void start();
    // The server's base URL once ready() was emitted; empty before.
    QUrl baseUrl() const { return m_baseUrl; }
    // What the companions serve, once ready() was emitted.
    QStringList companionLines() const { return m_companionLines; }

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void startInThread();
    void onStarted(const QUrl &baseUrl, const QString &error, const QStringList &lines);

    Options m_options;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; parent of the Server
    bool m_started = false;
    QUrl m_baseUrl;
    QList<Companion> m_companions; // read in m_thread after start(): immutable by then
    QStringList m_companionLines;
};

} // namespace vpw::sandbox
