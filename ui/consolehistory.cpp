#include "consolehistory.h"

#include "app/core/timetext.h"
#include "app/session/consolebackend.h"
#include "app/session/consolewatcher.h"
#include "app/session/session.h"

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

} // namespace vpw::ui
