// libFuzzer target: checkField of every FieldKind, and checkVpcCidr for both providers against
// a deployment's overlap index, on arbitrary text. A value that is accepted (Ok or Warning)
// must have a normalized form that is itself accepted unchanged (what the wizard submits is
// what the server re-checks), and contain no control character.

#include "fuzzcheck.h"

#include "app/core/fieldrules.h"
#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"

using namespace vpw;

namespace {

const FieldKind kKinds[] = {
    vpw::providers::aliyun::cenId(),
    vpw::providers::aliyun::accountId(),
    vpw::providers::aliyun::vpcId(),
    vpw::providers::huawei::peeringId(),
    vpw::providers::huawei::vpcId(),
    vpw::providers::huawei::userId(),
    vpw::providers::huawei::projectId(),
    FieldKind::vpcCidr(),
    FieldKind::region(),
};

bool hasControlCharacter(const QString &text) {
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// `check` and `which` name the function and its kind or provider in a finding; the text of a
// finding is built only then (fuzz::check with a callable), not for every passing input.
template <typename Recheck>
void checkAccepted(const Verdict &verdict, const QString &input, const char *check, int which,
                   const Recheck &recheck) {
    const auto text = [&] {
        return QStringLiteral("%1 %2 of %3").arg(QLatin1String(check)).arg(which).arg(input);
    };
    if (verdict.isError()) {
        fuzz::check(!verdict.code.isEmpty() && !verdict.message.isEmpty(),
                    "an error has a code and a message", text);
        fuzz::check(verdict.normalized.isEmpty(), "an error has no normalized value", text);
        return;
    }
    fuzz::check(!verdict.normalized.isEmpty(), "an accepted value has a normalized form", text);
    fuzz::check(!hasControlCharacter(verdict.normalized),
                "an accepted value has no control character", text);
    const Verdict again = recheck(verdict.normalized);
    fuzz::check(!again.isError(), "the normalized form is accepted", text);
    fuzz::check(again.normalized == verdict.normalized, "normalizing is idempotent", text);
}

const CidrContext &context(Provider provider) {
    static const auto make = [](Provider p) {
        CidrContext c;
        c.provider = p;
        c.existing =
            CidrIndex({{*Cidr::fromString(u"10.100.0.0/16"), QStringLiteral("deployment VPC")},
                       {*Cidr::fromString(u"192.168.10.0/24"), QStringLiteral("cen-a")},
                       {*Cidr::fromString(u"172.16.0.0/20"), QStringLiteral("cen-b")}});
        return c;
    };
    static const CidrContext aliyun = make(&vpw::providers::aliyun::module());
    static const CidrContext huawei = make(&vpw::providers::huawei::module());
    return provider == &vpw::providers::aliyun::module() ? aliyun : huawei;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = fuzz::textOf(data, size);
    int which = 0;
    for (const FieldKind &kind : kKinds) {
        checkAccepted(checkField(kind, text), text, "checkField kind", which++,
                      [&kind](const QString &value) { return checkField(kind, value); });
    }
    for (const Provider provider :
         {&vpw::providers::aliyun::module(), &vpw::providers::huawei::module()}) {
        const CidrContext &c = context(provider);
        checkAccepted(checkVpcCidr(c, text), text, "checkVpcCidr provider",
                      provider == &vpw::providers::aliyun::module() ? 0 : 1,
                      [&c](const QString &value) { return checkVpcCidr(c, value); });
    }
    return 0;
}
