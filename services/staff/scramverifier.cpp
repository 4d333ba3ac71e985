#include "scramverifier.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Stockroom::Services::Scram {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// RFC 3454 table C.1.2: non-ASCII space characters, which SASLprep maps to a space.
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

// RFC 3454 table B.1: characters "commonly mapped to nothing".
bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) || (c >= 0x200B && c <= 0x200D) ||
           c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

// RFC 3454 tables C.1.2 to C.9 (SASLprep's prohibited output), and unassigned code points (A.1, approximated by
// Qt's Unicode tables).
bool isProhibited(char32_t c)
{
    if (isNonAsciiSpace(c) || c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))
        return true;
    if (c == 0x06DD || c == 0x070F || c == 0x180E || c == 0x200C || c == 0x200D || c == 0x2028 || c == 0x2029 ||
        (c >= 0x2060 && c <= 0x2063) || (c >= 0x206A && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFC) ||
        (c >= 0x1D173 && c <= 0x1D17A))
        return true;
    if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) // private use (C.3)
        return true;
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) // non-characters (C.4)
        return true;
    if ((c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFD || (c >= 0x2FF0 && c <= 0x2FFB)) // C.5, C.6, C.7
        return true;
    if (c == 0x0340 || c == 0x0341 || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)) // C.8
        return true;
    if (c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F)) // C.9
        return true;
    return QChar::category(c) == QChar::Other_NotAssigned;
}

} // namespace

QByteArray prepare(const QString &password)
{
    const QByteArray raw = password.toUtf8();
    bool ascii = true;
    for (const char byte : raw)
        ascii = ascii && uchar(byte) < 0x80;
    if (ascii)
        return raw;
    QString mapped;
    for (const char32_t c : password.toUcs4()) {
        if (isMappedToNothing(c))
            continue;
        if (isNonAsciiSpace(c))
            mapped += u' ';
        else
            mapped += QString::fromUcs4(&c, 1);
    }
    mapped = mapped.normalized(QString::NormalizationForm_KC);
    const QList<uint> prepared = mapped.toUcs4();
    bool rightToLeft = false;
    bool leftToRight = false;
    for (const uint c : prepared) {
        if (isProhibited(c))
            return raw;
        const QChar::Direction direction = QChar::direction(c);
        rightToLeft = rightToLeft || direction == QChar::DirR || direction == QChar::DirAL;
        leftToRight = leftToRight || direction == QChar::DirL;
    }
    if (rightToLeft) { // RFC 3454 section 6: no left-to-right character, and right-to-left at both ends
        const auto isRightToLeft = [](uint c) {
            return QChar::direction(c) == QChar::DirR || QChar::direction(c) == QChar::DirAL;
        };
        if (leftToRight || !isRightToLeft(prepared.first()) || !isRightToLeft(prepared.last()))
            return raw;
    }
    return mapped.toUtf8();
}

QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt + QByteArray::fromRawData("\0\0\0\1", 4)); // INT(1): the first and only block
    QByteArray u = mac.result();
    QByteArray out = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype b = 0; b < out.size(); ++b)
            out[b] = char(out.at(b) ^ u.at(b));
    }
    return out;
}

QString verifier(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray salted = saltedPassword(prepare(password), salt, iterations);
    const QByteArray clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString verifier(const QString &password)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return verifier(password, salt, kIterations);
}

} // namespace Stockroom::Services::Scram
