#pragma once

#include <QByteArray>
#include <QString>

namespace Stockroom::Services {

// A SCRAM-SHA-256 password verifier in PostgreSQL's format (RFC 5802 and 7677):
//   SCRAM-SHA-256$<iterations>:<base64 salt>$<base64 StoredKey>:<base64 ServerKey>
// computed on this machine, so that CREATE ROLE … PASSWORD carries the verifier and the password itself never
// reaches the server, its logs or pg_stat_activity. The password is prepared as PostgreSQL prepares it
// (SASLprep, falling back to the raw bytes where SASLprep refuses), so the login signs in with what was typed.
namespace Scram {

constexpr int kIterations = 4096;
constexpr int kSaltBytes = 16;

// A fresh verifier with a random salt.
QString verifier(const QString &password);
// The verifier for a given salt and iteration count: the same inputs, the same text.
QString verifier(const QString &password, const QByteArray &salt, int iterations);

// The bytes PostgreSQL hashes for password (its pg_saslprep): ASCII as it is; otherwise spaces mapped, the
// characters "mapped to nothing" removed and NFKC applied — unless the result holds a prohibited character or
// breaks the bidirectional rule, then the original UTF-8.
QByteArray prepare(const QString &password);

// PBKDF2-HMAC-SHA256 (RFC 8018), one 32-byte block: SCRAM's Hi().
QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt, int iterations);

} // namespace Scram

} // namespace Stockroom::Services
