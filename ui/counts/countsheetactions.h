#pragma once

// The Counts view's two sheet actions for a session: print its count sheet (a PDF to save and open), and enter the
// counts written on it. Both fetch the sheet off the GUI thread. The sheet printed last in this run is kept per
// session, so typing it back in pins each count to the ledger position the sheet was printed at.

#include <QtGlobal>

#include <connection/connectionspec.h>
#include <functional>

class QWidget;

namespace Stockroom::Ui {

class SheetEntryDialog;

// parent must not be null: the fetch reports to it, and drops its result when parent is gone.
// Asks where to save the PDF, writes it on a worker thread and opens it.
void printCountSheet(QWidget *parent, const Services::ConnectionSpec &spec, qint64 session);

// Opens the "enter from sheet" dialog (not modal) once the sheet is there; done gets it (nullptr on failure, after
// telling the user why).
void enterCountSheet(QWidget *parent, const Services::ConnectionSpec &spec, qint64 session,
                     const std::function<void(SheetEntryDialog *)> &done = {});

} // namespace Stockroom::Ui
