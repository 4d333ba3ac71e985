#include "permissions.h"

#include <QSqlQuery>
#include <QVariantList>

#include <connection/session.h>

namespace Stockroom::Services {

namespace {

constexpr Operation::Kind kAll[] = {Operation::Kind::Receive,         Operation::Kind::Adjust,
                                    Operation::Kind::Count,           Operation::Kind::TransferShip,
                                    Operation::Kind::TransferReceive, Operation::Kind::Return};

} // namespace

QString Permissions::personaFor(Operation::Kind kind)
{
    switch (kind) {
    case Operation::Kind::Receive:
    case Operation::Kind::Count:
    case Operation::Kind::Return:
        return QStringLiteral("associate");
    default:
        return QStringLiteral("manager");
    }
}

Result<Permissions> Permissions::load(Session &session)
{
    QString sql = QStringLiteral(
        "SELECT current_user::text, coalesce((SELECT substr(u.r, 11) FROM unnest(ARRAY['stockroom_admin',"
        " 'stockroom_supervisor', 'stockroom_manager', 'stockroom_associate', 'stockroom_checkout'])"
        " WITH ORDINALITY u (r, n) WHERE pg_has_role(u.r, 'MEMBER') ORDER BY u.n LIMIT 1), ''),"
        " current_setting('server_version'), (SELECT max(version) FROM public.stockroom_schema_version)");
    QVariantList values;
    for (const auto kind : kAll) {
        sql += QStringLiteral(", has_function_privilege(?, 'EXECUTE')");
        values << Operation::functionSignature(kind);
    }
    auto ran = session.run(sql, values);
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    Permissions out;
    if (query->next()) {
        out.known = true;
        out.user = query->value(0).toString();
        out.persona = query->value(1).toString();
        out.serverVersion = query->value(2).toString();
        out.schemaVersion = query->value(3).toInt();
        int column = 4;
        for (const auto kind : kAll) {
            if (query->value(column++).toBool())
                out.allowedMask |= 1u << int(kind);
        }
    }
    query->finish();
    return out;
}

} // namespace Stockroom::Services
