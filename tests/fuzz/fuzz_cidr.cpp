// libFuzzer target: Cidr::parse on arbitrary text. Beyond not crashing, a parse that succeeds
// must be canonical and stable: its text is the Cidr's own, and parsing that text again gives
// the same network.

#include "fuzzcheck.h"

#include "app/core/cidr.h"

using namespace vpw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = fuzz::textOf(data, size);
    const CidrParseResult result = Cidr::parse(text);
    fuzz::check(result.cidr.has_value() == !result.verdict.isError(),
                "a CIDR is returned exactly when the verdict is not an error", text);
    if (!result.cidr) {
        fuzz::check(!result.verdict.code.isEmpty() && !result.verdict.message.isEmpty(),
                    "an error has a code and a message", text);
        return 0;
    }
    const Cidr cidr = *result.cidr;
    fuzz::check(cidr.prefixLength() >= 0 && cidr.prefixLength() <= 32, "prefix in 0..32", text);
    fuzz::check((cidr.network() & ~cidr.mask()) == 0, "no host bits", text);
    fuzz::check(result.verdict.normalized == cidr.toString(), "normalized is the CIDR's text",
                text);
    const auto again = Cidr::fromString(result.verdict.normalized);
    fuzz::check(again && *again == cidr, "the normalized text parses to the same CIDR", text);
    return 0;
}
