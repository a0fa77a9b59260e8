#pragma once

// What the "Do it for me" tests share (tst_doitforme, tst_continuebyhand, tst_consoledoitforme,
// tst_consoleapplyfailures, tst_sidecleanup, tst_consolecloudside): fast automations, both
// provider emulators in-process on an injected clock (coupled to the sandbox, or alone for a
// console profile), a console session and its deployments, the emulated operator's provider
// accounts, and the walk Choose how → Pick → Plan → Apply. Header-only; plain functions that
// return false/empty on failure so the calling test keeps its own QVERIFYs.

#include "app/core/clock.h"
#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/emqxcoupling.h"
#include "app/providers/huawei/automation/huaweiplan.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/sandbox/server.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"
#include "app/session/applyengine.h"
#include "app/session/automation.h"
#include "app/session/consolebackend.h"
#include "app/session/session.h"
#include "ui/doitforme/doitformewizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

namespace vpw::test {

inline constexpr int kDoItForMeTimeout = 30000;

// Both automations with short polls and back-offs (the clock is moved by a timer).
inline void registerFastAutomations() {
    aliyun::PlanTiming a;
    a.pollMs = 20;
    a.grantBackoffMs = 20;
    a.maxBackoffMs = 80;
    aliyun::registerAutomation(a);
    huawei::PlanTiming h;
    h.pollMs = 20;
    huawei::registerAutomation(h);
}

// Both provider emulators on 127.0.0.1 on `clock`, sharing `stateFile` with the sandbox (empty:
// no sandbox, and the clock runs ahead of the client's signatures, so those are not checked).
inline bool startProviderEmulators(Clock *clock, const QString &stateFile,
                                   std::unique_ptr<aliyun::Emulator> &aliyunEmulator,
                                   std::unique_ptr<huawei::Emulator> &huaweiEmulator,
                                   QString *error) {
    aliyun::EmulatorOptions ao;
    ao.clock = clock;
    huawei::EmulatorOptions ho;
    ho.clock = clock;
    if (stateFile.isEmpty()) {
        ao.checkTimestamp = false; // the clock runs ahead; the client signs now
        ao.checkNonce = false;
        ho.checkTimestamp = false;
    } else {
        ao.stateFile = stateFile;
        ho.stateFile = stateFile;
    }
    aliyunEmulator = std::make_unique<aliyun::Emulator>(ao);
    huaweiEmulator = std::make_unique<huawei::Emulator>(ho);
    return aliyunEmulator->start(error) && huaweiEmulator->start(error);
}

// The sandbox (API key `key`, `secret`) and both provider emulators coupled to it (EMQX's side of
// a peering follows the provider's), on `clock`, all three keeping their state in `stateFile`.
inline bool startCoupledSandbox(Clock *clock, const QString &stateFile, const QString &key,
                                const QString &secret, std::unique_ptr<sandbox::Server> &server,
                                std::unique_ptr<aliyun::Emulator> &aliyunEmulator,
                                std::unique_ptr<huawei::Emulator> &huaweiEmulator, QString *error) {
    sandbox::Options options;
    options.apiKey = key;
    options.apiSecret = secret;
    options.clock = clock;
    options.stateFile = stateFile;
    server = std::make_unique<sandbox::Server>(options);
    if (!server->start(error) ||
        !startProviderEmulators(clock, stateFile, aliyunEmulator, huaweiEmulator, error))
        return false;
    coupleProviderEmulators(server.get(), aliyunEmulator.get(), huaweiEmulator.get());
    return true;
}

// The peerings kept locally under console profile `profileId` (removed before and after a test).
inline void removeConsolePeerings(const QString &profileId) {
    QDir(QFileInfo(session::ConsoleBackend::peeringsPath(profileId)).absolutePath())
        .removeRecursively();
}

// A started session of an "EMQX Cloud console (by hand)" profile on `clock`.
inline std::unique_ptr<session::Session> openConsoleSession(const QString &profileId,
                                                            const QString &name, Clock *clock) {
    secrets::Profile profile;
    profile.id = profileId;
    profile.name = name;
    profile.kind = secrets::ProfileKind::Console;
    auto session = std::make_unique<session::Session>(profile, nullptr, clock);
    session->start();
    return session;
}

// A deployment typed into the console profile's list; its ID, empty (and the reason logged) when
// refused.
inline QString addConsoleDeployment(session::ConsoleBackend *console, const QString &name,
                                    const QString &provider, const QString &region,
                                    const QString &vpc, const QString &cidr,
                                    const QString &account) {
    QList<session::ManualProblem> problems;
    const auto added = console->add({{session::ManualField::Name, name},
                                     {session::ManualField::Provider, provider},
                                     {session::ManualField::Region, region},
                                     {session::ManualField::VpcId, vpc},
                                     {session::ManualField::Cidr, cidr},
                                     {session::ManualField::CloudAccountId, account},
                                     {session::ManualField::Edition, QStringLiteral("dedicated")}},
                                    &problems);
    if (!added && !problems.isEmpty())
        qWarning() << problems.first().verdict.message;
    return added ? added->id : QString();
}

// The emulated operator's account of `provider` ("acct-<provider>"), its secret written to
// `store` (session-only in the tests) before it is returned.
inline secrets::ProviderAccount writtenAccount(secrets::SecretStore *store, const QString &provider,
                                               const QString &name, const QString &keyId,
                                               const QString &secret, const QUrl &endpoint) {
    secrets::ProviderAccount a;
    a.id = QStringLiteral("acct-") + provider;
    a.provider = provider;
    a.name = name;
    a.accessKeyId = keyId;
    a.endpointOverride = endpoint;
    QSignalSpy written(store->writeAccountSecret(a.id, secret), &QObject::destroyed);
    written.wait(kDoItForMeTimeout);
    return a;
}
inline secrets::ProviderAccount aliyunAccount(secrets::SecretStore *store,
                                              const aliyun::Emulator *emulator,
                                              const QString &name = QStringLiteral("Ops")) {
    return writtenAccount(store, QStringLiteral("aliyun"), name, emulator->options().accessKeyId,
                          emulator->options().accessKeySecret, emulator->baseUrl());
}
inline secrets::ProviderAccount huaweiAccount(secrets::SecretStore *store,
                                              const huawei::Emulator *emulator,
                                              const QString &name = QStringLiteral("Ops")) {
    return writtenAccount(store, QStringLiteral("huawei"), name, emulator->options().accessKey,
                          emulator->options().secretKey, emulator->baseUrl());
}

// The child of `w` named `name`; a warning names it when missing.
template <typename T> T *namedChild(const QWidget *w, const QString &name) {
    T *found = w ? w->findChild<T *>(name) : nullptr;
    if (!found)
        qWarning() << "no" << name;
    return found;
}

// Choose how (with "Do it for me") → Pick (`vpcId` chosen from the list) → Plan, checked (or,
// with `resumedToo`, saying where an earlier Apply stopped). False when a step did not come.
inline bool pickAndPlan(ui::DoItForMeWizard *wizard, const QString &vpcId,
                        bool resumedToo = false) {
    wizard->show();
    if (wizard->currentId() != ui::DoItForMeWizard::ChooseHowPageId)
        return false;
    wizard->button(QWizard::NextButton)->click();
    auto *vpcs = namedChild<QComboBox>(wizard, QStringLiteral("vpcBox"));
    if (!vpcs || !QTest::qWaitFor([vpcs] { return vpcs->isEnabled() && vpcs->count() > 0; },
                                  kDoItForMeTimeout))
        return false;
    vpcs->setCurrentIndex(vpcs->findData(vpcId));
    if (!QTest::qWaitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); },
                         kDoItForMeTimeout))
        return false;
    wizard->button(QWizard::NextButton)->click();
    if (wizard->currentId() != ui::DoItForMeWizard::PlanPageId)
        return false;
    auto *planStatus = namedChild<QLabel>(wizard, QStringLiteral("planStatus"));
    return planStatus &&
           QTest::qWaitFor(
               [planStatus, resumedToo] {
                   return planStatus->text().startsWith(u"Checked") ||
                          (resumedToo && planStatus->text().startsWith(u"An earlier Apply"));
               },
               kDoItForMeTimeout);
}

// From a checked Plan: the clock's `ticker` started, Apply pressed, up to the step that waits for
// the operator's Done (console profile); that Done button, or null.
inline QAbstractButton *applyToOperatorStep(ui::DoItForMeWizard *wizard, QTimer *ticker) {
    ticker->start();
    wizard->button(QWizard::CommitButton)->click();
    auto *done = namedChild<QAbstractButton>(wizard, QStringLiteral("operatorDoneButton"));
    if (!done || !QTest::qWaitFor([done] { return done->isVisible(); }, kDoItForMeTimeout))
        return nullptr;
    return done;
}

// Presses the operator's `done`; the local record's ID once the engine has it (empty if never).
inline QString pressDone(ui::DoItForMeWizard *wizard, QAbstractButton *done) {
    QTest::mouseClick(done, Qt::LeftButton);
    session::ApplyEngine *engine = wizard->doItForMe()->engine();
    if (!QTest::qWaitFor(
            [engine] {
                return !engine->fact(QStringLiteral("emqx.recordId")).toString().isEmpty();
            },
            kDoItForMeTimeout))
        return {};
    return engine->fact(QStringLiteral("emqx.recordId")).toString();
}

} // namespace vpw::test
