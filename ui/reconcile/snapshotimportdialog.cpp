#include "snapshotimportdialog.h"

#include "snapshotreviewdialog.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <connection/session.h>
#include <ledgertask.h>
#include <sentence.h>

namespace Stockroom::Ui {

namespace {

const QString kErrorStyle = QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; padding: 6px; }");

// The header row's fields, as parseSnapshotCsv reads them: commas, or semicolons when there is no comma;
// "quoted, fields".
QStringList splitHeader(const QString &line)
{
    const QChar separator = line.contains(u',') || !line.contains(u';') ? u',' : u';';
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            field.clear();
        } else if (c == separator) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    fields.removeAll(QString());
    return fields;
}

// A header's name reduced for guessing: "Qty On-Hand" → "qtyonhand".
QString simplified(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

QString guess(const QStringList &headers, const QStringList &candidates)
{
    for (const QString &candidate : candidates)
        for (const QString &header : headers)
            if (simplified(header) == candidate)
                return header;
    for (const QString &candidate : candidates)
        for (const QString &header : headers)
            if (candidate.size() > 3 && simplified(header).contains(candidate))
                return header;
    return {};
}

// The local .csv file a drag carries, or nothing.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    const QString path = mime->urls().constFirst().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"txt" ? path : QString();
}

void selectData(QComboBox *combo, const QString &value)
{
    int at = combo->findData(value);
    if (at < 0 && !value.isEmpty()) {
        // A saved column this file does not have: shown, so the mapping reads as it is saved.
        combo->addItem(value, value);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

QString dateTimeFormat()
{
    const QLocale locale;
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QStringLiteral("yyyy")))
        date.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(u's'))
        time.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return date + u' ' + time;
}

} // namespace

SnapshotImportDialog::SnapshotImportDialog(const Services::ConnectionSpec &spec, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_fileFacts(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_sourceFacts(new QLabel(this))
    , m_changeSource(new QCheckBox(tr("C&hange its columns and policy"), this))
    , m_mapping(new QGroupBox(tr("Columns of the file"), this))
    , m_skuColumn(new QComboBox(this))
    , m_locationColumn(new QComboBox(this))
    , m_quantityColumn(new QComboBox(this))
    , m_bucketColumn(new QComboBox(this))
    , m_policy(new QComboBox(this))
    , m_mappingWarning(new QLabel(this))
    , m_asOf(new QDateTimeEdit(this))
    , m_window(new QSpinBox(this))
    , m_banner(new QLabel(this))
    , m_message(new QLabel(this))
    , m_errors(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
    , m_close(m_buttons->addButton(QDialogButtonBox::Close))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("snapshotImport"));
    setWindowTitle(tr("Import stock snapshot"));
    setSizeGripEnabled(true);
    setAcceptDrops(true);

    auto *intro = new QLabel(tr("A stock file from an ERP or a WMS is checked whole before anything is sent, then "
                                "matched against the ledger as it was when the other system took it. Nothing is "
                                "adjusted until you approve it in the review."),
                             this);
    intro->setWordWrap(true);

    m_banner->setObjectName(QStringLiteral("snapshotImportDenied"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(kErrorStyle);
    m_banner->hide();
    m_message->setObjectName(QStringLiteral("snapshotImportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_errors->setObjectName(QStringLiteral("snapshotFileErrors"));
    m_errors->setColumnCount(3);
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setAlternatingRowColors(true);
    m_errors->setWordWrap(false);
    m_errors->verticalHeader()->hide();
    m_errors->verticalHeader()->setDefaultSectionSize(m_errors->fontMetrics().height() + 6);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->horizontalHeader()->setHighlightSections(false);
    m_errors->hide();

    m_status->setObjectName(QStringLiteral("snapshotImportStatus"));
    m_progress->setObjectName(QStringLiteral("snapshotImportProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress, 2);

    m_import->setObjectName(QStringLiteral("importSnapshot"));
    m_import->setDefault(true);
    m_close->setObjectName(QStringLiteral("closeSnapshotImport"));
    connect(m_import, &QPushButton::clicked, this, &SnapshotImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &SnapshotImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(buildForm());
    layout->addWidget(m_message);
    layout->addWidget(m_errors, 1);
    layout->addStretch(0);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);

    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_source);
    setTabOrder(m_source, m_changeSource);
    setTabOrder(m_changeSource, m_skuColumn);
    setTabOrder(m_skuColumn, m_locationColumn);
    setTabOrder(m_locationColumn, m_quantityColumn);
    setTabOrder(m_quantityColumn, m_bucketColumn);
    setTabOrder(m_bucketColumn, m_policy);
    setTabOrder(m_policy, m_asOf);
    setTabOrder(m_asOf, m_window);
    setTabOrder(m_window, m_errors);
    setTabOrder(m_errors, m_import);
    setTabOrder(m_import, m_close);

    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &SnapshotImportDialog::pollProgress);
    resize(860, 620);
    m_file->setFocus();
    sourceChanged();
    loadSources();
}

QWidget *SnapshotImportDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *rows = new QFormLayout(form);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_file->setObjectName(QStringLiteral("snapshotFile"));
    m_file->setPlaceholderText(tr("a .csv file with a header row; drop it here or browse"));
    m_file->setClearButtonEnabled(true);
    m_file->installEventFilter(this);
    m_browse->setObjectName(QStringLiteral("browseSnapshotFile"));
    m_fileFacts->setObjectName(QStringLiteral("snapshotFileFacts"));
    m_fileFacts->setWordWrap(true);
    m_fileFacts->setForegroundRole(QPalette::PlaceholderText);
    m_fileFacts->hide();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileCell = new QVBoxLayout;
    fileCell->setSpacing(2);
    fileCell->addLayout(fileRow);
    fileCell->addWidget(m_fileFacts);
    auto *fileLabel = new QLabel(tr("&File:"), form);
    fileLabel->setBuddy(m_file);
    rows->addRow(fileLabel, fileCell);
    connect(m_browse, &QPushButton::clicked, this, &SnapshotImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (QDir::cleanPath(m_file->text().trimmed()) != QDir::cleanPath(m_readPath))
            setFile(m_file->text().trimmed());
    });
    connect(m_file, &QLineEdit::textChanged, this, &SnapshotImportDialog::updateActions);

    m_source->setObjectName(QStringLiteral("snapshotSource"));
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->lineEdit()->setPlaceholderText(tr("e.g. ERP"));
    m_source->lineEdit()->setMaxLength(64);
    m_source->setMinimumContentsLength(16);
    m_sourceFacts->setObjectName(QStringLiteral("snapshotSourceFacts"));
    m_sourceFacts->setWordWrap(true);
    m_sourceFacts->setForegroundRole(QPalette::PlaceholderText);
    m_changeSource->setObjectName(QStringLiteral("changeSnapshotSource"));
    m_changeSource->setToolTip(tr("Save other columns or another conflict policy with this source"));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source);
    sourceRow->addWidget(m_changeSource);
    sourceRow->addStretch(1);
    auto *sourceCell = new QVBoxLayout;
    sourceCell->setSpacing(2);
    sourceCell->addLayout(sourceRow);
    sourceCell->addWidget(m_sourceFacts);
    auto *sourceLabel = new QLabel(tr("&Source:"), form);
    sourceLabel->setBuddy(m_source);
    rows->addRow(sourceLabel, sourceCell);
    connect(m_source, &QComboBox::currentTextChanged, this, &SnapshotImportDialog::sourceChanged);
    connect(m_changeSource, &QCheckBox::toggled, this, &SnapshotImportDialog::updateMapping);

    auto *mapping = new QGridLayout(m_mapping);
    const std::pair<QComboBox *, QString> columns[] = {
        {m_skuColumn, tr("S&KU or barcode:")},
        {m_locationColumn, tr("&Location:")},
        {m_quantityColumn, tr("&Quantity:")},
        {m_bucketColumn, tr("B&ucket:")},
    };
    const char *names[] = {"skuColumn", "locationColumn", "quantityColumn", "bucketColumn"};
    for (int i = 0; i < 4; ++i) {
        auto *label = new QLabel(columns[i].second, m_mapping);
        label->setBuddy(columns[i].first);
        columns[i].first->setObjectName(QLatin1String(names[i]));
        columns[i].first->setMinimumContentsLength(12);
        columns[i].first->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        mapping->addWidget(label, i / 2, (i % 2) * 2);
        mapping->addWidget(columns[i].first, i / 2, (i % 2) * 2 + 1);
        connect(columns[i].first, &QComboBox::currentIndexChanged, this, &SnapshotImportDialog::updateActions);
    }
    m_bucketColumn->setToolTip(tr("Optional: a column saying on hand or damaged for each line"));
    m_policy->setObjectName(QStringLiteral("snapshotPolicy"));
    m_policy->addItem(tr("The lower quantity wins (never oversell)"), QStringLiteral("conservative"));
    m_policy->addItem(tr("The snapshot wins"), QStringLiteral("erp"));
    m_policy->addItem(tr("The ledger wins (nothing is proposed)"), QStringLiteral("ledger"));
    m_policy->setToolTip(tr("Which quantity a true variance proposes to keep"));
    auto *policyLabel = new QLabel(tr("When they &differ:"), m_mapping);
    policyLabel->setBuddy(m_policy);
    mapping->addWidget(policyLabel, 2, 0);
    mapping->addWidget(m_policy, 2, 1, 1, 3);
    m_mappingWarning->setObjectName(QStringLiteral("snapshotMappingWarning"));
    m_mappingWarning->setWordWrap(true);
    m_mappingWarning->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_mappingWarning->hide();
    mapping->addWidget(m_mappingWarning, 3, 0, 1, 4);
    mapping->setColumnStretch(1, 1);
    mapping->setColumnStretch(3, 1);
    rows->addRow(m_mapping);
    fillColumns({});

    m_asOf->setObjectName(QStringLiteral("snapshotAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(dateTimeFormat());
    m_asOf->setDateTime(QDateTime::currentDateTime());
    auto *asOfNote = new QLabel(tr("when the other system took the snapshot, not when the file was exported; set "
                                   "from the file's modification time"),
                                form);
    asOfNote->setWordWrap(true);
    asOfNote->setForegroundRole(QPalette::PlaceholderText);
    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_asOf);
    asOfRow->addWidget(asOfNote, 1);
    auto *asOfLabel = new QLabel(tr("&As of:"), form);
    asOfLabel->setBuddy(m_asOf);
    rows->addRow(asOfLabel, asOfRow);

    m_window->setObjectName(QStringLiteral("snapshotTimingWindow"));
    m_window->setRange(0, 7 * 24 * 60);
    m_window->setValue(15);
    m_window->setSuffix(tr(" min"));
    m_window->setAccelerated(true);
    auto *windowNote = new QLabel(tr("movements this close to that time, and stock in transit, explain a difference "
                                     "as timing rather than a variance"),
                                  form);
    windowNote->setWordWrap(true);
    windowNote->setForegroundRole(QPalette::PlaceholderText);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_window);
    windowRow->addWidget(windowNote, 1);
    auto *windowLabel = new QLabel(tr("&Timing window:"), form);
    windowLabel->setBuddy(m_window);
    rows->addRow(windowLabel, windowRow);
    return form;
}

QString SnapshotImportDialog::messageText() const
{
    QStringList shown;
    for (const QLabel *label : {m_banner, m_message})
        if (!label->isHidden())
            shown << label->text();
    return shown.join(u'\n');
}

void SnapshotImportDialog::loadSources()
{
    runLedgerTask<QJsonArray>(
        this, m_spec,
        [](Services::Session &s) -> Services::Result<QJsonArray> {
            auto sources = s.rows(QStringLiteral("SELECT name, mapping::text AS mapping, policy::text AS policy, "
                                                 "updated_by, updated_at FROM api.reconcile_sources ORDER BY name"));
            if (!sources && sources.error().kind == Services::Error::Kind::PermissionDenied)
                return supervisorRefusal(s, tr("Importing a stock snapshot"), sources.error());
            return sources;
        },
        [this](const Services::Result<QJsonArray> &result) {
            if (!result) {
                m_denied = result.error().kind == Services::Error::Kind::PermissionDenied;
                if (m_denied) {
                    // Said first, above the form it disables.
                    m_banner->setText(result.error().message);
                    m_banner->show();
                } else {
                    showMessage(tr("Could not read the sources: %1").arg(sentence(result.error().message)), true);
                }
                updateActions();
                Q_EMIT sourcesLoaded();
                return;
            }
            const QString typed = m_source->currentText();
            m_sources.clear();
            const QSignalBlocker blocker(m_source);
            m_source->clear();
            for (const QJsonValue &row : result.value()) {
                QJsonObject source = row.toObject();
                source.insert(QStringLiteral("mapping"),
                              QJsonDocument::fromJson(source.value(u"mapping").toString().toUtf8()).object());
                source.insert(QStringLiteral("policy"),
                              QJsonDocument::fromJson(source.value(u"policy").toString().toUtf8()).object());
                m_sources << source;
                m_source->addItem(source.value(u"name").toString());
            }
            // The only source is the likely one; with several, the user picks.
            m_source->setEditText(
                !typed.isEmpty() || m_sources.size() != 1 ? typed : m_sources.constFirst().value(u"name").toString());
            m_sourcesKnown = true;
            sourceChanged();
            Q_EMIT sourcesLoaded();
        });
}

QJsonObject SnapshotImportDialog::savedSource(const QString &name) const
{
    for (const QJsonObject &source : m_sources)
        if (source.value(u"name").toString() == name)
            return source;
    return {};
}

bool SnapshotImportDialog::isNewSource() const
{
    return savedSource(m_source->currentText().trimmed()).isEmpty();
}

void SnapshotImportDialog::browse()
{
    QString folder = QFileInfo(m_file->text()).absolutePath();
    if (m_file->text().isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a stock snapshot"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void SnapshotImportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_readPath = path;
    m_errors->hide();
    m_message->hide();
    readHeader(path);
    const QFileInfo info(path);
    if (info.isFile()) {
        const QDateTime now = QDateTime::currentDateTime();
        m_asOf->setMaximumDateTime(now);
        m_asOf->setDateTime(qMin(info.lastModified(), now));
    }
    updateActions();
}

void SnapshotImportDialog::readHeader(const QString &path)
{
    QStringList headers;
    const QLocale locale;
    QFile file(path);
    if (path.isEmpty()) {
        m_fileFacts->hide();
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_fileFacts->setText(tr("Cannot read this file: %1").arg(file.errorString()));
        m_fileFacts->show();
    } else {
        QByteArray first = file.readLine(64 * 1024);
        if (first.startsWith("\xEF\xBB\xBF"))
            first.remove(0, 3);
        QStringDecoder decode(QStringDecoder::Utf8);
        headers = splitHeader(QString(decode(first)).trimmed());
        const QString size = locale.formattedDataSize(file.size());
        m_fileFacts->setText(headers.isEmpty() ? tr("%1, no header row").arg(size)
                                               : tr("%1, columns: %2").arg(size, headers.join(QStringLiteral(", "))));
        m_fileFacts->show();
    }
    fillColumns(headers);
    updateMapping();
}

void SnapshotImportDialog::fillColumns(const QStringList &headers)
{
    m_headers = headers;
    for (QComboBox *combo : {m_skuColumn, m_locationColumn, m_quantityColumn, m_bucketColumn}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (combo == m_bucketColumn)
            combo->addItem(tr("none: every line is on hand"), QString());
        for (const QString &header : headers)
            combo->addItem(header, header);
        combo->setPlaceholderText(headers.isEmpty() ? tr("choose a file first") : tr("choose a column"));
        combo->setCurrentIndex(combo == m_bucketColumn ? 0 : -1);
    }
}

void SnapshotImportDialog::guessColumns()
{
    const QString sku = guess(m_headers, {QStringLiteral("sku"), QStringLiteral("skucode"), QStringLiteral("item"),
                                          QStringLiteral("itemno"), QStringLiteral("itemcode"),
                                          QStringLiteral("article"), QStringLiteral("product"),
                                          QStringLiteral("barcode"), QStringLiteral("ean"), QStringLiteral("gtin"),
                                          QStringLiteral("upc"), QStringLiteral("material"), QStringLiteral("code")});
    const QString location =
        guess(m_headers,
              {QStringLiteral("location"), QStringLiteral("loc"), QStringLiteral("site"), QStringLiteral("store"),
               QStringLiteral("warehouse"), QStringLiteral("wh"), QStringLiteral("branch"), QStringLiteral("plant")});
    const QString quantity =
        guess(m_headers,
              {QStringLiteral("quantity"), QStringLiteral("qty"), QStringLiteral("onhand"), QStringLiteral("qtyonhand"),
               QStringLiteral("stock"), QStringLiteral("units"), QStringLiteral("count"), QStringLiteral("available")});
    const QString bucket = guess(m_headers, {QStringLiteral("bucket"), QStringLiteral("stocktype"),
                                             QStringLiteral("condition"), QStringLiteral("status")});
    m_skuColumn->setCurrentIndex(m_skuColumn->findData(sku));
    m_locationColumn->setCurrentIndex(m_locationColumn->findData(location));
    m_quantityColumn->setCurrentIndex(m_quantityColumn->findData(quantity));
    m_bucketColumn->setCurrentIndex(qMax(0, m_bucketColumn->findData(bucket)));
}

void SnapshotImportDialog::sourceChanged()
{
    const QString name = m_source->currentText().trimmed();
    const QJsonObject saved = savedSource(name);
    const QLocale locale;
    if (name.isEmpty()) {
        m_sourceFacts->setText(m_sources.isEmpty() && m_sourcesKnown
                                   ? tr("No source is saved yet: name the system the file comes from.")
                                   : tr("Choose the system the file comes from, or name a new one."));
    } else if (saved.isEmpty()) {
        m_sourceFacts->setText(tr("A new source: its columns and conflict policy are saved with it when you import."));
    } else {
        const QDateTime at =
            QDateTime::fromString(saved.value(u"updated_at").toString(), Qt::ISODateWithMs).toLocalTime();
        m_sourceFacts->setText(
            tr("Saved by %1 on %2, with the columns and policy below.")
                .arg(saved.value(u"updated_by").toString(), locale.toString(at.date(), QLocale::ShortFormat)));
    }
    const QSignalBlocker blocker(m_changeSource);
    m_changeSource->setChecked(false);
    m_changeSource->setVisible(!saved.isEmpty());
    updateMapping();
}

void SnapshotImportDialog::updateMapping()
{
    const QJsonObject saved = savedSource(m_source->currentText().trimmed());
    const bool editable = saved.isEmpty() || m_changeSource->isChecked();
    if (!saved.isEmpty() && !m_changeSource->isChecked()) {
        // The saved mapping, as it will be used.
        fillColumns(m_headers);
        const QJsonObject mapping = saved.value(u"mapping").toObject();
        selectData(m_skuColumn, mapping.value(u"sku").toString());
        selectData(m_locationColumn, mapping.value(u"location").toString());
        selectData(m_quantityColumn, mapping.value(u"quantity").toString());
        selectData(m_bucketColumn, mapping.value(u"bucket").toString());
        const QString policy = saved.value(u"policy").toObject().value(u"default").toString();
        m_policy->setCurrentIndex(
            qMax(0, m_policy->findData(policy.isEmpty() ? QStringLiteral("conservative") : policy)));
        m_showingSaved = true;
    } else if (saved.isEmpty() &&
               (m_showingSaved || (m_skuColumn->currentIndex() < 0 && m_quantityColumn->currentIndex() < 0))) {
        // A new source: the file's own columns, with a guess at which is which.
        fillColumns(m_headers);
        guessColumns();
        m_showingSaved = false;
    } else {
        m_showingSaved = false;
    }
    m_mapping->setEnabled(editable && !m_denied);
    const QJsonObject policy = saved.value(u"policy").toObject();
    const qsizetype rules = policy.size() - (policy.contains(u"default") ? 1 : 0);
    m_policy->setToolTip(rules > 0 ? tr("Which quantity a true variance proposes to keep. This source also has %1 "
                                        "rule(s) for particular locations or kinds of location, which are kept.")
                                         .arg(rules)
                                   : tr("Which quantity a true variance proposes to keep"));

    QStringList missing;
    if (!m_headers.isEmpty())
        for (QComboBox *combo : {m_skuColumn, m_locationColumn, m_quantityColumn, m_bucketColumn})
            if (const QString column = combo->currentData().toString();
                !column.isEmpty() && !m_headers.contains(column))
                missing << u'“' + column + u'”';
    m_mappingWarning->setText(
        missing.isEmpty() ? QString()
                          : tr("This file has no column %1, which the source maps. Check “Change its columns and "
                               "policy” to map others, or choose another source.")
                                .arg(missing.join(QStringLiteral(", "))));
    m_mappingWarning->setVisible(!missing.isEmpty());
    updateActions();
}

void SnapshotImportDialog::updateActions()
{
    const bool idle = m_stage == Stage::Idle;
    m_import->setEnabled(idle && m_sourcesKnown && !m_denied && !m_file->text().trimmed().isEmpty() &&
                         !m_source->currentText().trimmed().isEmpty());
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_file, m_browse, m_source, m_changeSource, m_asOf, m_window})
        field->setEnabled(idle && !m_denied);
    m_mapping->setEnabled(idle && !m_denied && (isNewSource() || m_changeSource->isChecked()));
    m_close->setText(idle ? tr("Close") : tr("Cancel"));
    m_close->setEnabled(m_stage != Stage::Matching && !stopping());
    m_close->setToolTip(m_stage == Stage::Matching
                            ? tr("Matching at the cutoff runs in one step in the ledger and cannot be stopped")
                            : QString());
}

void SnapshotImportDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? kErrorStyle : QString());
    m_message->show();
}

void SnapshotImportDialog::reject()
{
    if (m_stage == Stage::Idle) {
        QDialog::reject();
        return;
    }
    cancelImport(); // Escape or Cancel while it runs: stop, and stay to say where it stopped
}

void SnapshotImportDialog::closeEvent(QCloseEvent *event)
{
    if (m_stage == Stage::Idle) {
        QDialog::closeEvent(event);
        return;
    }
    cancelImport();
    event->ignore();
}

void SnapshotImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_stage == Stage::Idle && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void SnapshotImportDialog::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (m_stage != Stage::Idle || path.isEmpty())
        return;
    event->acceptProposedAction();
    setFile(path);
}

bool SnapshotImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A .csv dropped on the file field (which would otherwise take it as text) chooses the file.
    if (watched == m_file && m_stage == Stage::Idle) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (droppedFile(drag->mimeData()).isEmpty())
                return false;
            drag->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString path = droppedFile(drop->mimeData());
            if (path.isEmpty())
                return false;
            drop->acceptProposedAction();
            setFile(path);
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Stockroom::Ui
