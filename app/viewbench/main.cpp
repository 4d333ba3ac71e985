// The stock view against 1,000,000 stock rows: time to first rows, to a filtered view, to a live update,
// and the memory it takes. Runs the real window offscreen (QT_QPA_PLATFORM=offscreen unless set).
#include "benchdatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <mainwindow.h>
#include <stock/stocktablemodel.h>

using namespace Stockroom;
using Models::StockTableModel;

namespace {

QTextStream out(stdout);

// Runs the event loop until signal fires (true) or timeoutMs passes (false).
template <typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs = 30000)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    return loop.exec() == 0;
}

struct Stats
{
    QList<double> samples;
    void add(double ms) { samples << ms; }
    QString text() const
    {
        QList<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return QStringLiteral("n/a");
        const auto at = [&sorted](double q) {
            return sorted.at(qMin(sorted.size() - 1, qsizetype(q * sorted.size())));
        };
        return QStringLiteral("median %1 ms, p95 %2 ms, max %3 ms (n=%4)")
            .arg(at(0.5), 0, 'f', 1)
            .arg(at(0.95), 0, 'f', 1)
            .arg(sorted.last(), 0, 'f', 1)
            .arg(sorted.size());
    }
};

double openWindow(const Services::ConnectionSpec &spec, std::unique_ptr<Ui::MainWindow> &window)
{
    QElapsedTimer clock;
    clock.start();
    window = std::make_unique<Ui::MainWindow>(spec);
    window->show();
    if (window->stockModel()->rowCount() == 0 && !waitFor(window->stockModel(), &StockTableModel::firstPageShown))
        return -1;
    QApplication::processEvents(); // painted
    return clock.nsecsElapsed() / 1e6;
}

double timeFilter(StockTableModel *model, const Services::StockFilter &filter)
{
    model->setFilter(Services::StockFilter{}); // from the unfiltered view each time
    if (model->isLoading())
        waitFor(model, &StockTableModel::firstPageShown);
    QElapsedTimer clock;
    clock.start();
    model->setFilter(filter);
    if (!waitFor(model, &StockTableModel::firstPageShown))
        return -1;
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stockroom-viewbench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("A superuser's postgresql:// URL."),
                                      QStringLiteral("url"));
    const QCommandLineOption skusOption(QStringLiteral("skus"), QStringLiteral("SKUs (x 10 locations)."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"), QStringLiteral("Reuse a seeded database."));
    parser.addOptions({dbOption, skusOption, reuseOption});
    parser.process(app);
    auto admin = Services::ConnectionSpec::fromUrl(parser.value(dbOption));
    if (!admin) {
        out << admin.error().message << '\n';
        return 2;
    }
    const int skus = parser.value(skusOption).toInt();
    const bool reuse = parser.isSet(reuseOption);

    const qint64 rssStart = Bench::residentKiB();
    auto small = Bench::prepareDatabase(admin.value(), QStringLiteral("stockroom_viewbench_small"), 100, reuse);
    auto big = Bench::prepareDatabase(admin.value(), QStringLiteral("stockroom_viewbench"), skus, reuse);
    if (!small || !big) {
        out << (small ? big.error().message : small.error().message) << '\n';
        return 1;
    }

    // Memory: the same window over 1,000 rows and over all of them.
    std::unique_ptr<Ui::MainWindow> window;
    openWindow(small.value(), window); // warm up: plugins, fonts, the first connection
    window.reset();
    Stats smallOpen;
    for (int i = 0; i < 3; ++i) {
        window.reset();
        smallOpen.add(openWindow(small.value(), window));
    }
    const qint64 rssSmall = Bench::residentKiB();
    window.reset();

    Stats open;
    for (int i = 0; i < 5; ++i) {
        window.reset();
        open.add(openWindow(big.value(), window));
    }
    const qint64 rssBig = Bench::residentKiB();
    StockTableModel *model = window->stockModel();
    out << "\n== stock view over " << skus * 10 << " rows ==\n";
    out << "open window to first rows shown: " << open.text()
        << "\n  (the same window over 1,000 rows: " << smallOpen.text() << ")\n";

    const struct
    {
        const char *label;
        Services::StockFilter filter;
    } filters[] = {
        {"text 'walnut lamp 4' (name)", {QStringLiteral("walnut lamp 4"), {}, {}, false, {}}},
        {"text 'B-04711' (SKU code)", {QStringLiteral("B-04711"), {}, {}, false, {}}},
        {"text '290000012345' (barcode scan)", {QStringLiteral("290000012345"), {}, {}, false, {}}},
        {"text 'zzzz' (no match)", {QStringLiteral("zzzz"), {}, {}, false, {}}},
        {"text 'lamp' (8% of rows)", {QStringLiteral("lamp"), {}, {}, false, {}}},
        {"location BL-05", {{}, QStringLiteral("BL-05"), {}, false, {}}},
        {"region West", {{}, {}, QStringLiteral("West"), false, {}}},
        {"below safety stock", {{}, {}, {}, true, {}}},
    };
    out << "filter applied to first rows shown (SQL + transfer + model reset; typing adds a 120 ms debounce):\n";
    for (const auto &f : filters) {
        Stats stats;
        for (int i = 0; i < 5; ++i)
            stats.add(timeFilter(model, f.filter));
        out << "  " << f.label << ": " << stats.text() << '\n';
    }
    model->setFilter({});
    waitFor(model, &StockTableModel::firstPageShown);

    out << "sort (descending), first rows shown:\n";
    for (int column = 0; column < StockTableModel::ColumnCount; ++column) {
        QElapsedTimer clock;
        clock.start();
        model->sort(column, Qt::DescendingOrder);
        waitFor(model, &StockTableModel::firstPageShown);
        out << "  " << model->headerData(column, Qt::Horizontal).toString() << ": " << clock.nsecsElapsed() / 1e6
            << " ms\n";
    }
    model->sort(StockTableModel::Sku, Qt::AscendingOrder);
    waitFor(model, &StockTableModel::firstPageShown);

    Stats scroll;
    for (int i = 0; i < 50 && model->canFetchMore(); ++i) {
        QElapsedTimer clock;
        clock.start();
        model->fetchMore();
        waitFor(model, &QAbstractItemModel::rowsInserted);
        scroll.add(clock.nsecsElapsed() / 1e6);
    }
    const qint64 rssScrolled = Bench::residentKiB();
    out << "next page (200 rows, keyset): " << scroll.text() << "; " << model->rowCount() << " rows loaded\n";

    Services::Session other(big.value(), QStringLiteral("bench-other"));
    Services::LedgerService ledger(other);
    Stats live;
    for (int i = 0; i < 30; ++i) {
        const auto &row = model->rowAt(i * 37 % model->rowCount());
        QElapsedTimer clock;
        clock.start();
        auto done = ledger.receive(row.sku, row.location, 1, Services::LedgerService::newKey());
        if (!done) {
            out << "receive failed: " << done.error().message << '\n';
            break;
        }
        if (!waitFor(model, &StockTableModel::rowsUpdated, 5000)) {
            out << "no live update within 5 s\n";
            continue;
        }
        live.add(clock.nsecsElapsed() / 1e6);
        QEventLoop pause;
        QTimer::singleShot(20, &pause, &QEventLoop::quit);
        pause.exec();
    }
    out << "change by another connection to the row updated in the view: " << live.text() << '\n';
    out << "memory (resident): " << rssStart / 1024 << " MiB at start; window over 1,000 rows " << rssSmall / 1024
        << " MiB; over " << skus * 10 << " rows " << rssBig / 1024 << " MiB; after scrolling to " << model->rowCount()
        << " rows " << rssScrolled / 1024 << " MiB\n";
    window.reset();
    return 0;
}
