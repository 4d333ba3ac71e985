#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace Stockroom::Ui {

MainWindow::MainWindow(const Services::ConnectionSpec &spec, QWidget *parent)
    : QMainWindow(parent)
    , m_spec(spec)
{
    setWindowTitle(tr("Stockroom — %1").arg(spec.describe()));
    auto *label = new QLabel(tr("Connected to the ledger at %1.").arg(spec.describe()), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    statusBar()->showMessage(tr("Connected: %1").arg(spec.describe()));
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

} // namespace Stockroom::Ui
