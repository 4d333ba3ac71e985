#pragma once

#include <QMainWindow>

#include <connectionspec.h>

namespace Stockroom::Ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Services::ConnectionSpec &spec, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    Services::ConnectionSpec m_spec;
};

} // namespace Stockroom::Ui
