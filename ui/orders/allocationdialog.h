#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <connection/connectionspec.h>

class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QHBoxLayout;

namespace Stockroom::Ui {

class AllocationMap;
class PlanCard;

// Where an order ships from: the ledger's ranked allocation plans (api.allocation_preview) side by side, the
// chosen plan's lines, a map of the locations with the routes it takes, and why every other location was
// passed over. "Apply plan" reserves the chosen plan as the preview saw the stock; if stock moved meanwhile
// the ledger refuses, the dialog says so and previews again.
class AllocationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllocationDialog)

public:
    AllocationDialog(const Services::ConnectionSpec &spec, const QString &ref, const QString &channel,
                     QWidget *parent = nullptr);
    ~AllocationDialog() override;

    // The preview on screen ({} until one arrived).
    const QJsonObject &preview() const { return m_preview; }
    // The plan chosen now (an element of the preview's "plans"), {} when there is none.
    QJsonObject selectedPlan() const;
    // Chooses the plan at this index of the preview's plans (0: the best ranked).
    void selectPlan(int index);
    int selectedIndex() const { return m_selected; }

    // Reads the preview again (the dialog does so when it opens and after stock moved).
    void refresh();
    // Reserves the chosen plan, if it can be applied.
    void apply();

Q_SIGNALS:
    // The plan was reserved: order is api.order_allocate's result (the order after allocation).
    void allocated(const QJsonObject &order);
    // A preview arrived and is on screen.
    void previewShown();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setBusy(bool busy, const QString &text);
    void showPreview(const QJsonObject &preview);
    void showPlan();
    void showError(const QString &text);
    void updateApply();

    Services::ConnectionSpec m_spec;
    QString m_ref;
    QString m_channel;
    QJsonObject m_preview;
    QJsonArray m_plans;
    int m_selected = -1;
    bool m_busy = false;
    QString m_keepStrategy; // after stock moved: the strategy to choose again in the fresh preview

    QLabel *m_heading;
    QLabel *m_policy;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_notice;
    QWidget *m_cardsBox;
    QHBoxLayout *m_cards;
    QList<PlanCard *> m_cardList;
    AllocationMap *m_map;
    QStandardItemModel *m_lines;
    QTableView *m_linesView;
    QLabel *m_linesTitle;
    QStandardItemModel *m_rejected;
    QTableView *m_rejectedView;
    QLabel *m_rejectedTitle;
    QLabel *m_why;
    QPushButton *m_apply;
};

} // namespace Stockroom::Ui
