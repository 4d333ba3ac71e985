#include "connectionspec.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace Stockroom::Services {

namespace {

// The URL as a message may show it: a password in user:password@ replaced by ***. When it is unclear where the
// password ends, more is hidden rather than less (up to the last @).
QString withoutPassword(const QString &url)
{
    const qsizetype scheme = url.indexOf(u"://");
    const qsizetype start = scheme < 0 ? 0 : scheme + 3;
    const qsizetype at = url.lastIndexOf(u'@');
    const qsizetype colon = url.indexOf(u':', start);
    if (at <= start || colon < 0 || colon > at)
        return url;
    return url.left(colon + 1) + u"***" + url.mid(at);
}

// An option QPSQL can hand on: it joins them with spaces into libpq's conninfo as they are, so a key is a libpq
// keyword and a value holds no space, ';', quote or backslash (which would start another keyword, such as sslmode).
QString optionProblem(const QString &key, const QString &value)
{
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    if (!keyword.match(key).hasMatch())
        return QStringLiteral("\"%1\" is not a connection option (those are lowercase words such as sslmode)").arg(key);
    for (const QChar c : value) {
        if (c.isSpace() || c == u';' || c == u'\'' || c == u'\\' || c.category() == QChar::Other_Control)
            return QStringLiteral("the value of %1 cannot hold spaces, ';', quotes or backslashes").arg(key);
    }
    return {};
}

bool hasOption(const QString &options, QStringView key)
{
    const QStringList list = options.split(u';', Qt::SkipEmptyParts);
    return std::any_of(list.cbegin(), list.cend(),
                       [key](const QString &option) { return option.trimmed().section(u'=', 0, 0) == key; });
}

} // namespace

Result<ConnectionSpec> ConnectionSpec::fromUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    // libpq's form has the // of an authority: without it, postgresql:ledger would lose its first letter.
    if (!parsed.isValid() || (parsed.scheme() != u"postgresql" && parsed.scheme() != u"postgres") ||
        !url.mid(parsed.scheme().size() + 1).startsWith(u"//")) {
        return Error{Error::Kind::Invalid,
                     QStringLiteral("\"%1\" is not a database URL; expected postgresql://user@host:port/database")
                         .arg(withoutPassword(url)),
                     {}};
    }
    ConnectionSpec spec;
    spec.host = parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host();
    spec.port = parsed.port(5432);
    const QString path = parsed.path().mid(1);
    if (!path.isEmpty())
        spec.database = path;
    spec.user = parsed.userName();
    spec.password = parsed.password();
    QStringList options;
    const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == u"host" && value.isEmpty()) // libpq's default socket, not localhost: say which
            return Error{Error::Kind::Invalid,
                         QStringLiteral("%1: host= needs a host name or a socket directory").arg(withoutPassword(url)),
                         {}};
        else if (key == u"host") // a socket directory: postgresql:///db?host=/run/postgresql
            spec.host = value;
        else if (key == u"user")
            spec.user = value;
        else if (key == u"password")
            spec.password = value;
        else if (const QString problem = optionProblem(key, value); !problem.isEmpty())
            return Error{Error::Kind::Invalid, QStringLiteral("%1: %2").arg(withoutPassword(url), problem), {}};
        else
            options << key + u'=' + value;
    }
    spec.options = options.join(u';');
    // A noncharacter (U+FFFF, U+3FFFF, ...) is no text a server name could hold, and QUrl writes it back broken.
    for (const QString *field : {&spec.host, &spec.database, &spec.user, &spec.password, &spec.options}) {
        const QList<uint> codes = field->toUcs4();
        if (std::any_of(codes.cbegin(), codes.cend(), [](uint c) { return QChar::isNonCharacter(c); }))
            return Error{Error::Kind::Invalid,
                         QStringLiteral("%1: the URL holds a character that is not text (such as U+FFFF)")
                             .arg(withoutPassword(url)),
                         {}};
    }
    // sslmode=disable written in the URL is the user's explicit choice of no TLS for this server.
    spec.allowWithoutTls = options.contains(QStringLiteral("sslmode=disable"));
    return spec;
}

bool ConnectionSpec::isLocal() const
{
    return host.startsWith(u'/') || host.isEmpty() || host == u"localhost" || host == u"127.0.0.1" || host == u"::1" ||
           host == u"[::1]";
}

QString ConnectionSpec::sslMode() const
{
    for (const QString &option : options.split(u';', Qt::SkipEmptyParts)) {
        if (option.trimmed().startsWith(u"sslmode="))
            return option.trimmed().mid(8);
    }
    return isLocal() ? QString() : QStringLiteral("verify-full");
}

bool ConnectionSpec::guaranteesTls() const
{
    const QString mode = sslMode();
    return mode == u"require" || mode == u"verify-ca" || mode == u"verify-full";
}

bool ConnectionSpec::mayUseStoredPassword() const
{
    return isLocal() || guaranteesTls() || allowWithoutTls;
}

QString ConnectionSpec::tlsAdvice(const QString &serverMessage) const
{
    const QString mode = sslMode();
    if (serverMessage.contains(u"does not support SSL"))
        return QStringLiteral("%1 does not offer TLS, and sslmode=%2 requires it. Ask its administrator to turn TLS "
                              "on; to connect without TLS, choose sslmode=disable for this server (a stored password "
                              "is then sent only if you allow it for this server)")
            .arg(host, mode);
    if (serverMessage.contains(u"root certificate file") || serverMessage.contains(u"certificate verify failed") ||
        serverMessage.contains(u"self-signed certificate") || serverMessage.contains(u"unable to get local issuer"))
        return QStringLiteral("the certificate of %1 is not trusted (sslmode=%2 checks it): put the certificate of the "
                              "authority that signed it in ~/.postgresql/root.crt, or name it with "
                              "sslrootcert=FILE in the URL")
            .arg(host, mode);
    if (serverMessage.contains(u"does not match host name"))
        return QStringLiteral("the certificate of %1 is for another host name (sslmode=%2 checks it): connect with the "
                              "name the certificate carries")
            .arg(host, mode);
    return {};
}

QString ConnectionSpec::toUrl(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // The fields as they are (DecodedMode: a literal %41 stays %41). A host a URL cannot hold in its authority (a
    // socket directory, anything libpq takes that is not a host name) goes in ?host=, or it would read back as
    // localhost.
    if (!host.startsWith(u'/'))
        url.setHost(host, QUrl::DecodedMode);
    // QUrlQuery reads a % in an item as the start of an escape (%C5 would come back as a byte): written as %25.
    const auto item = [](const QString &value) {
        return QString(value).replace(u'%', QStringLiteral("%25"));
    };
    if (host.startsWith(u'/') || !url.isValid() || url.host(QUrl::FullyDecoded) != host) {
        url.setHost(QString());
        query.addQueryItem(QStringLiteral("host"), item(host));
    }
    url.setPort(port);
    url.setPath(u'/' + database, QUrl::DecodedMode);
    url.setUserName(user, QUrl::DecodedMode);
    if (withPassword)
        url.setPassword(password, QUrl::DecodedMode);
    for (const QString &option : options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(u'=');
        query.addQueryItem(option.left(eq), item(option.mid(eq + 1)));
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded); // what fromUrl reads strictly: a space in a value is %20
}

QString ConnectionSpec::describe() const
{
    const QString who = user.isEmpty() ? QString() : user + u'@';
    if (host.startsWith(u'/'))
        return who + QStringLiteral("embedded/") + database;
    return who + host + u':' + QString::number(port) + u'/' + database;
}

void ConnectionSpec::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QString connectOptions = options;
    if (!hasOption(connectOptions, u"sslmode") && !sslMode().isEmpty())
        connectOptions +=
            (connectOptions.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("sslmode=") + sslMode();
    if (!hasOption(connectOptions, u"connect_timeout"))
        connectOptions +=
            (connectOptions.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=5");
    if (!hasOption(connectOptions, u"application_name"))
        connectOptions += QStringLiteral(";application_name=stockroom");
    db.setConnectOptions(connectOptions);
}

} // namespace Stockroom::Services
