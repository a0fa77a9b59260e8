#include "acssignature.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

namespace vpw::aliyun {

QByteArray percentEncode(const QString &text) {
    // QByteArray::toPercentEncoding leaves exactly the unreserved set of RFC 3986 unencoded.
    return text.toUtf8().toPercentEncoding();
}

QByteArray canonicalQuery(const Params &params) {
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(params.size());
    for (const auto &[name, value] : params)
        encoded.append({percentEncode(name), percentEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray sha256Hex(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

namespace {

SignedHeaders sortedHeaders(const V3Input &input) {
    SignedHeaders headers;
    for (const auto &[name, value] : input.headers)
        headers.append({name.toLower(), value.trimmed()});
    std::sort(headers.begin(), headers.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return headers;
}

QByteArray signedHeaderList(const SignedHeaders &sorted) {
    QByteArray out;
    for (const auto &header : sorted) {
        if (!out.isEmpty())
            out += ';';
        out += header.first;
    }
    return out;
}

} // namespace

QByteArray v3CanonicalRequest(const V3Input &input) {
    const SignedHeaders headers = sortedHeaders(input);
    QByteArray out = input.method.toUpper() + '\n' + input.canonicalUri + '\n' +
                     canonicalQuery(input.query) + '\n';
    for (const auto &[name, value] : headers)
        out += name + ':' + value + '\n';
    out += '\n' + signedHeaderList(headers) + '\n' + input.payloadHash;
    return out;
}

QByteArray v3StringToSign(const QByteArray &canonicalRequest) {
    return QByteArray(kV3Algorithm) + '\n' + sha256Hex(canonicalRequest);
}

QByteArray v3Signature(const QByteArray &secret, const V3Input &input) {
    return QMessageAuthenticationCode::hash(v3StringToSign(v3CanonicalRequest(input)), secret,
                                            QCryptographicHash::Sha256)
        .toHex();
}

QByteArray v3Authorization(const QString &accessKeyId, const V3Input &input,
                           const QByteArray &signature) {
    return QByteArray(kV3Algorithm) + " Credential=" + accessKeyId.toUtf8() +
           ",SignedHeaders=" + signedHeaderList(sortedHeaders(input)) + ",Signature=" + signature;
}

std::optional<V3Authorization> parseV3Authorization(const QByteArray &header) {
    return providers::parseSignedAuthorization(header, kV3Algorithm, "Credential");
}

QByteArray rpcStringToSign(const QByteArray &method, const Params &params) {
    Params unsigned_;
    for (const auto &param : params) {
        if (param.first != QLatin1String("Signature"))
            unsigned_.append(param);
    }
    return method.toUpper() + '&' + percentEncode(QStringLiteral("/")) + '&' +
           percentEncode(QString::fromLatin1(canonicalQuery(unsigned_)));
}

QByteArray rpcSignature(const QByteArray &secret, const QByteArray &method, const Params &params) {
    return QMessageAuthenticationCode::hash(rpcStringToSign(method, params), secret + '&',
                                            QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray newNonce() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toHex();
}

QByteArray timestamp(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
        .toLatin1();
}

} // namespace vpw::aliyun
