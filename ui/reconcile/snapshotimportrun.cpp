// SnapshotImportDialog: an import run. The whole file checked on a pool thread, then the source saved, the lines
// sent in batches and matched at the cutoff with a session of the worker's own; progress through a shared state the
// dialog polls, so the worker never touches a widget.
#include "snapshotimportdialog.h"
#include "snapshotreviewdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <optional>
#include <reconcile/reconcileservice.h>
#include <reconcile/snapshotcsv.h>
#include <sentence.h>

namespace Stockroom::Ui {

namespace {

constexpr int kMaxErrors = 100;

// Thrown from the progress callback to stop ReconcileService::load between two batches, caught by the worker
// itself: it never leaves the pool thread. (load takes no cancel flag; a batch is never cut in half.)
struct Cancelled
{
};

} // namespace

// What the worker reports while it runs; the dialog polls it. Shared, so the worker never touches the dialog.
struct SnapshotImportDialog::Progress
{
    std::atomic_bool cancel{false};
    std::atomic<int> stage{int(Stage::Checking)};
    std::atomic<qsizetype> sent{0};
    std::atomic<qsizetype> total{0};
};

struct SnapshotImportDialog::Outcome
{
    Stage stoppedAt = Stage::Idle; // Idle: imported
    bool cancelled = false;
    QList<Services::SnapshotCsvError> errors;
    bool truncated = false;
    bool empty = false;
    qsizetype lines = 0;
    qsizetype sent = 0;
    std::optional<Services::Error> error;
    QJsonObject result;
};

SnapshotImportDialog::~SnapshotImportDialog()
{
    if (m_running)
        m_running->cancel = true; // the worker stops after its batch; its result has nowhere to go
}

bool SnapshotImportDialog::validate()
{
    auto refuse = [this](QWidget *field, const QString &text) {
        showMessage(text, true);
        field->setFocus();
        return false;
    };
    const QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return refuse(m_file, tr("Choose the file to import."));
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return refuse(m_file, tr("%1 is not a file this computer can read.").arg(path));
    const QString name = m_source->currentText().trimmed();
    if (name.isEmpty())
        return refuse(m_source, tr("Name the system the file comes from (for example ERP), or choose a source."));
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!valid.match(name).hasMatch())
        return refuse(m_source, tr("A source's name is letters, digits, dots, dashes and underscores (up to 64), "
                                   "starting with a letter or digit: “%1” is not.")
                                    .arg(name));
    if (m_headers.isEmpty())
        return refuse(m_file, tr("The file has no header row: its first line must name the columns."));
    const QString sku = m_skuColumn->currentData().toString();
    const QString location = m_locationColumn->currentData().toString();
    const QString quantity = m_quantityColumn->currentData().toString();
    if (sku.isEmpty() || location.isEmpty() || quantity.isEmpty()) {
        QComboBox *first = sku.isEmpty() ? m_skuColumn : location.isEmpty() ? m_locationColumn : m_quantityColumn;
        return refuse(first, tr("Choose the file's columns for the SKU, the location and the quantity."));
    }
    const QString bucket = m_bucketColumn->currentData().toString();
    if (sku == location || sku == quantity || location == quantity ||
        (!bucket.isEmpty() && (bucket == sku || bucket == location || bucket == quantity)))
        return refuse(m_skuColumn, tr("Each column can be mapped once: the SKU, location, quantity and bucket need "
                                      "different columns."));
    if (m_asOf->dateTime() > QDateTime::currentDateTime())
        return refuse(m_asOf, tr("The snapshot's time cannot be in the future."));
    return true;
}

QString SnapshotImportDialog::attemptSignature() const
{
    const QFileInfo info(m_file->text().trimmed());
    return QStringList{info.absoluteFilePath(),
                       QString::number(info.size()),
                       QString::number(info.lastModified().toMSecsSinceEpoch()),
                       m_source->currentText().trimmed(),
                       QString::number(m_asOf->dateTime().toMSecsSinceEpoch()),
                       m_skuColumn->currentData().toString(),
                       m_locationColumn->currentData().toString(),
                       m_quantityColumn->currentData().toString(),
                       m_bucketColumn->currentData().toString(),
                       m_policy->currentData().toString(),
                       QString::number(isNewSource() || m_changeSource->isChecked())}
        .join(QChar(0x1f));
}

void SnapshotImportDialog::startImport()
{
    if (m_stage != Stage::Idle || !m_import->isEnabled() || !validate())
        return;
    m_errors->hide();
    m_message->hide();
    // One key per attempt; the same again while nothing that the ledger remembers about it changed, so that a retry
    // after a lost connection continues the same snapshot instead of starting a second one.
    const QString signature = attemptSignature();
    if (m_key.isEmpty() || signature != m_keySignature) {
        m_key = Services::LedgerService::newKey();
        m_sourceKey = Services::LedgerService::newKey();
        m_keySignature = signature;
    }

    const QString source = m_source->currentText().trimmed();
    const QJsonObject saved = savedSource(source);
    Services::SnapshotMapping mapping{m_skuColumn->currentData().toString(), m_locationColumn->currentData().toString(),
                                      m_quantityColumn->currentData().toString(),
                                      m_bucketColumn->currentData().toString()};
    QJsonObject mappingJson{{QStringLiteral("sku"), mapping.sku},
                            {QStringLiteral("location"), mapping.location},
                            {QStringLiteral("quantity"), mapping.quantity}};
    if (!mapping.bucket.isEmpty())
        mappingJson.insert(QStringLiteral("bucket"), mapping.bucket);
    QJsonObject policy = saved.value(u"policy").toObject();
    policy.insert(QStringLiteral("default"), m_policy->currentData().toString());
    const bool save =
        saved.isEmpty() || (m_changeSource->isChecked() && (saved.value(u"mapping").toObject() != mappingJson ||
                                                            saved.value(u"policy").toObject() != policy));

    auto progress = std::make_shared<Progress>();
    m_running = progress;
    setStage(Stage::Checking);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        finish(outcome);
    });
    const QString path = QFileInfo(m_file->text().trimmed()).absoluteFilePath();
    const QDateTime asOf = m_asOf->dateTime();
    const int window = m_window->value() * 60;
    watcher->setFuture(QtConcurrent::run([spec = m_spec, path, source, mapping, mappingJson, policy, save, asOf, window,
                                          key = m_key, sourceKey = m_sourceKey, progress]() -> Outcome {
        Outcome out;
        out.stoppedAt = Stage::Checking;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = Services::Error{Services::Error::Kind::Invalid, file.errorString(), {}};
            return out;
        }
        const Services::SnapshotCsv parsed = Services::parseSnapshotCsv(file.readAll(), mapping, kMaxErrors);
        file.close();
        if (!parsed.ok()) {
            out.errors = parsed.errors;
            out.truncated = parsed.truncated;
            return out;
        }
        out.lines = parsed.lines.size();
        out.empty = parsed.lines.isEmpty();
        progress->total = out.lines;
        if (out.empty)
            return out;
        if (progress->cancel) {
            out.cancelled = true;
            return out;
        }

        Services::Session session(spec, QStringLiteral("snapshot import"));
        Services::ReconcileService reconcile(session);
        if (save) {
            out.stoppedAt = Stage::Saving;
            progress->stage = int(Stage::Saving);
            auto saved = reconcile.setSource(source, mappingJson, policy, sourceKey);
            if (!saved) {
                out.error = saved.error();
                return out;
            }
        }
        out.stoppedAt = Stage::Sending;
        progress->stage = int(Stage::Sending);
        std::optional<Services::Result<qint64>> loaded;
        try {
            loaded = reconcile.load(source, asOf, QFileInfo(path).fileName(), parsed.lines, key, 10000,
                                    [progress, total = out.lines](qsizetype sent) {
                                        progress->sent = sent;
                                        if (progress->cancel && sent < total)
                                            throw Cancelled{};
                                    });
        } catch (const Cancelled &) {
            out.cancelled = true;
            out.sent = progress->sent;
            return out;
        }
        out.sent = progress->sent;
        if (!*loaded) {
            out.error = loaded->error();
            return out;
        }
        if (progress->cancel) {
            out.cancelled = true;
            return out;
        }
        out.stoppedAt = Stage::Matching;
        progress->stage = int(Stage::Matching);
        auto classified = reconcile.classify(loaded->value(), window);
        if (!classified) {
            out.error = classified.error();
            return out;
        }
        out.stoppedAt = Stage::Idle;
        out.result = classified.value();
        return out;
    }));
}

void SnapshotImportDialog::cancelImport()
{
    if (!m_running || m_stage == Stage::Matching)
        return;
    m_running->cancel = true;
    m_status->setText(tr("Stopping after the lines under way…"));
    updateActions();
}

void SnapshotImportDialog::setStage(Stage stage)
{
    m_stage = stage;
    switch (stage) {
    case Stage::Idle:
        m_poll->stop();
        m_progress->hide();
        m_status->clear();
        break;
    case Stage::Checking:
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
        m_progress->show();
        m_status->setText(tr("Checking the whole file…"));
        m_poll->start();
        break;
    case Stage::Saving:
        m_status->setText(tr("Saving source %1…").arg(m_source->currentText().trimmed()));
        break;
    case Stage::Sending: {
        const qsizetype total = m_running ? m_running->total.load() : 0;
        m_progress->setRange(0, int(qMin<qsizetype>(total, std::numeric_limits<int>::max())));
        m_status->setText(tr("Sending the lines to the ledger…"));
        break;
    }
    case Stage::Matching:
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
        m_status->setText(tr("Matching at the cutoff…"));
        break;
    }
    updateActions();
}

void SnapshotImportDialog::pollProgress()
{
    if (!m_running)
        return;
    const auto stage = Stage(m_running->stage.load());
    if (stage != m_stage && stage != Stage::Idle)
        setStage(stage);
    if (m_stage == Stage::Sending) {
        const qsizetype sent = m_running->sent;
        const qsizetype total = m_running->total;
        const QLocale locale;
        m_progress->setValue(int(qMin<qsizetype>(sent, m_progress->maximum())));
        m_progress->setFormat(tr("%1 of %2 lines sent").arg(locale.toString(sent), locale.toString(total)));
    }
}

void SnapshotImportDialog::finish(const Outcome &outcome)
{
    const bool cancelled = m_running && m_running->cancel;
    m_running.reset();
    setStage(Stage::Idle);
    const QLocale locale;
    const QString file = QFileInfo(m_file->text().trimmed()).fileName();
    if (!outcome.errors.isEmpty()) {
        showErrors(outcome);
        Q_EMIT fileRejected(int(outcome.errors.size()), outcome.truncated);
        return;
    }
    if (outcome.empty) {
        showMessage(tr("%1 has a header row but no lines: there is nothing to import. Nothing was sent.").arg(file),
                    true);
        Q_EMIT fileRejected(0, false);
        return;
    }
    if (outcome.cancelled || (cancelled && !outcome.error && outcome.stoppedAt != Stage::Idle)) {
        const QString text =
            outcome.stoppedAt == Stage::Checking
                ? tr("Import stopped before anything was sent.")
                : tr("Import stopped: %1 of %2 lines were sent, none was matched and nothing was adjusted. Import "
                     "again with the same file, source and time to continue this snapshot.")
                      .arg(locale.toString(outcome.sent), locale.toString(outcome.lines));
        showMessage(text, false);
        Q_EMIT importFailed(text);
        return;
    }
    if (outcome.error) {
        const Services::Error &error = *outcome.error;
        QString where;
        switch (outcome.stoppedAt) {
        case Stage::Checking:
            where = tr("while reading %1").arg(m_file->text().trimmed());
            break;
        case Stage::Saving:
            where = tr("while saving source %1").arg(m_source->currentText().trimmed());
            break;
        case Stage::Sending:
            where = tr("while sending the lines (%1 of %2 sent)")
                        .arg(locale.toString(outcome.sent), locale.toString(outcome.lines));
            break;
        case Stage::Matching:
        case Stage::Idle:
            where = tr("while matching the lines at the cutoff");
            break;
        }
        QString text;
        if (error.kind == Services::Error::Kind::PermissionDenied)
            text = error.message;
        else if (error.kind == Services::Error::Kind::Connection)
            text = tr("The connection to the ledger was lost %1: %2. Nothing was adjusted. When the server is back, "
                      "press Import again: it continues the same snapshot.")
                       .arg(where, error.message);
        else if (error.message.trimmed().isEmpty())
            // The driver says nothing when a connection breaks under a statement it prepares.
            text = tr("The import stopped %1 without a reason from the server: the connection may have been lost. "
                      "Nothing was adjusted. Press Import again: it continues the same snapshot.")
                       .arg(where);
        else
            text = tr("The import stopped %1: %2").arg(where, sentence(error.message));
        showMessage(text, true);
        Q_EMIT importFailed(text);
        return;
    }
    const qint64 snapshot = outcome.result.value(u"snapshot").toInteger();
    m_key.clear();
    m_keySignature.clear();
    Q_EMIT imported(snapshot, outcome.result);
    openSnapshotReview(parentWidget(), m_spec, snapshot);
    accept();
}

void SnapshotImportDialog::showErrors(const Outcome &outcome)
{
    const QLocale locale;
    const qsizetype count = outcome.errors.size();
    m_errors->setRowCount(int(count + (outcome.truncated ? 1 : 0)));
    auto cell = [](const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(align);
        item->setToolTip(text);
        return item;
    };
    for (int row = 0; row < count; ++row) {
        const Services::SnapshotCsvError &e = outcome.errors.at(row);
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_errors->setItem(row, 0, cell(locale.toString(e.line), right));
        QString column = QStringLiteral("—");
        if (e.column > 0)
            column = e.column <= m_headers.size()
                         ? tr("%1 (%2)").arg(locale.toString(e.column), m_headers.at(e.column - 1))
                         : locale.toString(e.column);
        m_errors->setItem(row, 1, cell(column));
        m_errors->setItem(row, 2, cell(sentence(e.message)));
    }
    if (outcome.truncated) {
        m_errors->setItem(int(count), 0, cell(QStringLiteral("…")));
        m_errors->setItem(int(count), 1, cell(QString()));
        m_errors->setItem(int(count), 2,
                          cell(tr("and more: only the first %1 problems are listed").arg(locale.toString(count))));
    }
    m_errors->resizeColumnToContents(0);
    m_errors->resizeColumnToContents(1);
    const QFontMetrics metrics = m_errors->fontMetrics();
    m_errors->setColumnWidth(0, qMax(m_errors->columnWidth(0), metrics.horizontalAdvance(tr("Line")) + 24));
    m_errors->setColumnWidth(1, qMin(qMax(m_errors->columnWidth(1), metrics.horizontalAdvance(tr("Column")) + 24),
                                     metrics.averageCharWidth() * 28));
    m_errors->show();
    m_errors->scrollToTop();
    const QString file = QFileInfo(m_file->text().trimmed()).fileName();
    const QString problems =
        outcome.truncated ? tr("%1 was not imported: it has more than %2 problems; the first are listed below.")
                                .arg(file, locale.toString(count))
                          : tr("%1 was not imported: %Ln problem(s), listed below.", nullptr, int(count)).arg(file);
    showMessage(problems + u' ' +
                    tr("Nothing was sent to the ledger. Correct the file (or the columns) and import it again."),
                true);
}

bool SnapshotImportDialog::stopping() const
{
    return m_running && m_running->cancel;
}

} // namespace Stockroom::Ui
