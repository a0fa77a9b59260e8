#include "manualdeployment.h"

#include "app/core/fieldrules.h"
#include "app/core/providermodule.h"
#include "app/providers/registry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vpw::session {

namespace {

constexpr int kMaxNameLength = 64;

class Text {
    Q_DECLARE_TR_FUNCTIONS(vpw::session::ManualDeployment)
};

bool hasControl(const QString &text) {
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

std::optional<Edition> editionFromText(const QString &text) {
    if (auto e = editionFromString(text))
        return e;
    for (const Edition e : {Edition::Dedicated, Edition::Shared, Edition::Trial}) {
        if (text.compare(editionDisplayName(e), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

Verdict checkName(const QString &text) {
    const QString name = text.trimmed();
    if (name.isEmpty())
        return Verdict::error(QStringLiteral("name.empty"),
                              Text::tr("Enter the deployment's name as EMQX Cloud shows it."));
    if (hasControl(name))
        return Verdict::error(QStringLiteral("name.control"),
                              Text::tr("The name contains a control character. Type it again."));
    if (name.size() > kMaxNameLength)
        return Verdict::error(
            QStringLiteral("name.too_long"),
            Text::tr("The name is longer than %n characters.", nullptr, kMaxNameLength));
    return Verdict::ok(name);
}

Verdict checkProvider(const QString &text) {
    if (text.trimmed().isEmpty())
        return Verdict::error(QStringLiteral("provider.needed"),
                              Text::tr("Choose the deployment's cloud provider."));
    if (const Provider p = manualProvider(text))
        return Verdict::ok(p->id());
    QStringList names;
    for (const Provider p : providerModules())
        names << p->displayName();
    return Verdict::error(QStringLiteral("provider.unknown"),
                          Text::tr("Unknown cloud provider. Choose one of: %1.")
                              .arg(names.join(QStringLiteral(", "))));
}

Verdict needProvider() {
    return Verdict::error(QStringLiteral("provider.needed"),
                          Text::tr("Choose the cloud provider first: the format depends on it."));
}

Verdict checkRegion(Provider provider, const QString &text) {
    const Verdict verdict = checkField(FieldKind::region(), text);
    if (verdict.isError() || !provider)
        return verdict;
    if (!provider->knownRegions().contains(verdict.normalized))
        return Verdict::warning(QStringLiteral("region.unknown"),
                                Text::tr("%1 does not document the region %2. Check it in the EMQX "
                                         "Cloud console.")
                                    .arg(provider->displayName(), verdict.normalized),
                                verdict.normalized);
    return verdict;
}

Verdict checkEdition(const QString &text) {
    const auto edition = editionFromText(text.trimmed());
    if (!edition)
        return Verdict::error(QStringLiteral("edition.unknown"),
                              Text::tr("Unknown edition. Choose dedicated, shared or free trial."));
    if (!editionSupportsPeering(*edition))
        return Verdict::error(
            QStringLiteral("edition.no_peering"),
            Text::tr("VPC peering is available on dedicated deployments only, not on "
                     "free-trial or shared deployments."));
    return Verdict::ok(editionToString(*edition));
}

} // namespace

const QList<ManualField> &manualFields() {
    static const QList<ManualField> fields{
        ManualField::Name, ManualField::Provider,       ManualField::Region, ManualField::VpcId,
        ManualField::Cidr, ManualField::CloudAccountId, ManualField::Edition};
    return fields;
}

QString manualFieldKey(ManualField field) {
    switch (field) {
    case ManualField::Name:
        return QStringLiteral("name");
    case ManualField::Provider:
        return QStringLiteral("provider");
    case ManualField::Region:
        return QStringLiteral("region");
    case ManualField::VpcId:
        return QStringLiteral("vpcId");
    case ManualField::Cidr:
        return QStringLiteral("cidr");
    case ManualField::CloudAccountId:
        return QStringLiteral("cloudAccountId");
    case ManualField::Edition:
        return QStringLiteral("edition");
    }
    Q_UNREACHABLE();
}

QString manualFieldLabel(ManualField field) {
    switch (field) {
    case ManualField::Name:
        return Text::tr("Deployment name");
    case ManualField::Provider:
        return Text::tr("Cloud provider");
    case ManualField::Region:
        return Text::tr("Region");
    case ManualField::VpcId:
        return Text::tr("Deployment VPC ID");
    case ManualField::Cidr:
        return Text::tr("Deployment CIDR block");
    case ManualField::CloudAccountId:
        return Text::tr("EMQX Cloud account ID");
    case ManualField::Edition:
        return Text::tr("Edition");
    }
    Q_UNREACHABLE();
}

QList<std::pair<QString, QString>> manualProviderChoices() {
    QList<std::pair<QString, QString>> choices;
    for (const Provider p : providerModules())
        choices.append({p->id(), p->displayName()});
    return choices;
}

Provider manualProvider(const QString &text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return nullptr;
    if (const auto p = providerFromString(t))
        return *p;
    for (const Provider p : providerModules()) {
        if (t.compare(p->displayName(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return nullptr;
}

Verdict checkManualField(const ManualInput &input, ManualField field) {
    const QString text = input.value(field);
    const Provider provider = manualProvider(input.value(ManualField::Provider));
    switch (field) {
    case ManualField::Name:
        return checkName(text);
    case ManualField::Provider:
        return checkProvider(text);
    case ManualField::Region:
        return checkRegion(provider, text);
    case ManualField::VpcId:
        return provider ? checkField(provider->deploymentVpcIdKind(), text) : needProvider();
    case ManualField::Cidr: {
        CidrContext context;
        context.provider = provider;
        return checkVpcCidr(context, text);
    }
    case ManualField::CloudAccountId:
        return provider ? checkField(provider->cloudAccountIdKind(), text) : needProvider();
    case ManualField::Edition:
        return checkEdition(text);
    }
    Q_UNREACHABLE();
}

std::optional<Deployment> manualDeployment(const QString &id, const ManualInput &input,
                                           QList<ManualProblem> *problems) {
    QHash<ManualField, QString> values;
    bool ok = true;
    for (const ManualField field : manualFields()) {
        const Verdict verdict = checkManualField(input, field);
        if (verdict.isError()) {
            ok = false;
            if (problems)
                problems->append({field, verdict});
        } else {
            values.insert(field, verdict.normalized);
        }
    }
    if (!ok)
        return std::nullopt;
    Deployment d;
    d.id = id;
    d.name = values.value(ManualField::Name);
    d.provider = manualProvider(values.value(ManualField::Provider));
    d.region = values.value(ManualField::Region);
    d.edition = editionFromString(values.value(ManualField::Edition)).value_or(Edition::Dedicated);
    d.vpcId = values.value(ManualField::VpcId);
    d.cidr = Cidr::parse(values.value(ManualField::Cidr)).cidr.value_or(Cidr());
    d.cloudAccountId = values.value(ManualField::CloudAccountId);
    return d;
}

ManualInput manualInput(const Deployment &deployment) {
    return {{ManualField::Name, deployment.name},
            {ManualField::Provider, providerToString(deployment.provider)},
            {ManualField::Region, deployment.region},
            {ManualField::VpcId, deployment.vpcId},
            {ManualField::Cidr, deployment.cidr.toString()},
            {ManualField::CloudAccountId, deployment.cloudAccountId},
            {ManualField::Edition, editionToString(deployment.edition)}};
}

namespace {

// The labels of EMQX Cloud's console (English and Simplified Chinese), lower case, most
// specific first: "Deployment VPC CIDR" is a CIDR, not a VPC ID.
std::optional<ManualField> fieldOfLabel(QString label) {
    label = label.trimmed().toLower();
    label.remove(QLatin1Char('*'));
    label = label.simplified();
    if (label.isEmpty() || label.size() > 40)
        return std::nullopt;
    const auto has = [&label](const char *word) {
        return label.contains(QString::fromUtf8(word));
    };
    if (has("cidr") || has("网段") || has("ip range"))
        return ManualField::Cidr;
    if (has("account id") || has("账户 id") || has("账户id") || has("账号 id") || has("账号id") ||
        has("project id") || has("项目 id") || has("项目id"))
        return ManualField::CloudAccountId;
    if (has("vpc id") || has("vpcid"))
        return ManualField::VpcId;
    if (has("region") || has("地域") || has("区域"))
        return ManualField::Region;
    if (has("provider") || has("platform") || has("云服务商") || has("云平台") || has("云厂商"))
        return ManualField::Provider;
    if (has("edition") || has("plan") || has("版本"))
        return ManualField::Edition;
    if (has("deployment name") || has("部署名称") || label == QLatin1String("name") ||
        label == QStringLiteral("名称"))
        return ManualField::Name;
    return std::nullopt;
}

// A value as the console shows it: without a trailing "Copy" button text; a region shown as
// "华东1（杭州） cn-hangzhou" keeps its code.
QString cleanValue(ManualField field, QString value) {
    value = value.trimmed();
    for (const QString &button : {QStringLiteral("复制"), QStringLiteral("Copy")}) {
        if (value.endsWith(button, Qt::CaseInsensitive))
            value = value.chopped(button.size()).trimmed();
    }
    if (field == ManualField::Region) {
        static const QRegularExpression code(QStringLiteral("[a-z]{2,}(?:-[a-z0-9]+)+"));
        const auto match = code.match(value);
        if (match.hasMatch())
            return match.captured(0);
    }
    return value;
}

} // namespace

ManualInput parseConsoleText(const QString &text) {
    static const QRegularExpression separator(QStringLiteral("[:：\\t]"));
    ManualInput result;
    int pending = -1; // a label alone on its line (a ManualField): its value follows
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r?\\n|\\r")));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const int at = line.indexOf(separator);
        if (at > 0) {
            if (const auto field = fieldOfLabel(line.left(at))) {
                const QString value = cleanValue(*field, line.mid(at + 1));
                pending = -1;
                if (value.isEmpty())
                    pending = int(*field);
                else if (!result.contains(*field))
                    result.insert(*field, value);
                continue;
            }
        }
        if (const auto field = fieldOfLabel(line)) {
            pending = int(*field);
            continue;
        }
        if (pending >= 0) {
            const auto field = ManualField(pending);
            if (!result.contains(field))
                result.insert(field, cleanValue(field, line));
            pending = -1;
        }
    }
    // The console names the provider in its own language ("阿里云" in a Chinese console while
    // this application may run in English): the IDs' formats tell which provider it is.
    if (!manualProvider(result.value(ManualField::Provider)) &&
        result.contains(ManualField::VpcId)) {
        QList<Provider> fits;
        for (const Provider p : providerModules()) {
            if (checkField(p->deploymentVpcIdKind(), result.value(ManualField::VpcId)).isError())
                continue;
            if (result.contains(ManualField::CloudAccountId) &&
                checkField(p->cloudAccountIdKind(), result.value(ManualField::CloudAccountId))
                    .isError())
                continue;
            fits.append(p);
        }
        if (fits.size() == 1)
            result.insert(ManualField::Provider, fits.constFirst()->id());
    }
    return result;
}

} // namespace vpw::session
