#pragma once

#include "operation.h"

#include <QMetaType>
#include <QString>

#include <result.h>

namespace Stockroom::Services {

class Session;

// What the connected login may do, as the database sees it (pg_has_role, has_function_privilege): the
// window disables what is not allowed and says why. The database still refuses it if tried.
struct Permissions
{
    bool known = false;
    QString user;
    QString persona; // the highest stockroom role held: admin, supervisor, manager, associate, checkout; or empty
    quint32 allowedMask = 0;    // bit int(kind) per Operation::Kind allowed
    bool editReference = false; // api.update_sku and api.update_location
    bool createCounts = false;  // api.count_session_create: a manager's
    bool reviewCounts = false;  // api.count_review: a manager's, as it shows expected quantities
    bool decideCounts = false;  // api.count_approve, count_reject, count_recount: a supervisor's
    bool hotSku = false;        // api.hot_sku_enable and api.hot_sku_disable: a manager's
    QString serverVersion;      // PostgreSQL's
    int schemaVersion = 0;

    bool may(Operation::Kind kind) const { return !known || (allowedMask & (1u << int(kind))) != 0; }
    // Whether SKUs and locations may be edited (a manager's or an admin's login).
    bool mayEditReference() const { return !known || editReference; }
    // Count sessions: who may open one, read its review, and approve, reject or recount its lines.
    bool mayCreateCounts() const { return !known || createCounts; }
    bool mayReviewCounts() const { return !known || reviewCounts; }
    bool mayDecideCounts() const { return !known || decideCounts; }
    // Whether a row's hot-SKU mode may be switched on or off (a manager's).
    bool mayHotSku() const { return !known || hotSku; }
    // The persona needed for kind, for "needs the manager role".
    static QString personaFor(Operation::Kind kind);
    static Result<Permissions> load(Session &session);
};

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::Permissions)
