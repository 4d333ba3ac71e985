#include "commands.h"
#include "context.h"

#include <QJsonArray>

#include <connection/embeddedcluster.h>
#include <connection/migrator.h>
#include <cstdio>
#include <ledger/demoseeder.h>

namespace Stockroom::Ctl {

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
    const bool hasLat = ctx.args().has(QStringLiteral("lat"));
    const bool hasLon = ctx.args().has(QStringLiteral("lon"));
    if (hasLat != hasLon)
        return ctx.usage(QStringLiteral("--lat and --lon go together"));
    if (hasLat) {
        bool okLat = false;
        bool okLon = false;
        info.latitude = ctx.args().value(QStringLiteral("lat")).toDouble(&okLat);
        info.longitude = ctx.args().value(QStringLiteral("lon")).toDouble(&okLon);
        if (!okLat || !okLon || std::abs(*info.latitude) > 90 || std::abs(*info.longitude) > 180)
            return ctx.usage(QStringLiteral("--lat is -90..90 and --lon -180..180 degrees"));
    }
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
        return ctx.usage(QStringLiteral("expected: sku add CODE --name NAME [--barcode B]..."));
    const QString code = ctx.args().words.at(2);
    const QString name = ctx.args().value(QStringLiteral("name"));
    const QStringList barcodes = ctx.args().values(QStringLiteral("barcode"));
    if (name.isEmpty())
        return ctx.usage(QStringLiteral("--name is required"));
    if (!ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->addSku(code, name, barcodes), [](const QJsonObject &o) {
        QStringList codes;
        for (const QJsonValue &b : o.value(QStringLiteral("barcodes")).toArray())
            codes << b.toString();
        return QStringLiteral("SKU %1 \"%2\"%3")
            .arg(o.value(QStringLiteral("sku")).toString(), o.value(QStringLiteral("name")).toString(),
                 codes.isEmpty() ? QString() : QStringLiteral(", barcodes ") + codes.join(QStringLiteral(", ")));
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
