#include "commands.h"
#include "context.h"

#include <QJsonArray>

#include <connection/embeddedcluster.h>
#include <connection/migrator.h>
#include <cstdio>
#include <ledger/demoseeder.h>

namespace Stockroom::Ctl {

namespace {

// --lat X --lon Y, both or neither: false after reporting a usage error.
bool position(Context &ctx, std::optional<double> *latitude, std::optional<double> *longitude)
{
    const bool hasLat = ctx.args().has(QStringLiteral("lat"));
    const bool hasLon = ctx.args().has(QStringLiteral("lon"));
    if (hasLat != hasLon) {
        ctx.usage(QStringLiteral("--lat and --lon go together"));
        return false;
    }
    if (hasLat) {
        bool okLat = false;
        bool okLon = false;
        *latitude = ctx.args().value(QStringLiteral("lat")).toDouble(&okLat);
        *longitude = ctx.args().value(QStringLiteral("lon")).toDouble(&okLon);
        if (!okLat || !okLon || std::abs(**latitude) > 90 || std::abs(**longitude) > 180) {
            ctx.usage(QStringLiteral("--lat is -90..90 and --lon -180..180 degrees"));
            return false;
        }
    }
    return true;
}

// --unit-cost 12.50 as cents: false after reporting a usage error.
bool unitCost(Context &ctx, std::optional<qint64> *cents)
{
    if (!ctx.args().has(QStringLiteral("unit-cost")))
        return true;
    const QString text = ctx.args().value(QStringLiteral("unit-cost"));
    *cents = Services::parseCents(text);
    if (!*cents) {
        ctx.usage(QStringLiteral("--unit-cost must be an amount of zero or more with at most two decimals, like "
                                 "12.50, not \"%1\"")
                      .arg(text));
        return false;
    }
    return true;
}

QString describeSku(const QJsonObject &o)
{
    QStringList codes;
    for (const QJsonValue &b : o.value(QStringLiteral("barcodes")).toArray())
        codes << b.toString();
    const QJsonValue cost = o.value(QStringLiteral("unit_cost"));
    return QStringLiteral("SKU %1 \"%2\"%3%4")
        .arg(o.value(QStringLiteral("sku")).toString(), o.value(QStringLiteral("name")).toString(),
             codes.isEmpty() ? QString() : QStringLiteral(", barcodes ") + codes.join(QStringLiteral(", ")),
             cost.isDouble() ? QStringLiteral(", unit cost %1").arg(cost.toDouble(), 0, 'f', 2) : QString());
}

} // namespace

int initCommand(Context &ctx)
{
    const bool demo = ctx.args().flag(QStringLiteral("demo"));
    if (ctx.args().words.size() != 1 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("init takes only --demo"));
    if (!ctx.connect())
        return Failed;
    QJsonObject result{{QStringLiteral("database"), ctx.spec()->describe()},
                       {QStringLiteral("schema_version"), Services::Migrator::latestVersion()}};
    if (demo) {
        Services::DemoSeeder seeder(*ctx.session());
        auto seeded = seeder.seed([&](int step, int steps, const QString &title) {
            if (!ctx.json() && step < steps)
                std::fprintf(stderr, "seeding demo data %d/%d: %s\n", step + 1, steps, title.toUtf8().constData());
        });
        if (!seeded)
            return ctx.fail(seeded.error());
        result.insert(QStringLiteral("demo"), true);
    }
    ctx.print(result, QStringLiteral("ledger ready at %1 (schema version %2)%3")
                          .arg(ctx.spec()->describe())
                          .arg(Services::Migrator::latestVersion())
                          .arg(demo ? QStringLiteral(", demo data seeded") : QString()));
    return Done;
}

int locationAddCommand(Context &ctx)
{
    if (ctx.args().words.size() != 3)
        return ctx.usage(QStringLiteral("expected: location add CODE --name NAME --kind warehouse|store"));
    Services::LocationInfo info;
    info.code = ctx.args().words.at(2);
    info.name = ctx.args().value(QStringLiteral("name"));
    info.kind = ctx.args().value(QStringLiteral("kind"));
    info.region = ctx.args().value(QStringLiteral("region"));
    if (info.name.isEmpty())
        return ctx.usage(QStringLiteral("--name is required"));
    if (info.kind != u"warehouse" && info.kind != u"store")
        return ctx.usage(QStringLiteral("--kind must be warehouse or store"));
    if (!position(ctx, &info.latitude, &info.longitude))
        return Usage;
    if (!ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->addLocation(info), [](const QJsonObject &o) {
        return QStringLiteral("location %1 (%2, %3)")
            .arg(o.value(QStringLiteral("location")).toString(), o.value(QStringLiteral("name")).toString(),
                 o.value(QStringLiteral("kind")).toString());
    });
}

int locationUpdateCommand(Context &ctx)
{
    if (ctx.args().words.size() != 3)
        return ctx.usage(QStringLiteral("expected: location update CODE [--name NAME] [--region R] [--lat X --lon Y]"));
    Services::LocationUpdate update;
    update.code = ctx.args().words.at(2);
    if (ctx.args().has(QStringLiteral("name")))
        update.name = ctx.args().value(QStringLiteral("name"));
    if (ctx.args().has(QStringLiteral("region")))
        update.region = ctx.args().value(QStringLiteral("region"));
    if (!position(ctx, &update.latitude, &update.longitude))
        return Usage;
    const QString key = ctx.key();
    if (!update.name && !update.region && !update.latitude)
        return ctx.usage(QStringLiteral("nothing to change: give --name, --region, or --lat and --lon"));
    if (!ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->updateLocation(update, key), [](const QJsonObject &o) {
        const QJsonValue region = o.value(QStringLiteral("region"));
        return QStringLiteral("location %1 (%2, %3%4)%5")
            .arg(o.value(QStringLiteral("location")).toString(), o.value(QStringLiteral("name")).toString(),
                 o.value(QStringLiteral("kind")).toString(),
                 region.isString() ? QStringLiteral(", region ") + region.toString() : QString(),
                 o.value(QStringLiteral("changed")).toBool() ? QString() : QStringLiteral(": nothing changed"));
    });
}

int locationListCommand(Context &ctx)
{
    if (ctx.args().words.size() != 2 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("location list takes no arguments"));
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    auto rows = ledger->locations();
    if (!rows)
        return ctx.fail(rows.error());
    for (const QJsonValue &row : rows.value()) {
        const QJsonObject o = row.toObject();
        ctx.print(o, QStringLiteral("%1  %2  %3  %4")
                         .arg(o.value(QStringLiteral("code")).toString(), -14)
                         .arg(o.value(QStringLiteral("kind")).toString(), -10)
                         .arg(o.value(QStringLiteral("region")).toString(), -8)
                         .arg(o.value(QStringLiteral("name")).toString()));
    }
    return Done;
}

int skuAddCommand(Context &ctx)
{
    if (ctx.args().words.size() != 3)
        return ctx.usage(QStringLiteral("expected: sku add CODE --name NAME [--barcode B]... [--unit-cost X]"));
    const QString code = ctx.args().words.at(2);
    const QString name = ctx.args().value(QStringLiteral("name"));
    const QStringList barcodes = ctx.args().values(QStringLiteral("barcode"));
    std::optional<qint64> cents;
    if (name.isEmpty())
        return ctx.usage(QStringLiteral("--name is required"));
    if (!unitCost(ctx, &cents))
        return Usage;
    if (!ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->addSku(code, name, barcodes, cents), describeSku);
}

int skuUpdateCommand(Context &ctx)
{
    if (ctx.args().words.size() != 3)
        return ctx.usage(
            QStringLiteral("expected: sku update CODE [--name NAME] [--barcode B... | --no-barcodes] [--unit-cost X]"));
    Services::SkuUpdate update;
    update.code = ctx.args().words.at(2);
    if (ctx.args().has(QStringLiteral("name")))
        update.name = ctx.args().value(QStringLiteral("name"));
    const QStringList barcodes = ctx.args().values(QStringLiteral("barcode"));
    const bool noBarcodes = ctx.args().flag(QStringLiteral("no-barcodes"));
    if (noBarcodes && !barcodes.isEmpty())
        return ctx.usage(QStringLiteral("--no-barcodes and --barcode exclude each other"));
    if (noBarcodes || !barcodes.isEmpty())
        update.barcodes = barcodes;
    if (!unitCost(ctx, &update.unitCostCents))
        return Usage;
    const QString key = ctx.key();
    if (!update.name && !update.barcodes && !update.unitCostCents)
        return ctx.usage(QStringLiteral("nothing to change: give --name, --barcode, --no-barcodes or --unit-cost"));
    if (!ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->updateSku(update, key), [](const QJsonObject &o) -> QString {
        return describeSku(o) +
               (o.value(QStringLiteral("changed")).toBool() ? QString() : QStringLiteral(": nothing changed"));
    });
}

int clusterCommand(Context &ctx)
{
    const QString action = ctx.args().words.value(1);
    if (ctx.args().words.size() != 2 || (action != u"status" && action != u"stop" && action != u"start") ||
        !ctx.checkUnused())
        return ctx.usage(QStringLiteral("expected: cluster start|status|stop"));
    Services::EmbeddedCluster cluster;
    if (action == u"stop") {
        if (auto stopped = cluster.stop(); !stopped)
            return ctx.fail(stopped.error());
        ctx.print({{QStringLiteral("running"), false}}, QStringLiteral("embedded cluster stopped"));
        return Done;
    }
    if (action == u"start") {
        auto started = cluster.start();
        if (!started)
            return ctx.fail(started.error());
    }
    const bool running = cluster.isRunning();
    ctx.print({{QStringLiteral("running"), running},
               {QStringLiteral("data"), cluster.dataDir()},
               {QStringLiteral("socket"), cluster.socketDir()}},
              QStringLiteral("embedded cluster %1 (data %2, socket %3)")
                  .arg(running ? QStringLiteral("running") : QStringLiteral("stopped"), cluster.dataDir(),
                       cluster.socketDir()));
    return Done;
}

} // namespace Stockroom::Ctl
