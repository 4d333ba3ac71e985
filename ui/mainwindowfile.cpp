// MainWindow: CSV export, the stock snapshot import, the flash-sale simulator, the About box, and the remembered
// layout.
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QtConcurrent>

#include <atomic>
#include <connection/session.h>
#include <connection/startup.h>
#include <ledger/stockexport.h>
#include <memory>
#include <reconcile/snapshotimportdialog.h>
#include <simulate/flashsaledialog.h>
#include <stock/ledgerpanel.h>
#include <stock/stocktablemodel.h>
#include <stock/stockview.h>
#include <workview.h>

namespace Stockroom::Ui {

void MainWindow::buildFileActions(QMenu *fileMenu, QMenu *helpMenu)
{
    auto *exportAction = new QAction(tr("&Export view as CSV…"), this);
    exportAction->setObjectName(QStringLiteral("actionExportCsv"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportCsv);
    fileMenu->addAction(exportAction);

    // A supervisor's: anyone else is told so by the dialog, which the database's refusal opens with.
    auto *importSnapshot = new QAction(tr("&Import stock snapshot…"), this);
    importSnapshot->setObjectName(QStringLiteral("actionImportSnapshot"));
    importSnapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importSnapshot->setStatusTip(tr("Match an ERP or WMS stock file against the ledger at the time it was taken"));
    connect(importSnapshot, &QAction::triggered, this, [this] {
        auto *dialog = findChild<SnapshotImportDialog *>();
        if (!dialog) {
            dialog = new SnapshotImportDialog(m_spec, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    fileMenu->addAction(importSnapshot);
    fileMenu->addSeparator();

    auto *reconnect = new QAction(tr("&Connect to another ledger…"), this);
    reconnect->setObjectName(QStringLiteral("actionConnect"));
    reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(reconnect, &QAction::triggered, this, [this] { Startup::reconnect(this); });
    fileMenu->addAction(reconnect);

    auto *about = new QAction(tr("&About Stockroom"), this);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setShortcut(QKeySequence::HelpContents);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    helpMenu->addAction(about);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildToolActions(QMenu *toolsMenu)
{
    auto *simulate = new QAction(tr("&Flash-sale simulator…"), this);
    simulate->setObjectName(QStringLiteral("actionFlashSale"));
    simulate->setStatusTip(tr("Run a flash sale through the ledger's API in a scratch database and watch it live"));
    connect(simulate, &QAction::triggered, this, [this] {
        auto *dialog = findChild<FlashSaleDialog *>();
        if (!dialog) {
            dialog = new FlashSaleDialog(m_spec, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    toolsMenu->addAction(simulate);
}

void MainWindow::exportCsv()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/stock-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the stock view"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void MainWindow::exportCsvTo(const QString &path)
{
    Services::StockPageRequest view;
    const Models::StockTableModel *stock = stockModel();
    view.filter = stock->filter();
    view.sort = Models::StockTableModel::sortOf(stock->sortColumn());
    view.order = stock->sortOrder();

    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(tr("Exporting the stock view…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });

    auto *watcher = new QFutureWatcher<Services::Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        const auto result = watcher->result();
        watcher->deleteLater();
        progress->close();
        if (result) {
            statusBar()->showMessage(tr("Exported %1 rows to %2").arg(result.value()).arg(path), 10000);
            Q_EMIT exportFinished(true, result.value(), path);
        } else {
            QFile::remove(path);
            statusBar()->showMessage(tr("Export failed: %1").arg(result.error().message), 15000);
            Q_EMIT exportFinished(false, 0, result.error().message);
        }
    });
    const QPointer<QProgressDialog> guard(progress);
    watcher->setFuture(QtConcurrent::run([spec = m_spec, view, path, cancel, guard]() -> Services::Result<qint64> {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Services::Error{Services::Error::Kind::Internal,
                                   QStringLiteral("cannot write %1: %2").arg(path, file.errorString()),
                                   {}};
        Services::Session session(spec, QStringLiteral("export"));
        return Services::StockExport::writeCsv(
            session, view, file,
            [guard](qint64 rows) {
                QMetaObject::invokeMethod(qApp, [guard, rows] {
                    if (guard)
                        guard->setLabelText(QObject::tr("Exporting the stock view… %1 rows").arg(rows));
                });
            },
            cancel.get());
    }));
}

void MainWindow::showAbout()
{
    QString who = m_permissions.user;
    if (!m_permissions.persona.isEmpty())
        who += QStringLiteral(" (%1)").arg(m_permissions.persona);
    const QString server = m_permissions.serverVersion.isEmpty() ? tr("unknown") : m_permissions.serverVersion;
    QMessageBox::about(this, tr("About Stockroom"),
                       tr("<h3>Stockroom %1</h3>"
                          "<p>Warehouse and store inventory on a shared PostgreSQL ledger.</p>"
                          "<table>"
                          "<tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
                          "<tr><td>PostgreSQL server</td><td>%4</td></tr>"
                          "<tr><td>Ledger schema</td><td>version %5</td></tr>"
                          "<tr><td>Connected to</td><td>%6</td></tr>"
                          "<tr><td>As</td><td>%7</td></tr>"
                          "</table>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), server.toHtmlEscaped(),
                                QString::number(m_permissions.schemaVersion), m_spec.describe().toHtmlEscaped(),
                                who.toHtmlEscaped()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (settings.contains(QStringLiteral("geometry")))
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    for (WorkView *view : std::as_const(m_views)) {
        settings.beginGroup(view->objectName());
        view->restoreLayout(settings);
        settings.endGroup();
    }
    const int shown = settings.value(QStringLiteral("view"), 0).toInt();
    showView(m_views.value(shown, static_cast<WorkView *>(m_stockView)));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("view"), m_views.indexOf(currentView()));
    for (WorkView *view : m_views) {
        settings.beginGroup(view->objectName());
        view->saveLayout(settings);
        settings.endGroup();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Stockroom::Ui
