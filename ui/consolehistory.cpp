#include "consolehistory.h"

#include "app/core/timetext.h"
#include "app/session/consolebackend.h"
#include "app/session/consolewatcher.h"
#include "app/session/session.h"
#include "followupwidget.h"
#include "peeringdetails.h"

#include <QPointer>

#include <QCoreApplication>
#include <QStringList>

namespace vpw::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(vpw::ui::ConsoleHistory)
};

QString eventText(const session::ConsolePeeringEvent &event, const QString &provider) {
    switch (event.kind) {
    case session::ConsolePeeringEvent::Created:
        return Text::tr("Submitted in EMQX Cloud's console (Done)");
    case session::ConsolePeeringEvent::Confirmed: {
        const QString state = peeringStateDisplayText(event.state);
        QString text = event.byProvider ? Text::tr("%1, seen on %2").arg(state, provider)
                                        : Text::tr("%1, told by you").arg(state);
        if (!event.detail.isEmpty())
            text += QStringLiteral(": ") + event.detail;
        return text;
    }
    case session::ConsolePeeringEvent::Removed:
        return Text::tr("Marked removed");
    }
    return {};
}

} // namespace

QString consoleHistoryText(const session::Session *session, const QString &recordId) {
    session::ConsoleBackend *console = session ? session->console() : nullptr;
    const auto entry = console ? console->peeringEntry(recordId) : std::nullopt;
    if (!entry)
        return {};
    const QString provider = providerDisplayName(entry->peering.provider);
    QStringList lines;
    for (const session::ConsolePeeringEvent &event : entry->history)
        lines << displayTime(event.at) + QStringLiteral(" — ") + eventText(event, provider);
    if (console->watcher() && !console->watcher()->providerStatus(recordId).isEmpty())
        lines
            << Text::tr("%1 says: %2").arg(provider, console->watcher()->providerStatus(recordId));
    return lines.join(QLatin1Char('\n'));
}

void keepConsoleFollowUp(session::Session *session, const QString &recordId,
                         FollowUpWidget *widget) {
    session::ConsoleBackend *console = session ? session->console() : nullptr;
    const auto entry = console ? console->peeringEntry(recordId) : std::nullopt;
    // One keeper per widget, for the peering it shows now (the details show it again at every
    // refresh: the same keeper stays).
    QObject *keeper = widget->findChild<QObject *>(QStringLiteral("consoleFollowUpKeeper"),
                                                   Qt::FindDirectChildrenOnly);
    if (keeper && (!entry || keeper->property("recordId").toString() != recordId)) {
        QObject::disconnect(widget, nullptr, keeper, nullptr);
        keeper->setObjectName(QString());
        keeper->deleteLater();
        keeper = nullptr;
    }
    if (!entry)
        return;
    const auto keep = [](session::ConsoleBackend *backend, const QString &id,
                         const FollowUpInput &input) {
        session::ConsoleCloudSide cloudSide;
        cloudSide.securityGroupId = input.securityGroupId;
        cloudSide.routeTableId = input.routeTableId;
        for (quint16 port : input.ports)
            cloudSide.ports << port;
        backend->setCloudSide(id, cloudSide);
    };
    if (!entry->cloudSide.isEmpty()) {
        QList<quint16> ports;
        for (int port : entry->cloudSide.ports)
            ports << quint16(port);
        widget->setKnown(entry->cloudSide.securityGroupId, entry->cloudSide.routeTableId, ports);
    } else if (!widget->input().securityGroupId.isEmpty() ||
               !widget->input().routeTableId.isEmpty()) {
        keep(console, recordId, widget->input()); // handed over by "Do it for me"
    }
    if (keeper)
        return;
    keeper = new QObject(widget);
    keeper->setProperty("recordId", recordId);
    keeper->setObjectName(QStringLiteral("consoleFollowUpKeeper"));
    QPointer<session::ConsoleBackend> guarded(console);
    QObject::connect(widget, &FollowUpWidget::inputEdited, keeper,
                     [guarded, recordId, widget, keep] {
                         if (guarded)
                             keep(guarded, recordId, widget->input());
                     });
}

void showConsoleDetails(PeeringDetails *details, session::Session *session,
                        const std::optional<Peering> &peering) {
    details->showHistory(peering ? consoleHistoryText(session, peering->id) : QString());
    if (peering && peering->state == PeeringState::Running && details->followUpWidget())
        keepConsoleFollowUp(session, peering->id, details->followUpWidget());
}

} // namespace vpw::ui
