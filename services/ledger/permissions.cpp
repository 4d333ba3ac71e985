#include "permissions.h"

#include <QSqlQuery>
#include <QVariantList>

#include <connection/session.h>

namespace Stockroom::Services {

namespace {

const QString kEditReference = QStringLiteral("api.update_sku(text,text,text[],numeric,text)");
const QString kCreateCounts =
    QStringLiteral("api.count_session_create(text,text[],text,boolean,boolean,text[],text,text)");
const QString kReviewCounts = QStringLiteral("api.count_review(bigint)");
const QString kDecideCounts = QStringLiteral("api.count_approve(bigint,text[],boolean,boolean,text,text)");
const QString kHotSku = QStringLiteral("api.hot_sku_enable(uuid,text,text,integer)");

} // namespace

QString Permissions::personaFor(Operation::Kind kind)
{
    switch (kind) {
    case Operation::Kind::Receive:
    case Operation::Kind::Return:
    case Operation::Kind::Commit:
    case Operation::Kind::Release:
    case Operation::Kind::CountRecord:
        return QStringLiteral("associate");
    case Operation::Kind::Adjust:
    case Operation::Kind::Count: // associates count in count sessions
    case Operation::Kind::TransferShip:
    case Operation::Kind::TransferReceive:
    case Operation::Kind::TransferCancel:
    case Operation::Kind::TransferWriteOff:
    case Operation::Kind::ReleaseMany:
        break;
    }
    return QStringLiteral("manager");
}

Result<Permissions> Permissions::load(Session &session)
{
    QString sql = QStringLiteral(
        "SELECT current_user::text, coalesce((SELECT substr(u.r, 11) FROM unnest(ARRAY['stockroom_admin',"
        " 'stockroom_supervisor', 'stockroom_manager', 'stockroom_associate', 'stockroom_checkout'])"
        " WITH ORDINALITY u (r, n) WHERE pg_has_role(u.r, 'MEMBER') ORDER BY u.n LIMIT 1), ''),"
        " current_setting('server_version'), (SELECT max(version) FROM public.stockroom_schema_version)");
    // A function this ledger's schema does not have yet is not allowed (to_regprocedure is NULL), not an error.
    const QList<Operation::Kind> kinds = Operation::kinds();
    QVariantList values;
    for (const auto kind : kinds)
        values << Operation::functionSignature(kind);
    values << kEditReference << kCreateCounts << kReviewCounts << kDecideCounts << kHotSku;
    for (qsizetype i = 0; i < values.size(); ++i)
        sql += QStringLiteral(", coalesce(has_function_privilege(to_regprocedure(?), 'EXECUTE'), false)");
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
        for (const auto kind : kinds) {
            if (query->value(column++).toBool())
                out.allowedMask |= 1u << int(kind);
        }
        out.editReference = query->value(column++).toBool();
        out.createCounts = query->value(column++).toBool();
        out.reviewCounts = query->value(column++).toBool();
        out.decideCounts = query->value(column++).toBool();
        out.hotSku = query->value(column).toBool();
    }
    query->finish();
    return out;
}

} // namespace Stockroom::Services
