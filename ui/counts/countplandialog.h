#pragma once

#include <QDialog>
#include <QJsonObject>

#include <connection/connectionspec.h>
#include <ledger/stockreader.h>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Stockroom::Ui {

// What to count today (api.count_plan): per location, the stock rows due by their ABC class's frequency or
// triggered (went to zero, last count found a difference), in priority order up to the location's daily cap, and
// one action that starts a session for a location's plan.
class CountPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountPlanDialog)

public:
    CountPlanDialog(const Services::ConnectionSpec &spec, const QList<Services::LocationRef> &locations,
                    const QString &location, bool mayStart, QWidget *parent = nullptr);
    ~CountPlanDialog() override;

    const QJsonObject &plan() const { return m_plan; }
    bool isLoading() const { return m_loading; }
    void reload();
    void startSession();

Q_SIGNALS:
    void loaded();
    void sessionStarted(qint64 session);

private:
    void present(const QJsonObject &plan);

    Services::ConnectionSpec m_spec;
    bool m_mayStart;
    bool m_loading = false;
    QJsonObject m_plan;
    QComboBox *m_location;
    QDateEdit *m_date;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_empty;
    QCheckBox *m_blind;
    QPushButton *m_start;
};

} // namespace Stockroom::Ui
