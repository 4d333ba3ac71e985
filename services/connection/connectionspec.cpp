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
    return spec;
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
    if (!connectOptions.contains(QStringLiteral("connect_timeout")))
        connectOptions +=
            (connectOptions.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=5");
    if (!connectOptions.contains(QStringLiteral("application_name")))
        connectOptions += QStringLiteral(";application_name=stockroom");
    db.setConnectOptions(connectOptions);
}

} // namespace Stockroom::Services
