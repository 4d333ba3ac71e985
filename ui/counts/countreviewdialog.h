#pragma once

#include <QDialog>
#include <QJsonObject>

#include <connection/connectionspec.h>
#include <ledger/permissions.h>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QSortFilterProxyModel;

namespace Stockroom::Models {
class CountReviewModel;
}

namespace Stockroom::Ui {

// A count session's lines as a supervisor decides them: expected at count time, counted, variance in units and
// value, tolerance, state, recount, double count, who counted, and "short of reserved" where approving would
// leave less on hand than is held. Approve the selected lines, or every line within tolerance at once; reject
// with a reason; order a recount. Approval is all or nothing: a refusal names every line that failed, shown in
// full. Actions this login may not take are disabled and say why.
class CountReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountReviewDialog)

public:
    CountReviewDialog(const Services::ConnectionSpec &spec, qint64 session, QWidget *parent = nullptr);
    ~CountReviewDialog() override;

    qint64 session() const { return m_session; }
    const QJsonObject &review() const { return m_review; }
    Models::CountReviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *errors() const { return m_errors; }
    bool isLoading() const { return m_loading; }
    void setPermissions(const Services::Permissions &permissions);
    void reload();
    // Selects the lines of these SKUs.
    void selectSkus(const QStringList &skus);
    QStringList selectedSkus() const;

    // The actions without their questions (the buttons ask first). skus: nullopt means every line.
    void approve(const std::optional<QStringList> &skus, bool withinToleranceOnly, bool releaseHolds,
                 const QString &reason = {});
    void reject(const QStringList &skus, const QString &reason);
    void recount(const QStringList &skus);

Q_SIGNALS:
    void loaded();
    void changed();
    void message(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void present(const QJsonObject &review);
    void updateActions();
    void approveSelected();
    void approveWithinTolerance();
    void rejectSelected();
    void recountSelected();
    // Asks whether to release holds where lines are short of reserved; nullopt: the user cancelled.
    std::optional<bool> askReleaseHolds(const QList<QJsonObject> &lines, const QString &question);
    void showOutcome(const QString &what, const QJsonObject &result);
    void showRefusal(const QString &what, const QString &message);
    QList<QJsonObject> selectedLines() const;

    Services::ConnectionSpec m_spec;
    qint64 m_session;
    QJsonObject m_review;
    Services::Permissions m_permissions;
    bool m_loading = false;
    bool m_busy = false;

    QLabel *m_title;
    QLabel *m_facts;
    QCheckBox *m_outsideOnly;
    Models::CountReviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_result;
    QPlainTextEdit *m_errors;
    QPushButton *m_approve;
    QPushButton *m_approveWithin;
    QPushButton *m_reject;
    QPushButton *m_recount;
    QLabel *m_why;
};

} // namespace Stockroom::Ui
