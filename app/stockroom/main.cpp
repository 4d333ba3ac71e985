#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <connection/startup.h>
#include <mainwindow.h>
#include <memory>

using namespace Stockroom;

namespace {

// --help and --version print and exit; they must work without a display, so they get a console-only
// application instead of a QApplication (which aborts when no display is reachable).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

// Ours beside the binary (<prefix>/share/stockroom/translations, in the build tree too), then Qt's own for
// its standard buttons and dialogs.
void installTranslations(QCoreApplication &app)
{
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("stockroom"), QStringLiteral("_"),
                   QCoreApplication::applicationDirPath() + QStringLiteral("/../share/stockroom/translations")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app =
        onlyPrints(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                               : std::unique_ptr<QCoreApplication>(std::make_unique<QApplication>(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("stockroom"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stockroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOCKROOM_VERSION));
    installTranslations(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Warehouse and store inventory"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Join a shared ledger server."),
                                      QStringLiteral("postgresql://…"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Seed the demo data set."));
    const QCommandLineOption readDbOption(
        QStringLiteral("read-db"),
        QCoreApplication::translate("main",
                                    "Read the stock view, the ledger panel and the dashboard from this streaming "
                                    "standby of the ledger server; every write still goes to the server."),
        QStringLiteral("postgresql://…"));
    parser.addOptions({dbOption, readDbOption, demoOption});
    parser.process(*app);

    std::optional<Services::ConnectionSpec> replica;
    auto spec =
        Ui::Startup::connect(parser.value(dbOption), parser.isSet(demoOption), parser.value(readDbOption), replica);
    if (!spec && spec.error().message.isEmpty())
        return 0; // cancelled
    if (!spec) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Stockroom"), spec.error().message);
        return 1;
    }
    Ui::MainWindow::Options options;
    options.readReplica = replica;
    Ui::MainWindow window(spec.value(), options);
    window.show();
    return QApplication::exec();
}
