#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <demoseeder.h>
#include <ledgerlocator.h>
#include <mainwindow.h>
#include <session.h>

using namespace Stockroom;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stockroom"));
    QApplication::setOrganizationName(QStringLiteral("Stockroom"));
    QApplication::setApplicationVersion(QStringLiteral(STOCKROOM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Warehouse and store inventory"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Join a shared ledger server."),
                                      QStringLiteral("postgresql://…"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Seed the demo data set."));
    parser.addOptions({dbOption, demoOption});
    parser.process(app);

    auto spec = Services::LedgerLocator::prepare(parser.value(dbOption));
    if (!spec) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Stockroom"), spec.error().message);
        return 1;
    }
    if (parser.isSet(demoOption)) {
        Services::Session session(spec.value(), QStringLiteral("demo"));
        if (auto seeded = Services::DemoSeeder(session).seed(); !seeded) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Stockroom"), seeded.error().message);
            return 1;
        }
    }
    Ui::MainWindow window(spec.value());
    window.show();
    return QApplication::exec();
}
