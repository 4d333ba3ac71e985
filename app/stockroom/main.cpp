#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <mainwindow.h>
#include <startup.h>

using namespace Stockroom;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stockroom"));
    QApplication::setOrganizationName(QStringLiteral("Stockroom"));
    QApplication::setApplicationVersion(QStringLiteral(STOCKROOM_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("stockroom"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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

    auto spec = Ui::Startup::connect(parser.value(dbOption), parser.isSet(demoOption));
    if (!spec && spec.error().message.isEmpty())
        return 0; // cancelled
    if (!spec) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Stockroom"), spec.error().message);
        return 1;
    }
    Ui::MainWindow window(spec.value());
    window.show();
    return QApplication::exec();
}
