#include "staffservice.h"

#include "scramverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <connection/session.h>
#include <connection/textarray.h>
#include <connection/transactionguard.h>

namespace Stockroom::Services {

namespace {

constexpr int kMinimumPasswordLength = 8;

QVariant flag(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<bool>());
}

QStringList fromJsonText(const QString &text)
{
    QStringList out;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        out << value.toString();
    return out;
}

QJsonArray toJsonArray(const QStringList &values)
{
    QJsonArray out;
    for (const QString &value : values)
        out.append(value);
    return out;
}

} // namespace

QJsonObject StaffMember::toJson() const
{
    return {{QStringLiteral("login"), login},
            {QStringLiteral("persona"), persona},
            {QStringLiteral("all_locations"), allLocations},
            {QStringLiteral("locations"), toJsonArray(locations)},
            {QStringLiteral("all_channels"), allChannels},
            {QStringLiteral("channels"), toJsonArray(channels)},
            {QStringLiteral("may_connect"), mayConnect}};
}

StaffService::StaffService(Session &session)
    : m_session(session)
{
}

const QStringList &StaffService::personas()
{
    static const QStringList all = {QStringLiteral("associate"), QStringLiteral("manager"),
                                    QStringLiteral("supervisor"), QStringLiteral("checkout"), QStringLiteral("admin")};
    return all;
}

QString StaffService::personaChoices()
{
    return personas().mid(0, personas().size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") +
           personas().last();
}

QString StaffService::loginProblem(const QString &login)
{
    if (login.isEmpty())
        return QStringLiteral("a login needs a name");
    if (login.toUtf8().size() > 63) // PostgreSQL would cut a longer name short, and another login would be made
        return QStringLiteral("login \"%1\" is too long: a login name has at most 63 bytes").arg(login);
    if (login.startsWith(u"pg_") || login.startsWith(u"stockroom_"))
        return QStringLiteral("login \"%1\": names starting with \"pg_\" or \"stockroom_\" are the server's and the "
                              "ledger's own")
            .arg(login);
    const QChar first = login.front();
    if (!first.isLetterOrNumber() && first != u'_')
        return QStringLiteral("login \"%1\" must start with a letter, a digit or _").arg(login);
    for (const QChar c : login) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'.' && c != u'-' && c != u'@')
            return QStringLiteral("login \"%1\" may hold only letters, digits and _ . - @").arg(login);
    }
    return {};
}

QString StaffService::passwordProblem(const QString &password)
{
    if (password.isEmpty())
        return QStringLiteral("a new login needs a password");
    if (password.size() < kMinimumPasswordLength)
        return QStringLiteral("a password needs at least %1 characters").arg(kMinimumPasswordLength);
    return {};
}

Result<QList<StaffMember>> StaffService::list()
{
    auto ran = m_session.run(QStringLiteral(
        "SELECT login, persona, all_locations, coalesce(array_to_json(locations), '[]')::text, all_channels,"
        " coalesce(array_to_json(channels), '[]')::text, may_connect FROM api.staff ORDER BY login"));
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    QList<StaffMember> out;
    while (query->next()) {
        StaffMember member;
        member.login = query->value(0).toString();
        member.persona = query->value(1).toString();
        member.allLocations = query->value(2).toBool();
        member.locations = fromJsonText(query->value(3).toString());
        member.allChannels = query->value(4).toBool();
        member.channels = fromJsonText(query->value(5).toString());
        member.mayConnect = query->value(6).toBool();
        out.append(member);
    }
    query->finish();
    return out;
}

Result<bool> StaffService::loginExists(const QString &login)
{
    auto ran = m_session.run(QStringLiteral("SELECT rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = ?"), {login});
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    const bool exists = query->next();
    const bool canLogin = exists && query->value(0).toBool();
    query->finish();
    if (exists && !canLogin)
        return Error{Error::Kind::Refused,
                     QStringLiteral("\"%1\" is a role that cannot log in (a group role), not a login").arg(login),
                     {}};
    return exists;
}

Status StaffService::createLogin(const StaffDraft &draft, const QString &password)
{
    // The statement is written by the server (format's %I and %L quote), never from the user's text here.
    auto formatted =
        m_session.run(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', ?::text, ?::text,"
                                     " 'stockroom_' || ?::text), current_user::text"),
                      {draft.login, Scram::verifier(password), draft.persona});
    if (!formatted)
        return formatted.error();
    QSqlQuery *query = formatted.value();
    if (!query->next())
        return Error{Error::Kind::Internal, QStringLiteral("the database returned no statement"), {}};
    const QString statement = query->value(0).toString();
    const QString caller = query->value(1).toString();
    query->finish();
    auto created = m_session.execScript(statement);
    if (created)
        return created;
    Error error = created.error();
    if (error.sqlState == u"42501") {
        error.kind = Error::Kind::PermissionDenied;
        error.message = QStringLiteral("creating the login \"%1\" needs the CREATEROLE attribute, which \"%2\" does "
                                       "not have: ask the server's superuser to run ALTER ROLE %2 CREATEROLE, or to "
                                       "create the login, then add it again (server: %3)")
                            .arg(draft.login, caller, error.message);
    } else if (error.sqlState == u"42710") {
        error.kind = Error::Kind::Conflict;
        error.message = QStringLiteral("the login \"%1\" was created by someone else just now: add it again to "
                                       "assign it")
                            .arg(draft.login);
    }
    return error;
}

Result<QJsonObject> StaffService::callSet(const StaffDraft &draft, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.staff_set(?, ?, ?, ?, ?::text[], ?, ?::text[])::text"),
                              {key, draft.login, draft.persona, flag(draft.allLocations),
                               textArrayLiteral(draft.locations), flag(draft.allChannels),
                               textArrayLiteral(draft.channels)});
}

Result<QJsonObject> StaffService::add(const StaffDraft &draft, const QString &password, const QString &key)
{
    if (const QString problem = loginProblem(draft.login); !problem.isEmpty())
        return Error{Error::Kind::Invalid, problem, {}};
    if (!personas().contains(draft.persona))
        return Error{Error::Kind::Invalid,
                     QStringLiteral("the role must be %1, not \"%2\"").arg(personaChoices(), draft.persona),
                     {}};
    auto exists = loginExists(draft.login);
    if (!exists)
        return exists.error();
    if (!exists.value()) {
        if (password.isEmpty())
            return Error{
                Error::Kind::Invalid,
                QStringLiteral("the login \"%1\" does not exist yet: give it a password to create it").arg(draft.login),
                {}};
        if (const QString problem = passwordProblem(password); !problem.isEmpty())
            return Error{Error::Kind::Invalid, problem, {}};
    }
    // The login and its staff row in one transaction: a refused assignment leaves no login behind.
    TransactionGuard guard(m_session.database());
    if (auto begun = guard.begin(); !begun)
        return begun.error();
    if (!exists.value()) {
        if (auto created = createLogin(draft, password); !created)
            return created.error();
    }
    auto set = callSet(draft, key);
    if (!set)
        return set.error();
    if (auto committed = guard.commit(); !committed)
        return committed.error();
    QJsonObject out = set.value();
    out.insert(QStringLiteral("login_created"), !exists.value());
    return out;
}

Result<QJsonObject> StaffService::set(const StaffDraft &draft, const QString &key)
{
    return callSet(draft, key);
}

Result<QJsonObject> StaffService::assign(const QString &login, const QStringList &locations,
                                         const QStringList &channels, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.staff_assign(?, ?, ?::text[], ?::text[])::text"),
                              {key, login, textArrayLiteral(locations), textArrayLiteral(channels)});
}

Result<QJsonObject> StaffService::unassign(const QString &login, const QStringList &locations,
                                           const QStringList &channels, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.staff_unassign(?, ?, ?::text[], ?::text[])::text"),
                              {key, login, textArrayLiteral(locations), textArrayLiteral(channels)});
}

} // namespace Stockroom::Services
