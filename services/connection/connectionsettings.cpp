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
    out.sslMode = settings.value(QStringLiteral("sslmode"), QStringLiteral("prefer")).toString();
    return out;
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
    return out;
}

} // namespace Stockroom::Services
