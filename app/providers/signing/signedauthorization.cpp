#include "signedauthorization.h"

namespace vpw::providers {

std::optional<SignedAuthorization>
parseSignedAuthorization(const QByteArray &header, const char *algorithm, const char *keyField) {
    const QByteArray prefix = QByteArray(algorithm) + ' ';
    if (!header.startsWith(prefix))
        return std::nullopt;
    SignedAuthorization out;
    bool key = false;
    for (const QByteArray &part : header.mid(prefix.size()).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        const QByteArray name = item.left(eq);
        const QByteArray value = item.mid(eq + 1);
        if (name == keyField) {
            out.keyId = QString::fromUtf8(value);
            key = true;
        } else if (name == "SignedHeaders") {
            for (const QByteArray &signedHeader : value.split(';'))
                out.signedHeaders.append(signedHeader.trimmed().toLower());
        } else if (name == "Signature") {
            out.signature = value;
        }
    }
    if (!key || out.signedHeaders.isEmpty() || out.signature.isEmpty())
        return std::nullopt;
    return out;
}

bool sameSignature(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace vpw::providers
