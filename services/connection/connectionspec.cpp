#include "connectionspec.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace Stockroom::Services {

Result<ConnectionSpec> ConnectionSpec::fromUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"postgresql" && parsed.scheme() != u"postgres")) {
        return Error{
            Error::Kind::Invalid,
            QStringLiteral("\"%1\" is not a database URL; expected postgresql://user@host:port/database").arg(url),
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
        if (key == u"host") // a socket directory: postgresql:///db?host=/run/postgresql
            spec.host = value;
        else if (key == u"user")
            spec.user = value;
        else if (key == u"password")
            spec.password = value;
        else
            options << key + u'=' + value;
    }
    spec.options = options.join(u';');
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
    if (host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    for (const QString &option : options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(u'=');
        query.addQueryItem(option.left(eq), option.mid(eq + 1));
    }
    url.setQuery(query);
    return url.toString();
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
    if (!connectOptions.contains(QStringLiteral("sslmode=")) && !sslMode().isEmpty())
        connectOptions +=
            (connectOptions.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("sslmode=") + sslMode();
    if (!connectOptions.contains(QStringLiteral("connect_timeout")))
        connectOptions +=
            (connectOptions.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=5");
    if (!connectOptions.contains(QStringLiteral("application_name")))
        connectOptions += QStringLiteral(";application_name=stockroom");
    db.setConnectOptions(connectOptions);
}

} // namespace Stockroom::Services
