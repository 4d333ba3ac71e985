#pragma once

#include <QDialog>
#include <QJsonObject>

#include <connection/connectionspec.h>
#include <optional>
#include <result.h>

class QComboBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Stockroom::Models {
class SnapshotReviewModel;
}

namespace Stockroom::Services {
class Session;
}

namespace Stockroom::Ui {

class SnapshotReviewDialog;

// Opens the review of a classified snapshot as a window of its own (deleted when closed) and returns it: the
// import dialog calls it after an import, the dashboard's snapshot chart for an earlier one.
SnapshotReviewDialog *openSnapshotReview(QWidget *parent, const Services::ConnectionSpec &spec, qint64 snapshot);

// The database refused what (a sentence's subject: "Importing a stock snapshot"): error again, with a message that
// names the role needed and the one this login has. Runs on the worker thread, with the session that was refused.
Services::Error supervisorRefusal(Services::Session &session, const QString &what, const Services::Error &error);

// A snapshot as a supervisor reviews it: the counts per class in words, a class filter, and the lines that did not
// match the ledger at the cutoff (line, SKU, location, class, book at the cutoff, the file's quantity, difference,
// proposed adjustment, state). Proposed adjustments are checked and approved, or all approved at once, after a
// confirmation that says how many adjustments of how many units will be posted. Approval is all or nothing: a
// refusal names every refused line. A login below supervisor is told so.
class SnapshotReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotReviewDialog)

public:
    SnapshotReviewDialog(const Services::ConnectionSpec &spec, qint64 snapshot, QWidget *parent = nullptr);
    ~SnapshotReviewDialog() override;

    qint64 snapshot() const { return m_snapshot; }
    const QJsonObject &review() const { return m_review; }
    Models::SnapshotReviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *classFilter() const { return m_filter; }
    bool isLoading() const { return m_loading; }
    bool isBusy() const { return m_busy; }
    // The last refusal or error, as shown (empty when none).
    QString errorText() const;
    // The last outcome, as shown.
    QString resultText() const;
    void reload();

    // Approves without asking (the buttons ask first): lines "SKU@LOCATION", nullopt: every proposed line.
    void approve(const std::optional<QStringList> &lines);
    // What the confirmation says for these lines.
    static QString confirmationText(const QList<QJsonObject> &lines, const QString &reference);

Q_SIGNALS:
    void loaded();
    // After an approval that posted something.
    void approved(const QJsonObject &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildSummary();
    void present(const QJsonObject &review);
    void presentSummary(const QJsonObject &summary);
    void updateActions();
    void updateEmptyState();
    void fitColumns();
    void approveChecked();
    void approveAll();
    bool confirm(const QList<QJsonObject> &lines);
    void showOutcome(const QJsonObject &result);
    void showRefusal(const QString &what, const QString &message);
    QList<QJsonObject> proposedLines() const;

    Services::ConnectionSpec m_spec;
    qint64 m_snapshot;
    QJsonObject m_review;
    bool m_loading = false;
    bool m_busy = false;
    bool m_denied = false;
    bool m_loadFailed = false; // the errors shown are the last read's

    QLabel *m_title;
    QLabel *m_facts;
    QGridLayout *m_summary;
    QList<QLabel *> m_counts;
    QLabel *m_hint;
    QComboBox *m_filter;
    QLabel *m_shown;
    Models::SnapshotReviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_result;
    QPlainTextEdit *m_errors;
    QPushButton *m_approve;
    QPushButton *m_approveAll;
    QLabel *m_why;
};

} // namespace Stockroom::Ui
