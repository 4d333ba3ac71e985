#include "drilldowndialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <reconcile/dashboardlinesmodel.h>
#include <reconcile/dashboardmodel.h>
#include <reconcile/dashboardwords.h>
#include <recordtable.h>

namespace Stockroom::Ui {

using Models::DashboardModel;
using Models::DashboardWords;
using Kind = Services::LinesRequest::Kind;

namespace {

// Sorts by the raw value and shows each cell as DashboardModel::TextRole writes it: the chart models give numbers
// and dates in Qt::DisplayRole, for the charts' mappers.
class TextProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole) {
            const QVariant text = QSortFilterProxyModel::data(index, DashboardModel::TextRole);
            if (text.isValid())
                return text;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

QTableView *recordTable(QWidget *parent, QSortFilterProxyModel *proxy)
{
    auto *table = new QTableView(parent);
    setUpRecordTable(table);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    // The order the ledger gives (newest, or most to do, first) until a header is clicked.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

DrillDownDialog::DrillDownDialog(Models::ReadThread *reads, const QString &title, DashboardModel *figures,
                                 QWidget *parent)
    : QDialog(parent)
    , m_figures(figures)
    , m_lines(new Models::DashboardLinesModel(reads, this))
    , m_figuresProxy(new TextProxy(this))
    , m_linesProxy(new TextProxy(this))
    , m_figuresTable(nullptr)
    , m_linesTable(nullptr)
    , m_what(new QLabel(this))
    , m_count(new QLabel(this))
    , m_empty(nullptr)
{
    setObjectName(QStringLiteral("drillDown"));
    setWindowTitle(tr("%1 — the lines behind it").arg(title));
    m_figuresProxy->setSourceModel(figures);
    m_figuresProxy->setSortRole(DashboardModel::RawValueRole);
    m_linesProxy->setSourceModel(m_lines);
    m_linesProxy->setSortRole(DashboardModel::RawValueRole);
    m_figuresTable = recordTable(this, m_figuresProxy);
    m_figuresTable->setObjectName(QStringLiteral("drillFigures"));
    m_figuresTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_figuresTable->setAccessibleName(tr("Figures of the chart"));
    m_linesTable = recordTable(this, m_linesProxy);
    m_linesTable->setObjectName(QStringLiteral("drillLines"));
    m_linesTable->setAccessibleName(tr("Lines"));
    m_empty = addEmptyState(m_linesTable);
    m_what->setObjectName(QStringLiteral("drillWhat"));
    m_what->setWordWrap(true);
    m_what->setTextFormat(Qt::PlainText);
    QFont bold = m_what->font();
    bold.setBold(true);
    m_what->setFont(bold);
    m_count->setObjectName(QStringLiteral("drillCount"));
    m_count->setTextFormat(Qt::PlainText);

    auto *figuresLabel =
        new QLabel(tr("&Figures of the chart (choose one to see its lines; none: all of them):"), this);
    figuresLabel->setBuddy(m_figuresTable);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(figuresLabel);
    topLayout->addWidget(m_figuresTable);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_what);
    bottomLayout->addWidget(m_linesTable, 1);
    bottomLayout->addWidget(m_count);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1000, 640);

    connect(m_figuresTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DrillDownDialog::onFigureChosen);
    connect(figures, &QAbstractItemModel::modelReset, this, &DrillDownDialog::onFiguresReset);
    connect(m_lines, &DashboardModel::loaded, this, &DrillDownDialog::onLinesLoaded);
    connect(m_lines, &DashboardModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_count->setText(tr("Reading the lines…"));
    });
    m_figuresTable->resizeColumnsToContents();
}

DrillDownDialog::~DrillDownDialog() = default;

QString DrillDownDialog::what() const
{
    return m_what->text();
}

void DrillDownDialog::showLines(int row, const Services::LinesRequest &request)
{
    m_request = request;
    selectRow(row);
    m_what->setText(describe(request));
    m_lines->setRequest(request);
}

void DrillDownDialog::selectRow(int row)
{
    m_choosing = true;
    if (row < 0 || row >= m_figures->rowCount()) {
        m_figuresTable->clearSelection();
    } else {
        const QModelIndex index = m_figuresProxy->mapFromSource(m_figures->index(row, 0));
        m_figuresTable->selectRow(index.row());
        m_figuresTable->scrollTo(index);
    }
    m_choosing = false;
}

void DrillDownDialog::onFigureChosen()
{
    if (m_choosing)
        return;
    const QModelIndexList rows = m_figuresTable->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : m_figuresProxy->mapToSource(rows.constFirst()).row();
    m_request = m_figures->linesFor(row);
    m_what->setText(describe(m_request));
    m_lines->setRequest(m_request);
}

void DrillDownDialog::onFiguresReset()
{
    // The chart read again (a live change, a filter): the same figure stays chosen if it is still there, and its
    // lines are read again with the chart's filters.
    m_figuresTable->resizeColumnsToContents();
    int found = -1;
    for (int row = 0; row < m_figures->rowCount() && found < 0; ++row) {
        Services::LinesRequest candidate = m_figures->linesFor(row);
        candidate.code = m_request.code;
        candidate.ageBucket = m_request.ageBucket;
        if (m_figures->linesFor(row) == m_request || candidate == m_request)
            found = row;
    }
    selectRow(found);
    if (found < 0 && m_request.filter != m_figures->filter()) {
        // The filters changed: all the lines under the new ones.
        m_request = m_figures->linesFor(-1);
        m_what->setText(describe(m_request));
    }
    m_lines->setRequest(m_request);
}

void DrillDownDialog::onLinesLoaded()
{
    const QLocale locale;
    const int rows = m_lines->rowCount();
    switch (m_lines->state()) {
    case DashboardModel::State::Denied:
        m_empty->setText(tr("These lines need the supervisor role."));
        break;
    case DashboardModel::State::Failed:
        m_empty->setText(tr("Could not read the lines: %1").arg(m_lines->errorText()));
        break;
    default:
        m_empty->setText(tr("No lines: nothing here matches these filters."));
        break;
    }
    m_empty->setVisible(rows == 0);
    m_count->setText(m_lines->hasMore()
                         ? tr("The first %1 lines; narrow the filters or choose a figure to see the rest.")
                               .arg(locale.toString(rows))
                         : tr("%Ln line(s)", nullptr, rows));
    m_linesTable->resizeColumnsToContents();
    const int name = m_lines->columnOf(QStringLiteral("name"));
    if (name >= 0)
        m_linesTable->setColumnWidth(name, qMin(m_linesTable->columnWidth(name), 260));
}

QString DrillDownDialog::describe(const Services::LinesRequest &request)
{
    QString what;
    switch (request.kind) {
    case Kind::Accuracy:
        what = request.flag < 0   ? tr("Counted lines")
               : request.flag > 0 ? tr("Counted lines within tolerance")
                                  : tr("Counted lines out of tolerance");
        if (!request.filter.abcClass.isEmpty())
            what += u' ' + tr("of %1").arg(DashboardWords::abcClass(request.filter.abcClass));
        break;
    case Kind::Variance:
        what = request.reason.isEmpty()
                   ? tr("Adjustments and count variances of stock on hand")
                   : tr("Adjustments and count variances with reason “%1”").arg(DashboardWords::reason(request.reason));
        break;
    case Kind::Losses:
        what = tr("Units lost (lost, theft, expired, scrapped, counted short)");
        break;
    case Kind::Coverage:
        what = request.filter.abcClass.isEmpty() ? tr("Stock rows, the overdue first, as of now")
                                                 : tr("Stock rows of %1, the overdue first, as of now")
                                                       .arg(DashboardWords::abcClass(request.filter.abcClass));
        break;
    case Kind::Observations:
        what = tr("Counts recorded");
        break;
    case Kind::Discrepancies:
        what = request.code.isEmpty() ? tr("Open discrepancies") : DashboardWords::discrepancyKind(request.code);
        if (request.ageBucket >= 0)
            what += u' ' + tr("open for %1").arg(DashboardWords::ageBucket(request.ageBucket));
        what += u' ' + tr("(as of now)");
        break;
    case Kind::SnapshotLines:
        what =
            request.code.isEmpty()
                ? tr("Lines of snapshot %1").arg(request.snapshot)
                : tr("%1 lines of snapshot %2").arg(DashboardWords::snapshotClass(request.code)).arg(request.snapshot);
        break;
    }
    const QLocale locale;
    const Services::DashboardFilter &filter = request.filter;
    QStringList parts{what};
    const bool dated = request.kind == Kind::Accuracy || request.kind == Kind::Variance ||
                       request.kind == Kind::Losses || request.kind == Kind::Observations;
    if (dated && filter.from.isValid()) {
        parts << (filter.from == filter.to ? locale.toString(filter.from, QLocale::LongFormat)
                                           : tr("%1 – %2").arg(locale.toString(filter.from, QLocale::ShortFormat),
                                                               locale.toString(filter.to, QLocale::ShortFormat)));
    }
    if (!filter.location.isEmpty())
        parts << tr("at %1").arg(filter.location);
    else if (!filter.region.isEmpty())
        parts << tr("in region %1").arg(filter.region);
    else
        parts << tr("all locations");
    return parts.join(QStringLiteral(", "));
}

} // namespace Stockroom::Ui
