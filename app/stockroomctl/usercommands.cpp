// stockroomctl user add|assign|unassign|list: who works where, an admin's (resources/migrations/0014_scoping.sql).
#include "commands.h"
#include "context.h"
#include "tables.h"

#include <QJsonArray>

#include <cstdio>
#include <iostream>
#include <staff/staffservice.h>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace Stockroom::Ctl {

using Services::StaffService;

namespace {

QString readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// One line typed on the terminal without echo; the prompt goes to stderr so stdout stays the result.
QString askHidden(const QString &prompt)
{
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    termios before{};
    const bool terminal = tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios hidden = before;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    const QString line = readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    std::fputs("\n", stderr);
    return line;
}

QString places(bool all, const QStringList &codes)
{
    if (all)
        return QStringLiteral("all");
    return codes.isEmpty() ? QStringLiteral("-") : codes.join(u',');
}

// "all", the codes, or "-", from a staff result (api.staff_set's and staff_assign's JSON).
QString placesOf(const QJsonObject &o, const QString &what)
{
    QStringList codes;
    for (const QJsonValue &code : o.value(what).toArray())
        codes << code.toString();
    return places(o.value(QStringLiteral("all_") + what).toBool(), codes);
}

// --location and --channel of assign and unassign: false after reporting a usage error.
bool assignment(Context &ctx, const QString &verb, QString *login, QStringList *locations, QStringList *channels)
{
    if (ctx.args().words.size() != 3) {
        ctx.usage(QStringLiteral("expected: user %1 LOGIN [--location L]... [--channel C]...").arg(verb));
        return false;
    }
    *login = ctx.args().words.at(2);
    *locations = ctx.args().values(QStringLiteral("location"));
    *channels = ctx.args().values(QStringLiteral("channel"));
    if (locations->isEmpty() && channels->isEmpty()) {
        ctx.usage(QStringLiteral("user %1 needs at least one --location or --channel").arg(verb));
        return false;
    }
    return true;
}

QString changed(const QString &verb, const QString &login, const QStringList &locations, const QStringList &channels)
{
    QStringList parts;
    if (!locations.isEmpty())
        parts << QStringLiteral("locations %1").arg(locations.join(QStringLiteral(", ")));
    if (!channels.isEmpty())
        parts << QStringLiteral("channels %1").arg(channels.join(QStringLiteral(", ")));
    return QStringLiteral("%1 %2 %3").arg(login, verb, parts.join(QStringLiteral(" and ")));
}

// user assign / user unassign: the same arguments and answer, one adds and the other takes off.
int userAssignmentCommand(Context &ctx, bool add)
{
    const QString verb = add ? QStringLiteral("assign") : QStringLiteral("unassign");
    QString login;
    QStringList locations;
    QStringList channels;
    if (!assignment(ctx, verb, &login, &locations, &channels))
        return Usage;
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *session = ctx.session();
    if (!session)
        return Failed;
    StaffService staff(*session);
    return ctx.report(
        add ? staff.assign(login, locations, channels, key) : staff.unassign(login, locations, channels, key),
        [&](const QJsonObject &o) -> QString {
            return changed(add ? QStringLiteral("now works at") : QStringLiteral("no longer works at"), login,
                           locations, channels) +
                   QStringLiteral(" (locations: %1; channels: %2)")
                       .arg(placesOf(o, QStringLiteral("locations")), placesOf(o, QStringLiteral("channels")));
        });
}

} // namespace

int userAddCommand(Context &ctx)
{
    if (ctx.args().words.size() != 3)
        return ctx.usage(QStringLiteral("expected: user add LOGIN --role %1 [--location L]... [--channel C]...")
                             .arg(StaffService::personas().join(u'|')));
    Services::StaffDraft draft;
    draft.login = ctx.args().words.at(2);
    draft.persona = ctx.args().value(QStringLiteral("role"));
    draft.locations = ctx.args().values(QStringLiteral("location"));
    draft.channels = ctx.args().values(QStringLiteral("channel"));
    // Neither --all-… nor a code: the ledger's default (a checkout works at every location, others sell through
    // every channel).
    if (ctx.args().flag(QStringLiteral("all-locations")))
        draft.allLocations = true;
    if (ctx.args().flag(QStringLiteral("all-channels")))
        draft.allChannels = true;
    const bool passwordOnStdin = ctx.args().flag(QStringLiteral("password-stdin"));
    const QString key = ctx.key();
    if (draft.persona.isEmpty())
        return ctx.usage(QStringLiteral("--role is required: %1").arg(StaffService::personas().join(u'|')));
    if (!StaffService::personas().contains(draft.persona))
        return ctx.usage(
            QStringLiteral("--role must be %1, not \"%2\"").arg(StaffService::personaChoices(), draft.persona));
    if (draft.allLocations.value_or(false) && !draft.locations.isEmpty())
        return ctx.usage(QStringLiteral("--all-locations and --location exclude each other"));
    if (draft.allChannels.value_or(false) && !draft.channels.isEmpty())
        return ctx.usage(QStringLiteral("--all-channels and --channel exclude each other"));
    if (const QString problem = StaffService::loginProblem(draft.login); !problem.isEmpty())
        return ctx.usage(problem);
    if (!ctx.checkUnused())
        return Usage;
    auto *session = ctx.session();
    if (!session)
        return Failed;
    StaffService staff(*session);
    auto exists = staff.loginExists(draft.login);
    if (!exists)
        return ctx.fail(exists.error());
    QString password;
    if (passwordOnStdin) {
        password = readLine();
    } else if (!exists.value()) {
        if (!isatty(STDIN_FILENO))
            return ctx.usage(QStringLiteral("the login \"%1\" does not exist yet and stdin is not a terminal to ask "
                                            "its password on: give it with --password-stdin")
                                 .arg(draft.login));
        password = askHidden(QStringLiteral("Password for the new login %1: ").arg(draft.login));
        if (const QString problem = StaffService::passwordProblem(password); !problem.isEmpty())
            return ctx.usage(problem);
        if (askHidden(QStringLiteral("The same password again: ")) != password)
            return ctx.usage(QStringLiteral("the two passwords differ: nothing was created"));
    }
    if (!exists.value()) {
        if (const QString problem = StaffService::passwordProblem(password); !problem.isEmpty())
            return ctx.usage(QStringLiteral("%1 (on stdin, for the new login \"%2\")").arg(problem, draft.login));
    }
    return ctx.report(staff.add(draft, password, key), [&](const QJsonObject &o) -> QString {
        const bool created = o.value(QStringLiteral("login_created")).toBool();
        const QString connect = o.value(QStringLiteral("connect")).toString();
        return QStringLiteral("%1 %2 as %3; locations: %4; channels: %5%6%7")
            .arg(draft.login, created ? QStringLiteral("created") : QStringLiteral("assigned"), draft.persona,
                 placesOf(o, QStringLiteral("locations")), placesOf(o, QStringLiteral("channels")),
                 !created && passwordOnStdin ? QStringLiteral(" (the login existed: its password is unchanged)")
                                             : QString(),
                 connect.startsWith(u"not granted") ? QStringLiteral("; ") + connect : QString());
    });
}

int userAssignCommand(Context &ctx)
{
    return userAssignmentCommand(ctx, true);
}

int userUnassignCommand(Context &ctx)
{
    return userAssignmentCommand(ctx, false);
}

int userListCommand(Context &ctx)
{
    if (ctx.args().words.size() != 2 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("user list takes only --json"));
    auto *session = ctx.session();
    if (!session)
        return Failed;
    auto staff = StaffService(*session).list();
    if (!staff)
        return ctx.fail(staff.error());
    if (ctx.json()) {
        for (const Services::StaffMember &member : staff.value())
            ctx.print(member.toJson(), {});
        return Done;
    }
    if (staff->isEmpty()) {
        ctx.print({}, QStringLiteral("no staff in this ledger yet: add a login with stockroomctl user add LOGIN --role "
                                     "ROLE --location L"));
        return Done;
    }
    QJsonArray rows;
    for (const Services::StaffMember &member : staff.value())
        rows.append(QJsonObject{{QStringLiteral("login"), member.login},
                                {QStringLiteral("persona"), member.persona},
                                {QStringLiteral("locations"), places(member.allLocations, member.locations)},
                                {QStringLiteral("channels"), places(member.allChannels, member.channels)},
                                {QStringLiteral("may_connect"), member.mayConnect}});
    printTable(rows,
               {QStringLiteral("login"), QStringLiteral("persona"), QStringLiteral("locations"),
                QStringLiteral("channels"), QStringLiteral("may_connect")},
               {QStringLiteral("LOGIN"), QStringLiteral("ROLE"), QStringLiteral("LOCATIONS"),
                QStringLiteral("CHANNELS"), QStringLiteral("MAY CONNECT")});
    return Done;
}

} // namespace Stockroom::Ctl
