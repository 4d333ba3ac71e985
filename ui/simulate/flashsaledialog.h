#pragma once

#include <QDialog>

#include <bench/flashsale.h>
#include <connection/connectionspec.h>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineSeries;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QValueAxis;

namespace Stockroom::Models {
class FlashSaleRun;
class FlashSaleSampleModel;
} // namespace Stockroom::Models

namespace Stockroom::Ui {

// Tools ▸ Flash-sale simulator: the sale's parameters, Start and Stop, a live chart of the units available,
// reserved and sold (read from the ledger several times a second), and the outcome when the sale is over. Every
// run happens in a scratch database on the server, made and dropped by the run; the ledger open in the window is
// never touched. The work runs off the GUI thread (Models::FlashSaleRun).
class FlashSaleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlashSaleDialog)

public:
    explicit FlashSaleDialog(const Services::ConnectionSpec &server, QWidget *parent = nullptr);
    ~FlashSaleDialog() override;

    Services::FlashSaleOptions options() const;
    void setOptions(const Services::FlashSaleOptions &options);
    bool isRunning() const;
    Models::FlashSaleSampleModel *samples() const { return m_samples; }
    QLineSeries *series(int column) const;
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    bool isShowingChart() const;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    // After every run, stopped or not: error empty when it ran.
    void finished(const Stockroom::Services::FlashSaleResult &result, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    QWidget *buildForm();
    QWidget *buildChart();
    QWidget *buildSummary();
    void onSample(const Services::FlashSaleSample &sample);
    void onFinished(const Services::FlashSaleResult &result, const QString &error);
    void showSummary(const Services::FlashSaleResult &result);
    void setRunning(bool running);

    Services::ConnectionSpec m_server;
    Models::FlashSaleRun *m_run;
    Models::FlashSaleSampleModel *m_samples;
    QSpinBox *m_stock = nullptr;
    QSpinBox *m_buyers = nullptr;
    QSpinBox *m_clients = nullptr;
    QComboBox *m_arrival = nullptr;
    QSpinBox *m_rate = nullptr;
    QSpinBox *m_ttl = nullptr;
    QSpinBox *m_abandon = nullptr;
    QSpinBox *m_payment = nullptr;
    QCheckBox *m_hot = nullptr;
    QSpinBox *m_slots = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QList<QLineSeries *> m_series;
    QWidget *m_summary = nullptr;
    QGridLayout *m_figures = nullptr;
    bool m_closeWhenDone = false;
};

} // namespace Stockroom::Ui
