#pragma once

// Drives the peering wizard in tests: a real sandbox (in-process, 127.0.0.1, free port), a real
// Session on it with a ManualClock, and helpers that find the wizard's widgets by objectName
// and click its buttons as an operator would. Header-only; shared by tst_wizard*.cpp.

#include "app/core/clock.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "app/session/deploymentmodel.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "app/session/sessionmanager.h"
#include "tests/cloud/sandboxfixture.h"
#include "ui/wizard/fieldeditor.h"
#include "ui/wizard/peeringwizard.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QLineEdit>
#include <QTest>

#include <memory>

namespace vpw::test {

inline const QString kWizardSecret = QStringLiteral("wizard-test-secret");
inline const QString kWizardKey = QStringLiteral("wizard");

// Valid values for the seeded deployments' flows (Hangzhou: Aliyun, Beijing: Huawei).
namespace valid {
inline const QString CenId = QStringLiteral("cen-4kq2m8x1n7p3r5s9tz");
inline const QString AliyunAccount = QStringLiteral("1688000000000000");
inline const QString AliyunVpc = QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1abc");
inline const QString HuaweiPeering = QStringLiteral("5c1e8a3d-7b2f-4e6a-9d0c-1f2e3a4b5c6d");
inline const QString HuaweiVpc = QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890fe");
inline const QString HuaweiUser = QStringLiteral("0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e");
inline const QString AwsPeering = QStringLiteral("pcx-0f1e2d3c4b5a69788");
inline const QString AwsVpc = QStringLiteral("vpc-0a1b2c3d4e5f6a7b8");
inline const QString AwsOwner = QStringLiteral("123456789012");
} // namespace valid

class WizardHarness {
public:
    WizardHarness()
        : clock(QDateTime::currentMSecsSinceEpoch()) {}

    // Starts the sandbox (with `options`) and a connected session on it; true once the
    // session lists the seeded deployments.
    bool start(sandbox::Options options = {}) {
        options.apiKey = kWizardKey;
        options.apiSecret = kWizardSecret;
        if (!sandbox.start(options))
            return false;
        return connect();
    }

    // A new session (the previous one is closed), on the same sandbox.
    bool connect() {
        sessions.close();
        secrets::Profile profile;
        profile.id = profileId;
        profile.name = QStringLiteral("Sandbox");
        profile.endpoint = sandbox.server().baseUrl();
        profile.apiKey = kWizardKey;
        profile.demo = true;
        secretStore.setSessionSecret(profile.id, kWizardSecret);
        session = sessions.open(profile);
        // The seeded deployments and peerings: once both are listed, no first full list is still
        // on its way (it would not know a peering the test creates).
        return QTest::qWaitFor(
            [this] {
                return session->deployments()->rowCount() == 6 &&
                       session->peerings()->rowCount() >= 3;
            },
            20000);
    }

    // The profile the session connects as (set before start()): the wizard's journals are kept
    // per profile.
    QString profileId = QString::fromLatin1(secrets::ProfileStore::DemoProfileId);
    SandboxFixture sandbox;
    ManualClock clock;
    secrets::SecretStore secretStore;
    // The owner of the session, as in the application (a WizardLauncher follows it).
    session::SessionManager sessions{&secretStore, &clock};
    session::Session *session = nullptr; // sessions.current()
};

inline QString currentPageName(const QWizard *wizard) {
    return wizard->currentPage() ? wizard->currentPage()->objectName() : QString();
}

// The button that moves on from the current page: Next, or Submit on the commit page.
inline QAbstractButton *forwardButton(QWizard *wizard) {
    QAbstractButton *commit = wizard->button(QWizard::CommitButton);
    return commit->isVisible() ? commit : wizard->button(QWizard::NextButton);
}

// Clicks Next (or Submit) when it is enabled; false otherwise.
inline bool clickForward(QWizard *wizard) {
    QAbstractButton *button = forwardButton(wizard);
    if (!button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

inline QLineEdit *fieldEdit(QWizard *wizard, const QString &key) {
    return wizard->currentPage()->findChild<QLineEdit *>(key + QStringLiteral("Edit"));
}

inline ui::FieldEditor *fieldEditor(QWizard *wizard, const QString &key) {
    return wizard->currentPage()->findChild<ui::FieldEditor *>(key + QStringLiteral("Field"));
}

// Replaces the text of the field `key` on the current page by typing `text`.
inline bool typeInto(QWizard *wizard, const QString &key, const QString &text) {
    QLineEdit *edit = fieldEdit(wizard, key);
    if (!edit)
        return false;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    return true;
}

} // namespace vpw::test
