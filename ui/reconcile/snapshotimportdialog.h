#pragma once

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <QStringList>

#include <connection/connectionspec.h>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDragEnterEvent;
class QDropEvent;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace Stockroom::Ui {

// File ▸ Import stock snapshot…: an ERP's or WMS's stock file, its source (a saved column mapping and conflict
// policy, or a new one mapped from the file's header), the time the other system took it, and the timing window.
// The whole file is checked first: a file with errors is refused with every error listed by line and column, and
// nothing is sent. Then the lines are sent in batches (progress, Cancel) and matched against the ledger as it was
// at that time; the review opens. One key per attempt: importing again after a lost connection continues the same
// snapshot. Supervisors only; anyone else is told so.
class SnapshotImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotImportDialog)

public:
    enum class Stage
    {
        Idle,
        Checking, // reading and parsing the file
        Saving,   // saving a new or changed source
        Sending,  // loading the lines in batches
        Matching, // classification at the cutoff
    };
    Q_ENUM(Stage)

    explicit SnapshotImportDialog(const Services::ConnectionSpec &spec, QWidget *parent = nullptr);
    ~SnapshotImportDialog() override;

    // Chooses the file: reads its header row for the column choices and takes its modification time as the as-of.
    void setFile(const QString &path);
    void startImport();
    // Stops sending after the batch under way; the key is kept, so importing again continues the snapshot.
    void cancelImport();

    Stage stage() const { return m_stage; }
    bool isWorking() const { return m_stage != Stage::Idle; }
    bool sourcesKnown() const { return m_sourcesKnown; }
    bool isDenied() const { return m_denied; }
    QStringList headers() const { return m_headers; }
    // The message shown under the form (a refusal, an error or an outcome), as plain text.
    QString messageText() const;
    // The key the next attempt sends: the same as the last one while the file, source, time and window are.
    QString attemptKey() const { return m_key; }

    QLineEdit *fileField() const { return m_file; }
    QComboBox *sourceField() const { return m_source; }
    QComboBox *skuColumn() const { return m_skuColumn; }
    QComboBox *locationColumn() const { return m_locationColumn; }
    QComboBox *quantityColumn() const { return m_quantityColumn; }
    QComboBox *bucketColumn() const { return m_bucketColumn; }
    QComboBox *policyField() const { return m_policy; }
    QCheckBox *changeSourceField() const { return m_changeSource; }
    QDateTimeEdit *asOfField() const { return m_asOf; }
    QSpinBox *windowField() const { return m_window; }
    QTableWidget *errorTable() const { return m_errors; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *importButton() const { return m_import; }

Q_SIGNALS:
    void sourcesLoaded();
    // The file was refused before anything was sent.
    void fileRejected(int errors, bool truncated);
    void imported(qint64 snapshot, const QJsonObject &result);
    void importFailed(const QString &message);

public Q_SLOTS:
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Progress;
    struct Outcome;

    QWidget *buildForm();
    void loadSources();
    void browse();
    void sourceChanged();
    void updateMapping();
    void updateActions();
    void readHeader(const QString &path);
    void fillColumns(const QStringList &headers);
    void guessColumns();
    bool validate();
    void setStage(Stage stage);
    bool stopping() const; // Cancel was pressed and the run has not stopped yet
    void pollProgress();
    void finish(const Outcome &outcome);
    void showErrors(const Outcome &outcome);
    void showMessage(const QString &text, bool error);
    QString attemptSignature() const;
    QJsonObject savedSource(const QString &name) const;
    bool isNewSource() const;

    Services::ConnectionSpec m_spec;
    QList<QJsonObject> m_sources;
    QStringList m_headers;
    QString m_readPath;          // the file whose header the columns show
    bool m_showingSaved = false; // the columns show a saved source's mapping
    bool m_sourcesKnown = false;
    bool m_denied = false;
    Stage m_stage = Stage::Idle;
    QString m_key;
    QString m_sourceKey;
    QString m_keySignature;
    std::shared_ptr<Progress> m_running;

    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_fileFacts;
    QComboBox *m_source;
    QLabel *m_sourceFacts;
    QCheckBox *m_changeSource;
    QGroupBox *m_mapping;
    QComboBox *m_skuColumn;
    QComboBox *m_locationColumn;
    QComboBox *m_quantityColumn;
    QComboBox *m_bucketColumn;
    QComboBox *m_policy;
    QLabel *m_mappingWarning;
    QDateTimeEdit *m_asOf;
    QSpinBox *m_window;
    QLabel *m_banner; // a refusal of the whole dialog: this login may not import
    QLabel *m_message;
    QTableWidget *m_errors;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QPushButton *m_close;
    QTimer *m_poll;
};

} // namespace Stockroom::Ui
