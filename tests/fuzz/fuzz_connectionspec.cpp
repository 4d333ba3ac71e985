// The connection URL (services/connection/connectionspec.*), as --db, STOCKROOM_DB and the connect dialog give it.
// A refusal says what was expected and never shows the password; a URL that parses reaches libpq as it reads (each
// option one keyword=value, so no value can carry another keyword such as sslmode), survives toUrl() unchanged,
// and a shared server gets TLS unless the URL chose otherwise.
#include "fuzzcheck.h"

#include <QRegularExpression>

#include <connection/connectionspec.h>
#include <cstddef>
#include <cstdint>

using namespace Stockroom::Services;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString url = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = ConnectionSpec::fromUrl(url);
    if (!parsed) {
        const QString message = parsed.error().message;
        FUZZ_CHECK(parsed.error().kind == Error::Kind::Invalid, message);
        FUZZ_CHECK(!message.trimmed().isEmpty(), QStringLiteral("a refusal without a message"));
        // user:password@ in the authority: the password must not be echoed with it (the same text may stand
        // again later in the URL, in the query, and be shown there).
        static const QRegularExpression userInfo(QStringLiteral("^[^:/?#]*://([^/?#@:]*:[^/?#@]{4,}@)"));
        if (const auto match = userInfo.match(url); match.hasMatch())
            FUZZ_CHECK(message.count(match.captured(1)) < url.count(match.captured(1)),
                       QStringLiteral("the password is shown: ") + message);
        return 0;
    }
    const ConnectionSpec &spec = parsed.value();
    FUZZ_CHECK(!spec.describe().isEmpty(), QStringLiteral("no description"));
    ConnectionSpec withoutPassword = spec;
    withoutPassword.password.clear();
    FUZZ_CHECK(spec.describe() == withoutPassword.describe(), QStringLiteral("describe() shows the password"));
    // QPSQL turns ';' into ' ' and hands the options to libpq as they are.
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+=[^\\s;'\\\\]*$"));
    for (const QString &option : spec.options.split(u';', Qt::SkipEmptyParts))
        FUZZ_CHECK(keyword.match(option).hasMatch(),
                   QStringLiteral("libpq would not read \"%1\" as one option").arg(option));
    if (!spec.isLocal() && !spec.options.contains(QStringLiteral("sslmode=")))
        FUZZ_CHECK(spec.sslMode() == u"verify-full", QStringLiteral("a shared server without TLS: ") + spec.host);
    (void)spec.tlsAdvice(QStringLiteral("certificate verify failed"));
    (void)spec.mayUseStoredPassword();

    const QString written = spec.toUrl(true);
    const auto again = ConnectionSpec::fromUrl(written);
    FUZZ_CHECK(again.ok(),
               QStringLiteral("%1 became %2, which does not parse: %3").arg(url, written, again.error().message));
    FUZZ_CHECK(again->host == spec.host && again->port == spec.port && again->database == spec.database &&
                   again->user == spec.user && again->password == spec.password && again->options == spec.options &&
                   again->allowWithoutTls == spec.allowWithoutTls,
               QStringLiteral("%1 became %2, which reads as %3").arg(url, written, again->toUrl(true)));
    return 0;
}
