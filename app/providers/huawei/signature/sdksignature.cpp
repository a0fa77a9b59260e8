#include "sdksignature.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace vpw::huawei {

namespace {

QList<QPair<QByteArray, QByteArray>> sortedHeaders(const SignInput &input) {
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : input.headers)
        headers.append({name.toLower(), value.trimmed()});
    std::sort(headers.begin(), headers.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return headers;
}

QByteArray signedHeaderList(const QList<QPair<QByteArray, QByteArray>> &sorted) {
    QByteArray out;
    for (const auto &header : sorted) {
        if (!out.isEmpty())
            out += ';';
        out += header.first;
    }
    return out;
}

} // namespace

QByteArray percentEncode(const QString &text) {
    return text.toUtf8().toPercentEncoding();
}

QByteArray canonicalUri(const QString &path) {
    QByteArray out;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts))
        out += '/' + percentEncode(segment);
    return out + '/';
}

QByteArray canonicalQuery(const QList<QPair<QString, QString>> &query) {
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const auto &[name, value] : query)
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

QByteArray canonicalRequest(const SignInput &input) {
    const auto headers = sortedHeaders(input);
    QByteArray out = input.method.toUpper() + '\n' + canonicalUri(input.path) + '\n' +
                     canonicalQuery(input.query) + '\n';
    for (const auto &[name, value] : headers)
        out += name + ':' + value + '\n';
    return out + '\n' + signedHeaderList(headers) + '\n' + input.payloadHash;
}

QByteArray sha256Hex(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest) {
    return QByteArray(kAlgorithm) + '\n' + sdkDate + '\n' + sha256Hex(canonicalRequest);
}

QByteArray signature(const QByteArray &secret, const QByteArray &sdkDate, const SignInput &input) {
    return QMessageAuthenticationCode::hash(stringToSign(sdkDate, canonicalRequest(input)), secret,
                                            QCryptographicHash::Sha256)
        .toHex();
}

QByteArray authorization(const QString &accessKey, const SignInput &input,
                         const QByteArray &signature) {
    return QByteArray(kAlgorithm) + " Access=" + accessKey.toUtf8() +
           ", SignedHeaders=" + signedHeaderList(sortedHeaders(input)) + ", Signature=" + signature;
}

QByteArray sdkDate(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyyMMddTHHmmssZ"))
        .toLatin1();
}

std::optional<qint64> parseSdkDate(const QByteArray &value) {
    if (value.size() != 16)
        return std::nullopt;
    QDateTime time =
        QDateTime::fromString(QString::fromLatin1(value), QStringLiteral("yyyyMMddTHHmmssZ"));
    if (!time.isValid())
        return std::nullopt;
    time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

std::optional<Authorization> parseAuthorization(const QByteArray &header) {
    return providers::parseSignedAuthorization(header, kAlgorithm, "Access");
}

} // namespace vpw::huawei
