#include "automation.h"

#include "applyengine.h"
#include "deploymentmodel.h"
#include "emqxsteps.h"
#include "peeringmodel.h"
#include "session.h"

#include "app/core/cidrindex.h"
#include "app/core/providermodule.h"
#include "app/core/reservedranges.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace vpw::session {

namespace {

QHash<QString, AutomationFactory> &registry() {
    static QHash<QString, AutomationFactory> factories;
    return factories;
}

} // namespace

ProviderAutomation::~ProviderAutomation() = default;

void registerAutomation(const QString &providerId, AutomationFactory factory) {
    registry().insert(providerId, std::move(factory));
}

bool hasAutomation(const QString &providerId) {
    return registry().contains(providerId);
}

DoItForMe::DoItForMe(Session *session, secrets::SecretStore *secrets,
                     secrets::ProviderAccount account, QString deploymentId, QString journalDir,
                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_secrets(secrets)
    , m_account{std::move(account), {}}
    , m_deploymentId(std::move(deploymentId))
    , m_journalDir(std::move(journalDir)) {}

DoItForMe::~DoItForMe() = default;

void DoItForMe::loadChoices() {
    auto fail = [this](const QString &code, const QString &explanation) {
        m_choices = {};
        m_choices.error.code = code;
        m_choices.error.explanation = explanation;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT choicesReady(m_choices); }, Qt::QueuedConnection);
    };
    const auto deployment =
        m_session ? m_session->deployments()->deployment(m_deploymentId) : std::nullopt;
    if (!deployment || !hasAutomation(m_account.account.provider)) {
        fail(QStringLiteral("unavailable"),
             tr("This deployment's cloud-side steps cannot be done by the application."));
        return;
    }
    secrets::SecretJob *job = m_secrets->readAccountSecret(m_account.account.id);
    job->onFinished(this, [this, fail, deployment](const secrets::SecretJob &result) {
        if (!result.isOk()) {
            fail(QStringLiteral("keychain"),
                 result.isNotFound()
                     ? tr("No AccessKey secret is stored for this account. Add it under "
                          "Provider accounts.")
                     : result.error().message);
            return;
        }
        m_account.secret = result.secret();
        m_automation =
            registry().value(m_account.account.provider)(m_account, m_session, *deployment);
        m_automation->loadChoices(this, [this](AutomationChoices choices) {
            checkVpcs(choices);
            m_choices = std::move(choices);
            Q_EMIT choicesReady(m_choices);
        });
    });
}

// The live checks of a typed VPC CIDR, on every VPC of the account.
void DoItForMe::checkVpcs(AutomationChoices &choices) const {
    const auto deployment =
        m_session ? m_session->deployments()->deployment(m_deploymentId) : std::nullopt;
    if (!deployment)
        return;
    const auto reserved = ReservedRanges::fromStrings(deployment->reservedCidrs)
                              .value_or(ReservedRanges::documentedDefault());
    // The record of an interrupted Apply is this plan's own: its VPC stays choosable.
    QString ownRecord;
    if (const auto interrupted = interruptedJournal())
        ownRecord = interrupted->recordId;
    QList<Peering> peerings = m_session->peerings()->peeringsOf(m_deploymentId);
    peerings.removeIf([&ownRecord](const Peering &p) { return p.id == ownRecord; });
    const CidrIndex index = buildCidrIndex(*deployment, peerings);
    for (AutomationChoice &vpc : choices.vpcs) {
        const auto cidr = Cidr::fromString(vpc.cidr);
        if (!cidr) {
            vpc.enabled = false;
            vpc.reason = tr("Its CIDR block %1 cannot be read.").arg(vpc.cidr);
        } else if (reserved.findOverlap(*cidr)) {
            vpc.enabled = false;
            vpc.reason =
                tr("Its CIDR block %1 is inside EMQX Cloud's reserved range.").arg(vpc.cidr);
        } else if (const auto overlap = index.findOverlap(*cidr)) {
            vpc.enabled = false;
            vpc.reason = tr("Its CIDR block %1 overlaps %2.").arg(vpc.cidr, overlap->owner);
        } else if (deployment->provider) {
            const Verdict limits = deployment->provider->checkCidrLimits(*cidr);
            if (limits.isError()) {
                vpc.enabled = false;
                vpc.reason = limits.message;
            }
        }
    }
}

QString DoItForMe::checkSelection(const AutomationSelection &selection) const {
    const AutomationChoice *vpc = nullptr;
    for (const AutomationChoice &c : m_choices.vpcs) {
        if (c.id == selection.vpcId)
            vpc = &c;
    }
    if (!vpc)
        return tr("Choose your VPC.");
    if (!vpc->enabled)
        return vpc->reason;
    const auto interrupted = interruptedJournal();
    const bool madeByInterrupted = interrupted && selection.cenId.isEmpty() &&
                                   interrupted->selection.vpcId == selection.vpcId &&
                                   interrupted->createdContainer == vpc->cenId;
    if (m_choices.usesCen && !vpc->cenId.isEmpty() && vpc->cenId != selection.cenId &&
        !madeByInterrupted)
        return tr("Your VPC is attached to the CEN %1 already; a VPC belongs to one CEN only. "
                  "Choose that CEN.")
            .arg(vpc->cenId);
    for (const AutomationChoice &cen : m_choices.cens) {
        if (cen.id == selection.cenId && !cen.enabled)
            return cen.reason;
    }
    if (selection.securityGroupId.isEmpty())
        return tr("Choose the security group of the instances that use MQTT.");
    if (m_choices.usesRouteTable && selection.routeTableId.isEmpty())
        return tr("Choose the route table of your VPC.");
    if (selection.ports.isEmpty())
        return tr("Tick at least one port to open.");
    return {};
}

ApplyEngine *DoItForMe::prepare(const AutomationSelection &selection) {
    if (!m_automation || !checkSelection(selection).isEmpty())
        return nullptr;
    delete m_engine;
    ApplyPlan plan = m_automation->makePlan(selection, m_choices);
    // What interruptedSelection() reads back from the journal.
    QStringList ports;
    for (int port : selection.ports)
        ports << QString::number(port);
    plan.facts.insert(QStringLiteral("selection.deployment"), m_deploymentId);
    plan.facts.insert(QStringLiteral("selection.account"), m_account.account.id);
    // What the cloud side (cloudside.h) checks the peering against, later.
    if (const auto deployment =
            m_session ? m_session->deployments()->deployment(m_deploymentId) : std::nullopt) {
        plan.facts.insert(QStringLiteral("selection.deploymentCidr"), deployment->cidr.toString());
        plan.facts.insert(QStringLiteral("selection.region"), deployment->region);
        plan.facts.insert(QStringLiteral("selection.deploymentVpc"), deployment->vpcId);
    }
    plan.facts.insert(QStringLiteral("selection.vpc"), selection.vpcId);
    plan.facts.insert(QStringLiteral("selection.cen"), selection.cenId);
    plan.facts.insert(QStringLiteral("selection.securityGroup"), selection.securityGroupId);
    plan.facts.insert(QStringLiteral("selection.routeTable"), selection.routeTableId);
    plan.facts.insert(QStringLiteral("selection.ports"), ports.join(u','));
    const QString journal =
        m_journalDir.isEmpty()
            ? QString()
            : QDir(m_journalDir).filePath(QStringLiteral("apply-%1.json").arg(plan.id));
    m_engine = new ApplyEngine(std::move(plan), journal, m_clock, this);
    return m_engine;
}

std::optional<AutomationSelection> DoItForMe::interruptedSelection() const {
    if (const auto interrupted = interruptedJournal())
        return interrupted->selection;
    return std::nullopt;
}

std::optional<DoItForMe::Interrupted> DoItForMe::interruptedJournal() const {
    if (m_journalDir.isEmpty())
        return std::nullopt;
    const QDir dir(m_journalDir);
    const QStringList files =
        dir.entryList({QStringLiteral("apply-*.json")}, QDir::Files, QDir::Time);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject journal = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject facts = journal.value(QStringLiteral("facts")).toObject();
        const auto fact = [&facts](const char *key) {
            return facts.value(QLatin1String(key)).toString();
        };
        if (fact("selection.deployment") != m_deploymentId ||
            fact("selection.account") != m_account.account.id ||
            !ApplyEngine::hasUnfinishedJournal(dir.filePath(name),
                                               journal.value(QStringLiteral("plan")).toString()))
            continue;
        AutomationSelection selection;
        selection.vpcId = fact("selection.vpc");
        selection.cenId = fact("selection.cen");
        selection.securityGroupId = fact("selection.securityGroup");
        selection.routeTableId = fact("selection.routeTable");
        for (const QString &port : fact("selection.ports").split(u',', Qt::SkipEmptyParts))
            selection.ports << port.toInt();
        return Interrupted{selection, fact("emqx.recordId"),
                           facts.value(kCreatedContainerFact).toString()};
    }
    return std::nullopt;
}

HandOver DoItForMe::handOver() const {
    HandOver out;
    out.deploymentId = m_deploymentId;
    if (!m_engine)
        return out;
    const ApplyEngine &engine = *m_engine;
    if (engine.plan().request)
        out.request = engine.plan().request(engine.context());
    out.recordId = engine.fact(emqxsteps::kRecordId).toString();
    out.idempotencyKey = engine.fact(emqxsteps::kIdempotencyKey).toString();
    for (int i = 0; i < engine.stepCount(); ++i) {
        const PlanStep &step = engine.step(i);
        const ApplyEngine::State state = engine.status(i).state;
        if (state == ApplyEngine::State::Done || state == ApplyEngine::State::Skipped)
            out.done.append({step.guidedStep, step.title});
        else if (!out.pending.contains(step.guidedStep))
            out.pending.append(step.guidedStep);
    }
    const QStringList ports =
        engine.fact(QStringLiteral("selection.ports")).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &port : ports)
        out.ports.append(port.toInt());
    out.securityGroupId = engine.fact(QStringLiteral("selection.securityGroup")).toString();
    out.routeTableId = engine.fact(QStringLiteral("selection.routeTable")).toString();
    return out;
}

} // namespace vpw::session
