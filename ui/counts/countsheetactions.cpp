#include "countsheetactions.h"

#include "countsheetpdf.h"
#include "ledgertask.h"
#include "sheetentrydialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent>

#include <counts/countservice.h>

namespace Stockroom::Ui {

namespace {

// The sheet printed last per session, in this run (GUI thread only).
QHash<qint64, QJsonObject> &printedSheets()
{
    static QHash<qint64, QJsonObject> sheets;
    return sheets;
}

void fetchSheet(QWidget *parent, const Services::ConnectionSpec &spec, qint64 session,
                std::function<void(const QJsonObject &)> done)
{
    runLedgerTask<QJsonObject>(
        parent, spec, [session](Services::Session &s) { return Services::CountService(s).sheet(session); },
        [parent, done](const Services::Result<QJsonObject> &sheet) {
            if (!sheet) {
                QMessageBox::warning(parent, QCoreApplication::translate("CountSheet", "Count sheet"),
                                     sheet.error().message);
                return;
            }
            done(sheet.value());
        });
}

} // namespace

void printCountSheet(QWidget *parent, const Services::ConnectionSpec &spec, qint64 session)
{
    QPointer<QWidget> guard(parent);
    fetchSheet(parent, spec, session, [guard, session](const QJsonObject &sheet) {
        if (!guard)
            return;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path =
            QFileDialog::getSaveFileName(guard, QCoreApplication::translate("CountSheet", "Save count sheet"),
                                         QDir(folder).filePath(QStringLiteral("count-session-%1.pdf").arg(session)),
                                         QCoreApplication::translate("CountSheet", "PDF (*.pdf)"));
        if (path.isEmpty() || !guard)
            return;
        printedSheets().insert(session, sheet);
        auto *watcher = new QFutureWatcher<QString>(guard);
        QObject::connect(watcher, &QFutureWatcherBase::finished, guard, [guard, watcher, path] {
            const QString error = watcher->result();
            watcher->deleteLater();
            if (!error.isEmpty())
                QMessageBox::warning(guard, QCoreApplication::translate("CountSheet", "Count sheet"), error);
            else
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        });
        watcher->setFuture(QtConcurrent::run([sheet, path] {
            QString error;
            return writeCountSheet(sheet, path, &error) ? QString() : error;
        }));
    });
}

void enterCountSheet(QWidget *parent, const Services::ConnectionSpec &spec, qint64 session,
                     const std::function<void(SheetEntryDialog *)> &done)
{
    const auto open = [parent, spec, done](const QJsonObject &sheet) {
        auto *dialog = new SheetEntryDialog(spec, sheet, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        if (done)
            done(dialog);
    };
    if (printedSheets().contains(session)) {
        open(printedSheets().value(session));
        return;
    }
    fetchSheet(parent, spec, session, open);
}

} // namespace Stockroom::Ui
