#include "connectionsettings.h"

#include <QSettings>
#include <QStringList>

namespace Stockroom::Services {

ConnectionSettings ConnectionSettings::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("connection"));
    ConnectionSettings out;
    const QString mode = settings.value(QStringLiteral("mode")).toString();
    out.mode = mode == u"embedded" ? Mode::Embedded : mode == u"server" ? Mode::Server : Mode::Unset;
    out.url = settings.value(QStringLiteral("url")).toString();
    out.user = settings.value(QStringLiteral("user")).toString();
    out.sslMode = settings.value(QStringLiteral("sslmode"), QStringLiteral("verify-full")).toString();
    out.allowWithoutTls = allowedWithoutTls(out.user, out.url);
    out.readUrl = settings.value(QStringLiteral("readUrl")).toString();
    return out;
}

bool ConnectionSettings::allowedWithoutTls(const QString &user, const QString &url)
{
    return QSettings().value(QStringLiteral("connection/withoutTls")).toStringList().contains(user + u'@' + url);
}

void ConnectionSettings::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("connection"));
    settings.setValue(QStringLiteral("mode"), mode == Mode::Embedded ? QStringLiteral("embedded")
                                              : mode == Mode::Server ? QStringLiteral("server")
                                                                     : QString());
    settings.setValue(QStringLiteral("url"), url);
    settings.setValue(QStringLiteral("user"), user);
    settings.setValue(QStringLiteral("sslmode"), sslMode);
    settings.setValue(QStringLiteral("readUrl"), mode == Mode::Server ? readUrl : QString());
    QStringList withoutTls = settings.value(QStringLiteral("withoutTls")).toStringList();
    for (const QString &address : {url, readUrl}) {
        if (address.isEmpty())
            continue;
        const QString server = user + u'@' + address;
        withoutTls.removeAll(server);
        if (allowWithoutTls && mode == Mode::Server)
            withoutTls << server;
    }
    settings.setValue(QStringLiteral("withoutTls"), withoutTls);
}

Result<ConnectionSpec> ConnectionSettings::serverSpec() const
{
    auto spec = ConnectionSpec::fromUrl(url);
    if (!spec)
        return spec;
    ConnectionSpec out = spec.value();
    out.password.clear(); // a password typed into the URL is not kept
    if (!user.isEmpty())
        out.user = user;
    QStringList options = out.options.split(u';', Qt::SkipEmptyParts);
    options.removeIf([](const QString &option) { return option.startsWith(u"sslmode="); });
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    out.options = options.join(u';');
    out.allowWithoutTls = allowWithoutTls; // only the checkbox counts here, not a sslmode chosen in the list
    return out;
}

Result<std::optional<ConnectionSpec>> ConnectionSettings::readSpec() const
{
    if (readUrl.trimmed().isEmpty() || mode != Mode::Server)
        return std::optional<ConnectionSpec>();
    auto spec = ConnectionSpec::fromUrl(readUrl.trimmed());
    if (!spec)
        return Error{Error::Kind::Invalid, QStringLiteral("The read replica: %1").arg(spec.error().message), {}};
    ConnectionSpec out = spec.value();
    out.password.clear();
    if (out.user.isEmpty())
        out.user = user;
    if (!out.options.contains(QStringLiteral("sslmode=")) && !sslMode.isEmpty())
        out.options += (out.options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("sslmode=") + sslMode;
    out.allowWithoutTls = allowedWithoutTls(out.user, readUrl.trimmed()) || (allowWithoutTls && out.user == user);
    return std::optional<ConnectionSpec>(out);
}

} // namespace Stockroom::Services
