#include "commands.h"
#include "context.h"
#include "countoutput.h"
#include "tables.h"

#include <QJsonArray>
#include <QSysInfo>

namespace Stockroom::Ctl {

using Counts::lines;
using Counts::sessionId;
using Counts::skuList;

namespace {

const QString kCreateSynopsis = QStringLiteral(
    "count-session create --location L (--sku S... | --class A|B|C | --all) [--open] [--assign LOGIN]... [--note N]");

// The device an observation is recorded from: this program on this machine.
QString device()
{
    return QStringLiteral("stockroomctl@%1").arg(QSysInfo::machineHostName()).left(80);
}

// --line SKU, at least one (reject, recount).
std::optional<QStringList> requiredLines(Context &ctx, const QString &synopsis)
{
    QStringList skus = ctx.args().values(QStringLiteral("line"));
    for (qsizetype i = 0; i < skus.size(); ++i) {
        if (skus.at(i).trimmed().isEmpty()) {
            ctx.usage(QStringLiteral("--line %1 of %2 is empty: give a SKU").arg(i + 1).arg(skus.size()));
            return std::nullopt;
        }
    }
    if (skus.isEmpty()) {
        ctx.usage(QStringLiteral("give at least one --line SKU: %1").arg(synopsis));
        return std::nullopt;
    }
    return skus;
}

QString stateAfter(const QJsonObject &o)
{
    return QStringLiteral("session %1 is %2")
        .arg(cell(o.value(QStringLiteral("session"))), cell(o.value(QStringLiteral("state"))));
}

QString skipped(const QJsonObject &o)
{
    const QJsonArray items = o.value(QStringLiteral("skipped")).toArray();
    return items.isEmpty() ? QString() : QStringLiteral("; skipped %1").arg(skuList(items));
}

} // namespace

int countSessionCreateCommand(Context &ctx)
{
    if (ctx.args().words.size() != 2)
        return ctx.usage(QStringLiteral("unexpected argument \"%1\": %2").arg(ctx.args().words.at(2), kCreateSynopsis));
    Services::CountSessionDraft draft;
    draft.location = ctx.args().value(QStringLiteral("location"));
    draft.skus = ctx.args().values(QStringLiteral("sku"));
    draft.abcClass = ctx.args().value(QStringLiteral("class")).toUpper();
    draft.all = ctx.args().flag(QStringLiteral("all"));
    draft.blind = !ctx.args().flag(QStringLiteral("open"));
    draft.assignees = ctx.args().values(QStringLiteral("assign"));
    draft.note = ctx.args().value(QStringLiteral("note"));
    if (draft.location.isEmpty())
        return ctx.usage(QStringLiteral("--location is required: %1").arg(kCreateSynopsis));
    const int scopes = int(!draft.skus.isEmpty()) + int(ctx.args().has(QStringLiteral("class"))) + int(draft.all);
    if (scopes != 1)
        return ctx.usage(QStringLiteral("give one scope: --sku S (one or more), --class A|B|C or --all, not %1")
                             .arg(scopes == 0 ? QStringLiteral("none") : QStringLiteral("several")));
    if (ctx.args().has(QStringLiteral("class")) &&
        !QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}.contains(draft.abcClass))
        return ctx.usage(QStringLiteral("--class \"%1\" is not an ABC class: A, B or C")
                             .arg(ctx.args().value(QStringLiteral("class"))));
    if (draft.note.size() > 200)
        return ctx.usage(QStringLiteral("--note is at most 200 characters, not %1").arg(draft.note.size()));
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *counts = ctx.counts();
    if (!counts)
        return Failed;
    return ctx.report(counts->create(draft, key), [](const QJsonObject &o) -> QString {
        return QStringLiteral("count session %1 at %2: %3, %4%5; %6")
            .arg(cell(o.value(QStringLiteral("session"))), cell(o.value(QStringLiteral("location"))),
                 lines(o.value(QStringLiteral("lines")).toInteger()),
                 o.value(QStringLiteral("blind")).toBool() ? QStringLiteral("blind") : QStringLiteral("open"),
                 o.value(QStringLiteral("full_count")).toBool() ? QStringLiteral(", a full count") : QString(),
                 cell(o.value(QStringLiteral("state"))));
    });
}

int countSessionRecordCommand(Context &ctx)
{
    const QString synopsis =
        QStringLiteral("count-session record SESSION --sku S --counted N [--area A] [--position P]");
    const auto session = sessionId(ctx, synopsis);
    if (!session)
        return Usage;
    QString error;
    const QString sku = ctx.args().value(QStringLiteral("sku"));
    if (sku.trimmed().isEmpty())
        return ctx.usage(QStringLiteral("--sku is required (a code or a barcode): %1").arg(synopsis));
    const auto counted = ctx.args().integer(QStringLiteral("counted"), &error);
    if (!counted)
        return ctx.usage(error);
    if (*counted < 0 || *counted > 100'000'000)
        return ctx.usage(QStringLiteral("--counted must be 0 to 100000000, not %1").arg(*counted));
    std::optional<qint64> position;
    if (ctx.args().has(QStringLiteral("position"))) {
        position = ctx.args().integer(QStringLiteral("position"), &error);
        if (!position)
            return ctx.usage(error);
        if (*position < 0)
            return ctx.usage(QStringLiteral("--position is a movement id (0 or more), not %1").arg(*position));
    }
    const QString area = ctx.args().value(QStringLiteral("area")).trimmed();
    if (area.size() > 40)
        return ctx.usage(QStringLiteral("--area is at most 40 characters, not %1").arg(area.size()));
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *counts = ctx.counts();
    if (!counts)
        return Failed;
    const Services::CountObservation observation{*session, sku, *counted, area, device(), position.value_or(-1)};
    return ctx.report(counts->record(observation, key), [](const QJsonObject &o) -> QString {
        const QString where = o.value(QStringLiteral("area")).toString();
        return QStringLiteral("%1counted %2 × %3 (%4)%5 in count session %6: line %7; %8 of %9 "
                              "counted, %10 to count")
            .arg(o.value(QStringLiteral("recount")).toBool() ? QStringLiteral("re") : QString(),
                 cell(o.value(QStringLiteral("counted"))), cell(o.value(QStringLiteral("sku"))),
                 cell(o.value(QStringLiteral("name"))),
                 where.isEmpty() ? QString() : QStringLiteral(" in area %1").arg(where),
                 cell(o.value(QStringLiteral("session"))), cell(o.value(QStringLiteral("line_state"))),
                 cell(o.value(QStringLiteral("counted_lines"))), cell(o.value(QStringLiteral("lines"))))
            .arg(cell(o.value(QStringLiteral("to_count"))));
    });
}

int countSessionSubmitCommand(Context &ctx)
{
    const auto session = sessionId(ctx, QStringLiteral("count-session submit SESSION [--uncounted-zero]"));
    if (!session)
        return Usage;
    const bool uncountedZero = ctx.args().flag(QStringLiteral("uncounted-zero"));
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *counts = ctx.counts();
    if (!counts)
        return Failed;
    return ctx.report(counts->submit(*session, uncountedZero, key), [](const QJsonObject &o) -> QString {
        QString text =
            QStringLiteral("count session %1 submitted for review: %2 pending approval, %3 sent for a "
                           "recount by someone else, %4 not counted")
                .arg(cell(o.value(QStringLiteral("session"))), lines(o.value(QStringLiteral("pending")).toInteger()),
                     lines(o.value(QStringLiteral("recount")).toInteger()),
                     lines(o.value(QStringLiteral("not_counted")).toInteger()));
        if (const qint64 zero = o.value(QStringLiteral("confirmed_zero")).toInteger(); zero > 0)
            text += QStringLiteral(", %1 confirmed zero").arg(lines(zero));
        return text;
    });
}

int countSessionApproveCommand(Context &ctx)
{
    const auto session = sessionId(
        ctx, QStringLiteral("count-session approve SESSION [--line SKU]... [--within-tolerance] [--release-holds]"));
    if (!session)
        return Usage;
    const QStringList skus = ctx.args().values(QStringLiteral("line"));
    for (qsizetype i = 0; i < skus.size(); ++i) {
        if (skus.at(i).trimmed().isEmpty())
            return ctx.usage(QStringLiteral("--line %1 of %2 is empty: give a SKU").arg(i + 1).arg(skus.size()));
    }
    const bool within = ctx.args().flag(QStringLiteral("within-tolerance"));
    const bool releaseHolds = ctx.args().flag(QStringLiteral("release-holds"));
    const QString reason = ctx.args().value(QStringLiteral("reason")).trimmed();
    if (reason.size() > 200)
        return ctx.usage(QStringLiteral("--reason is at most 200 characters, not %1").arg(reason.size()));
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *counts = ctx.counts();
    if (!counts)
        return Failed;
    return ctx.report(counts->approve(*session, skus.isEmpty() ? std::nullopt : std::optional(skus), within,
                                      releaseHolds, reason, key),
                      [](const QJsonObject &o) -> QString {
                          const QJsonArray approved = o.value(QStringLiteral("approved")).toArray();
                          qint64 moved = 0;
                          qint64 up = 0;
                          qint64 down = 0;
                          for (const QJsonValue &value : approved) {
                              const qint64 variance = value.toObject().value(QStringLiteral("variance")).toInteger();
                              moved += variance != 0 ? 1 : 0;
                              (variance > 0 ? up : down) += variance;
                          }
                          QString text =
                              QStringLiteral("count session %1: approved %2 (\"%3\"), %4 posted a count_variance "
                                             "(+%5 / −%6 units)")
                                  .arg(cell(o.value(QStringLiteral("session"))), lines(approved.size()),
                                       cell(o.value(QStringLiteral("reason"))))
                                  .arg(moved)
                                  .arg(up)
                                  .arg(-down);
                          const QJsonArray released = o.value(QStringLiteral("released")).toArray();
                          if (!released.isEmpty()) {
                              QStringList ids;
                              for (const QJsonValue &id : released)
                                  ids << cell(id);
                              text += QStringLiteral("; released hold%1 %2")
                                          .arg(released.size() == 1 ? QString() : QStringLiteral("s"),
                                               ids.join(QStringLiteral(", ")));
                          }
                          return text + skipped(o) + QStringLiteral("; ") + stateAfter(o);
                      });
}

int countSessionRejectCommand(Context &ctx)
{
    const QString synopsis = QStringLiteral("count-session reject SESSION --line SKU... --reason R");
    const auto session = sessionId(ctx, synopsis);
    if (!session)
        return Usage;
    const auto skus = requiredLines(ctx, synopsis);
    if (!skus)
        return Usage;
    const QString reason = ctx.args().value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty() || reason.size() > 200)
        return ctx.usage(QStringLiteral("--reason is required: say in 1 to 200 characters why these counts are "
                                        "rejected"));
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *counts = ctx.counts();
    if (!counts)
        return Failed;
    return ctx.report(counts->reject(*session, skus, reason, key), [](const QJsonObject &o) -> QString {
        const QJsonArray rejected = o.value(QStringLiteral("rejected")).toArray();
        return QStringLiteral("count session %1: rejected %2%3 (nothing posted)%4; %5")
            .arg(cell(o.value(QStringLiteral("session"))), lines(rejected.size()),
                 rejected.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(skuList(rejected)), skipped(o),
                 stateAfter(o));
    });
}

int countSessionRecountCommand(Context &ctx)
{
    const QString synopsis = QStringLiteral("count-session recount SESSION --line SKU...");
    const auto session = sessionId(ctx, synopsis);
    if (!session)
        return Usage;
    const auto skus = requiredLines(ctx, synopsis);
    if (!skus)
        return Usage;
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *counts = ctx.counts();
    if (!counts)
        return Failed;
    return ctx.report(counts->recount(*session, skus, key), [](const QJsonObject &o) -> QString {
        const QJsonArray sent = o.value(QStringLiteral("recount")).toArray();
        return QStringLiteral(
                   "count session %1: %2 sent for a recount%3, by someone who did not count them first%4; %5")
            .arg(cell(o.value(QStringLiteral("session"))), lines(sent.size()),
                 sent.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(skuList(sent)), skipped(o), stateAfter(o));
    });
}

} // namespace Stockroom::Ctl
