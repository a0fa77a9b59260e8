#include "provideraccountcheck.h"

#include "app/core/logging.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/session/provideraccounttest.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace vpw {

namespace {

std::optional<secrets::ProviderAccount> findAccount(const secrets::ProfileStore &profiles,
                                                    const QString &nameOrId) {
    const auto all = profiles.providerAccounts()->accounts();
    for (Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const auto &account : all) {
            if ((sensitivity == Qt::CaseSensitive && account.id == nameOrId) ||
                account.name.compare(nameOrId, sensitivity) == 0)
                return account;
        }
    }
    return std::nullopt;
}

} // namespace

int testProviderAccount(secrets::ProfileStore &profiles, secrets::SecretStore &secrets,
                        const QString &nameOrId) {
    const auto account = findAccount(profiles, nameOrId);
    if (!account) {
        QStringList names;
        for (const auto &a : profiles.providerAccounts()->accounts())
            names << QStringLiteral("\"%1\" (%2)").arg(a.name, a.id);
        std::fprintf(stderr, "vpc-peering-wizard: %s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "no provider account is named \"%1\" or has that id. "
                                            "Provider accounts: %2")
                                    .arg(nameOrId, names.isEmpty()
                                                       ? QCoreApplication::translate("main", "none")
                                                       : names.join(QStringLiteral(", ")))));
        return 2;
    }
    qCInfo(lcCore).noquote() << "testing provider account" << account->id;
    session::ProviderAccountTest test(&secrets);
    int exitCode = 1;
    QObject::connect(&test, &session::ProviderAccountTest::finished, &test,
                     [&exitCode](const session::AccountTestOutcome &outcome) {
                         std::printf("%s\n", qPrintable(outcome.message));
                         if (!outcome.detail.isEmpty())
                             std::printf("%s\n", qPrintable(outcome.detail));
                         std::fflush(stdout);
                         exitCode = outcome.kind == session::AccountTestOutcome::Ok ? 0 : 1;
                         QCoreApplication::exit(0);
                     });
    test.start(*account);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace vpw
