#include "cidr.h"

#include <QCoreApplication>

#include <algorithm>

namespace vpw {

namespace {

// Messages are in the context "vpw::Cidr", written out at each call so that lupdate finds
// them. Every message names the value, says what is wrong and what would be right.

constexpr quint32 maskFor(int prefix) {
    return prefix <= 0 ? 0u : ~quint32(0) << (32 - prefix);
}

bool isAsciiDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// The value of a run of ASCII digits (already checked), saturating well above any valid value.
int digitsValue(QStringView digits) {
    int value = 0;
    for (const QChar c : digits) {
        value = value * 10 + (c.unicode() - u'0');
        if (value > 100000)
            return value;
    }
    return value;
}

QString quoted(QStringView text) {
    return QChar(0x201C) + text.toString() + QChar(0x201D);
}

// The prefix an operator most likely meant when they typed an address without one: as many
// leading octets as are not zero ("10.0.0.0" -> /8, "172.16.0.0" -> /16, "192.168.1.0" -> /24).
// A host address ("192.168.1.5") gets its /24 network.
Cidr naturalNetwork(quint32 address) {
    int prefix = 32;
    while (prefix > 8 && (address & ~maskFor(prefix - 8)) == 0)
        prefix -= 8;
    if (prefix == 32)
        prefix = 24;
    return Cidr::fromNetwork(address, prefix);
}

CidrParseResult failure(Verdict verdict) {
    return CidrParseResult{std::nullopt, std::move(verdict)};
}

Verdict addressSyntaxError(QStringView text) {
    return Verdict::error(
        QStringLiteral("cidr.syntax"),
        QCoreApplication::translate("vpw::Cidr",
                                    "%1 is not a CIDR block: the address must be four numbers "
                                    "from 0 to 255 separated by dots, followed by a slash and a "
                                    "prefix length, for example 192.168.1.0/24.")
            .arg(quoted(text)));
}

// Parses the dotted address part. On failure returns nullopt and sets `error`, except for
// leading zeros: then the value read as decimal is returned and `leadingZero` names the number.
std::optional<quint32> parseAddress(QStringView whole, QStringView address, Verdict *error,
                                    QStringView *leadingZero) {
    const QList<QStringView> parts = address.split(u'.');
    if (parts.size() != 4) {
        *error = addressSyntaxError(whole);
        return std::nullopt;
    }
    quint32 value = 0;
    for (const QStringView part : parts) {
        if (part.isEmpty()) {
            *error = addressSyntaxError(whole);
            return std::nullopt;
        }
        const int octet = digitsValue(part);
        if (octet > 255) {
            *error = Verdict::error(
                QStringLiteral("cidr.octet_range"),
                QCoreApplication::translate("vpw::Cidr",
                                            "%1 is not a valid CIDR block: %2 is not an address "
                                            "number. Each of the four numbers must be between 0 "
                                            "and 255, for example 192.168.1.0/24.")
                    .arg(quoted(whole), part.toString()));
            return std::nullopt;
        }
        if (part.size() > 1 && part.front() == u'0' && leadingZero->isNull())
            *leadingZero = part;
        value = (value << 8) | quint32(octet);
    }
    return value;
}

} // namespace

CidrParseResult Cidr::parse(QStringView text) {
    const QStringView t = text.trimmed();
    if (t.isEmpty()) {
        return failure(Verdict::error(
            QStringLiteral("cidr.empty"),
            QCoreApplication::translate("vpw::Cidr",
                                        "Enter a CIDR block: an IPv4 network address, a slash "
                                        "and a prefix length, for example 192.168.0.0/16.")));
    }

    // Inner whitespace (e.g. "192.168.1.0 / 24"): say so and offer the value without it.
    bool hasSpace = false;
    for (const QChar c : t)
        hasSpace = hasSpace || c.isSpace();
    if (hasSpace) {
        QString stripped;
        stripped.reserve(t.size());
        for (const QChar c : t) {
            if (!c.isSpace())
                stripped.append(c);
        }
        const CidrParseResult withoutSpaces = parse(stripped);
        const QString suggestion =
            withoutSpaces.cidr ? withoutSpaces.cidr->toString() : withoutSpaces.verdict.suggestion;
        return failure(Verdict::error(
            QStringLiteral("cidr.inner_space"),
            QCoreApplication::translate("vpw::Cidr",
                                        "%1 contains a space. A CIDR block is written without "
                                        "spaces, for example 192.168.1.0/24.")
                .arg(quoted(t)),
            suggestion));
    }

    for (const QChar c : t) {
        if (isAsciiDigit(c) || c == u'.' || c == u'/')
            continue;
        if (c == u':') {
            return failure(Verdict::error(
                QStringLiteral("cidr.syntax"),
                QCoreApplication::translate("vpw::Cidr",
                                            "%1 looks like an IPv6 address. VPC peering uses an "
                                            "IPv4 CIDR block, for example 192.168.0.0/16.")
                    .arg(quoted(t))));
        }
        return failure(Verdict::error(
            QStringLiteral("cidr.syntax"),
            QCoreApplication::translate("vpw::Cidr",
                                        "%1 contains %2, which does not belong in a CIDR block. "
                                        "Use only digits, dots and one slash, for example "
                                        "192.168.1.0/24.")
                .arg(quoted(t), quoted(QStringView(&c, 1)))));
    }

    const qsizetype slash = t.indexOf(u'/');
    if (slash >= 0 && t.indexOf(u'/', slash + 1) >= 0) {
        return failure(Verdict::error(
            QStringLiteral("cidr.syntax"),
            QCoreApplication::translate("vpw::Cidr",
                                        "%1 contains more than one slash. A CIDR block has one, "
                                        "between the address and the prefix length, for example "
                                        "192.168.1.0/24.")
                .arg(quoted(t))));
    }

    Verdict error;
    QStringView leadingZero;
    const QStringView addressText = slash >= 0 ? t.left(slash) : t;
    const std::optional<quint32> address = parseAddress(t, addressText, &error, &leadingZero);
    if (!address)
        return failure(std::move(error));
    const QStringView prefixText = slash >= 0 ? t.mid(slash + 1) : QStringView();
    if (!leadingZero.isNull()) {
        // Offer the decimal reading, canonicalised if the rest is sound ("010.1.0.0/16" ->
        // "10.1.0.0/16"), but say it is ambiguous: the operator must confirm what they meant.
        const QString decimal = slash >= 0 ? Cidr::addressToString(*address) + u'/' + prefixText
                                           : Cidr::addressToString(*address);
        const CidrParseResult reread = parse(decimal);
        const QString suggestion =
            reread.cidr ? reread.cidr->toString() : reread.verdict.suggestion;
        return failure(Verdict::error(
            QStringLiteral("cidr.leading_zero"),
            QCoreApplication::translate("vpw::Cidr",
                                        "%1 is ambiguous: the number %2 has a leading zero, which "
                                        "some tools read as octal. Write the numbers without "
                                        "leading zeros.")
                .arg(quoted(t), quoted(leadingZero)),
            suggestion));
    }

    if (prefixText.isEmpty()) {
        const QString suggestion = naturalNetwork(*address).toString();
        return failure(Verdict::error(
            QStringLiteral("cidr.missing_prefix"),
            QCoreApplication::translate("vpw::Cidr",
                                        "%1 has no prefix length. Add a slash and the number of "
                                        "network bits, for example %2.")
                .arg(quoted(t), quoted(suggestion)),
            suggestion));
    }
    // Only the address part was split at dots: a dot after the slash ("/1.6", "/.8") would
    // otherwise be read as a digit, giving a wrong or negative prefix (found by fuzzing).
    if (!std::all_of(prefixText.begin(), prefixText.end(), isAsciiDigit))
        return failure(addressSyntaxError(t));
    const int prefix = digitsValue(prefixText);
    if (prefix > 32) {
        return failure(Verdict::error(
            QStringLiteral("cidr.prefix_range"),
            QCoreApplication::translate("vpw::Cidr",
                                        "%1 is not a valid CIDR block: the prefix length /%2 is "
                                        "out of range. It must be between 0 and 32; a VPC usually "
                                        "uses /8 to /28.")
                .arg(quoted(t), prefixText.toString())));
    }
    if (prefixText.size() > 1 && prefixText.front() == u'0') {
        const QString suggestion = Cidr::fromNetwork(*address, prefix).toString();
        return failure(Verdict::error(
            QStringLiteral("cidr.leading_zero"),
            QCoreApplication::translate("vpw::Cidr",
                                        "%1 is ambiguous: the prefix length /%2 has a leading "
                                        "zero. Write it as /%3.")
                .arg(quoted(t), prefixText.toString(), QString::number(prefix)),
            suggestion));
    }

    const Cidr cidr = Cidr::fromNetwork(*address, prefix);
    if (cidr.network() != *address) {
        const QString canonical = cidr.toString();
        return failure(Verdict::error(
            QStringLiteral("cidr.host_bits"),
            QCoreApplication::translate("vpw::Cidr",
                                        "%1 has host bits set: with /%2 the network address is "
                                        "%3. Use %4.")
                .arg(quoted(t), QString::number(prefix), Cidr::addressToString(cidr.network()),
                     quoted(canonical)),
            canonical));
    }
    return CidrParseResult{cidr, Verdict::ok(cidr.toString())};
}

std::optional<Cidr> Cidr::fromString(QStringView text) {
    return parse(text).cidr;
}

Cidr Cidr::fromNetwork(quint32 address, int prefixLength) {
    Cidr c;
    c.m_prefix = qBound(0, prefixLength, 32);
    c.m_network = address & maskFor(c.m_prefix);
    return c;
}

quint32 Cidr::mask() const {
    return maskFor(m_prefix);
}

quint32 Cidr::last() const {
    return m_network | ~maskFor(m_prefix);
}

bool Cidr::contains(quint32 address) const {
    return (address & maskFor(m_prefix)) == m_network;
}

bool Cidr::contains(const Cidr &other) const {
    return other.m_prefix >= m_prefix && contains(other.m_network);
}

bool Cidr::overlaps(const Cidr &other) const {
    // Two CIDR blocks either nest or are disjoint.
    return contains(other) || other.contains(*this);
}

QString Cidr::toString() const {
    return addressToString(m_network) + u'/' + QString::number(m_prefix);
}

QString Cidr::addressToString(quint32 address) {
    return QString::number(address >> 24) + u'.' + QString::number((address >> 16) & 0xff) + u'.' +
           QString::number((address >> 8) & 0xff) + u'.' + QString::number(address & 0xff);
}

} // namespace vpw
