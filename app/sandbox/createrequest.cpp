#include "createrequest.h"

#include "app/core/fieldrules.h"
#include "app/core/flow.h"
#include "app/core/peeringstate.h"
#include "app/core/provider.h"
#include "app/core/providermodule.h"
#include "app/core/reservedranges.h"

#include "app/wire/codec.h"

#include <QCoreApplication>

namespace vpw::sandbox {

namespace {

// The members as sent (app/wire/codec.h), before core's format rules.
using RawFields = wire::CreateRequestBody;

// 400 for anything that is not {"peeringId": string, ..., "region"?: string}; `field` names
// the member.
std::optional<RawFields> readShape(const QByteArray &body, ErrorAnswer *error) {
    wire::Decoded<RawFields> decoded = wire::decodeCreateRequest(body);
    if (!decoded.value) {
        const QString problem = decoded.error.text(wire::DecodeError::Language::English);
        *error = makeError(400, ErrorCode::BadRequest,
                           decoded.error.path.isEmpty()
                               ? QStringLiteral("The body must be a JSON object: %1.").arg(problem)
                               : problem + QLatin1Char('.'),
                           decoded.error.path);
    }
    return std::move(decoded.value);
}

ErrorAnswer invalidField(const QString &field, const Verdict &verdict) {
    ErrorAnswer error = makeError(422, ErrorCode::InvalidField, verdict.message, field);
    if (!verdict.code.isEmpty())
        error.extra.insert(QStringLiteral("reason"), verdict.code);
    if (!verdict.suggestion.isEmpty())
        error.extra.insert(QStringLiteral("suggestion"), verdict.suggestion);
    return error;
}

// 422 INVALID_FIELD for the first field whose format core rejects; fills the normalised values.
// The kind of each ID field comes from the provider's flow descriptor (the wizard validates
// with the same FieldSpecs), so a new provider needs no change here.
std::optional<ErrorAnswer> checkFormats(const Deployment &deployment, const RawFields &raw,
                                        PeeringRequest *request) {
    const FlowDescriptor *flow = flowFor(deployment.provider); // the provider module's
    if (!flow) {
        return makeError(500, ErrorCode::InternalError,
                         QStringLiteral("The sandbox has no flow for provider %1.")
                             .arg(providerToString(deployment.provider)));
    }
    const std::pair<RequestField, const QString &> ids[] = {
        {RequestField::PeeringId, raw.peeringId},
        {RequestField::AccountId, raw.accountId},
        {RequestField::VpcId, raw.vpcId}};
    for (const auto &[field, text] : ids) {
        const FieldSpec *spec = findField(*flow, field);
        if (!spec) {
            return makeError(
                500, ErrorCode::InternalError,
                QStringLiteral("The %1 flow does not collect %2.")
                    .arg(providerToString(deployment.provider), requestFieldWireName(field)));
        }
        const Verdict verdict = checkField(spec->kind, text);
        if (verdict.isError())
            return invalidField(requestFieldWireName(field), verdict);
        setRequestValue(*request, field,
                        verdict.normalized.isEmpty() ? text.trimmed() : verdict.normalized);
    }

    const CidrParseResult parsed = Cidr::parse(raw.cidr);
    if (!parsed.cidr || parsed.verdict.isError())
        return invalidField(QStringLiteral("cidr"), parsed.verdict);
    const Verdict limits = deployment.provider->checkCidrLimits(*parsed.cidr);
    if (limits.isError())
        return invalidField(QStringLiteral("cidr"), limits);
    request->cidr = *parsed.cidr;

    if (raw.region) {
        const Verdict verdict = checkField(FieldKind::region(), *raw.region);
        if (verdict.isError())
            return invalidField(QStringLiteral("region"), verdict);
        request->region = verdict.normalized.isEmpty() ? raw.region->trimmed() : verdict.normalized;
    }
    return std::nullopt;
}

std::optional<ErrorAnswer> checkCidrConflicts(const Deployment &deployment,
                                              const CidrIndex &existing, const QString &text,
                                              const Cidr &cidr) {
    CidrContext context;
    context.provider = deployment.provider;
    if (auto reserved = ReservedRanges::fromStrings(deployment.reservedCidrs))
        context.reserved = std::move(*reserved);
    context.existing = existing; // implicitly shared: not copied
    const Verdict verdict = checkVpcCidr(context, text);
    if (!verdict.isError())
        return std::nullopt;

    if (const AddressRange *range = context.reserved.findOverlap(cidr)) {
        ErrorAnswer error =
            makeError(422, ErrorCode::CidrReserved, verdict.message, QStringLiteral("cidr"));
        error.extra.insert(QStringLiteral("conflictingCidr"), range->label);
        return error;
    }
    if (const auto overlap = context.existing.findOverlap(cidr)) {
        ErrorAnswer error =
            makeError(422, ErrorCode::CidrOverlap, verdict.message, QStringLiteral("cidr"));
        error.extra.insert(QStringLiteral("conflictingCidr"), overlap->cidr.toString());
        return error;
    }
    return invalidField(QStringLiteral("cidr"), verdict); // any other rule core adds later
}

} // namespace

CreateCheck checkCreateRequest(const Deployment &deployment, const Store &store,
                               const QByteArray &body) {
    CreateCheck result;
    if (!editionSupportsPeering(deployment.edition)) {
        result.error =
            makeError(403, ErrorCode::EditionUnsupported,
                      QStringLiteral("VPC peering is not available on %1 deployments; it needs a "
                                     "dedicated deployment.")
                          .arg(editionToString(deployment.edition)));
        return result;
    }
    const std::optional<RawFields> raw = readShape(body, &result.error);
    if (!raw)
        return result;

    PeeringRequest request;
    if (auto error = checkFormats(deployment, *raw, &request)) {
        result.error = *error;
        return result;
    }
    if (raw->region && request.region != deployment.region) {
        result.error = makeError(
            422, ErrorCode::RegionMismatch,
            QStringLiteral("Peering is only possible within the deployment's region %1, not %2.")
                .arg(deployment.region, request.region),
            QStringLiteral("region"));
        return result;
    }
    const LivePeerings &live = store.livePeerings(deployment.id);
    if (auto error = checkCidrConflicts(deployment, live.cidrs, raw->cidr, request.cidr)) {
        result.error = *error;
        return result;
    }
    const QStringList holders = live.byPeeringId.value(request.peeringId);
    if (!holders.isEmpty()) {
        const Peering &existing = store.peering(holders.first())->peering;
        result.error = makeError(
            409, ErrorCode::Duplicate,
            QStringLiteral("Peering %1 already exists on this deployment (%2, %3).")
                .arg(request.peeringId, existing.id, peeringStateToString(existing.state)),
            QStringLiteral("peeringId"));
        return result;
    }
    result.request = request;
    return result;
}

} // namespace vpw::sandbox
