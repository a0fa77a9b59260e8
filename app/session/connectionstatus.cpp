#include "connectionstatus.h"

#include "app/core/timetext.h"

#include <QLocale>

namespace vpw::session {

namespace {

// A time of today as "14:02:11"; another day's with its date.
QString timeText(const QDateTime &utc) {
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    return displayTime(utc);
}

} // namespace

QString ConnectionStatus::text() const {
    switch (state) {
    case Idle:
        return tr("Not connected.");
    case Connecting:
        return tr("Connecting…");
    case Connected:
        if (lastSuccess.isValid())
            return tr("Connected. Last refreshed at %1.").arg(timeText(lastSuccess));
        return tr("Connected.");
    case Unreachable: {
        const QString since_ =
            since.isValid() ? tr("The service cannot be reached since %1.").arg(timeText(since))
                            : tr("The service cannot be reached.");
        if (lastSuccess.isValid())
            return since_ + QLatin1Char(' ') +
                   tr("Showing the data of %1.").arg(timeText(lastSuccess));
        return since_;
    }
    case RateLimited:
        return tr("The service asked to slow down; refreshing resumes at %1.").arg(timeText(until));
    case CredentialsRefused:
        return tr("The API key or secret was rejected. Check the credentials of this profile.");
    case NoSecret:
        return tr("No API secret is stored for this profile. Enter it in the profile settings.");
    case InvalidEndpoint:
        return message.isEmpty() ? tr("The endpoint of this profile is not usable.") : message;
    case KeychainError:
        return message.isEmpty() ? tr("The keychain could not be read.") : message;
    }
    return {};
}

} // namespace vpw::session
