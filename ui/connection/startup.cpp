#include "startup.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

#include <connection/ledgerlocator.h>
#include <connection/session.h>
#include <ledger/demoseeder.h>

namespace Stockroom::Ui {

using Services::ConnectionSpec;
using Services::Result;

Result<ConnectionSpec> Startup::prepare(const QString &dbUrl, bool demo, QWidget *parent)
{
    QProgressDialog progress(QApplication::translate("Startup", "Opening the ledger…"), QString(), 0, 0, parent);
    progress.setWindowTitle(QApplication::translate("Startup", "Stockroom"));
    progress.setObjectName(QStringLiteral("startupProgress"));
    progress.setMinimumDuration(200);
    progress.setAutoClose(false);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumWidth(420);
    QPointer<QProgressDialog> dialog(&progress);
    const auto report = [dialog](const QString &text) {
        QMetaObject::invokeMethod(qApp, [dialog, text] {
            if (dialog)
                dialog->setLabelText(text);
        });
    };

    QFutureWatcher<Result<ConnectionSpec>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([dbUrl, demo, report]() -> Result<ConnectionSpec> {
        auto spec = Services::LedgerLocator::prepare(dbUrl, report);
        if (!spec || !demo)
            return spec;
        Services::Session session(spec.value(), QStringLiteral("demo"));
        // Seeded once: a ledger that has the demo data (or any stock of its own) is left as it is.
        auto present = session.rows(QStringLiteral("SELECT EXISTS (SELECT 1 FROM api.stock) AS present"));
        if (!present)
            return present.error();
        if (present->first().toObject().value(u"present").toBool())
            return spec;
        auto seeded = Services::DemoSeeder(session).seed([report](int step, int steps, const QString &what) {
            report(QApplication::translate("Startup", "Seeding the demo data (%1 of %2): %3…")
                       .arg(step + 1)
                       .arg(steps)
                       .arg(what));
        });
        if (!seeded)
            return seeded.error();
        return spec;
    }));
    loop.exec();
    return watcher.result();
}

} // namespace Stockroom::Ui
