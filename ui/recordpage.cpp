#include "recordpage.h"

#include "recordtable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <offline/operationqueue.h>

namespace Stockroom::Ui {

RecordPage::RecordPage(Services::OperationQueue *queue, QWidget *parent)
    : WorkView(parent)
    , m_bar(new QHBoxLayout)
    , m_queue(queue)
    , m_location(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_empty(addEmptyState(m_table))
{
    m_location->setObjectName(QStringLiteral("locationFilter"));
    m_location->addItem(tr("All locations"), QString());
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    m_bar->setContentsMargins(0, 0, 0, 0);
    m_bar->addWidget(locationLabel);
    m_bar->addWidget(m_location);
    connect(m_location, &QComboBox::currentIndexChanged, this, &RecordPage::reload);

    setUpRecordTable(m_table);
    m_table->setSortingEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_bar);
    layout->addWidget(m_table, 1);

    connect(queue, &Services::OperationQueue::finished, this, &RecordPage::onFinished);
    connect(queue, &Services::OperationQueue::refused, this, &RecordPage::onRefused);
    connect(queue, &Services::OperationQueue::queued, this, [this](const Services::Operation &op) {
        if (m_keys.remove(op.key))
            Q_EMIT message(tr("Offline: “%1” is kept and sent when the connection returns.").arg(op.describe()));
    });
}

RecordPage::~RecordPage() = default;

void RecordPage::setModel(QAbstractItemModel *model, int sortRole, int sortColumn, Qt::SortOrder order)
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(sortColumn, order);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordPage::selectionChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordPage::selectionChanged);
}

void RecordPage::setLocations(const QList<Services::LocationRef> &locations)
{
    const QString current = m_location->currentIndex() > 0 ? currentLocation() : m_wantedLocation;
    const QSignalBlocker quiet(m_location);
    while (m_location->count() > 1)
        m_location->removeItem(1);
    for (const auto &ref : locations)
        m_location->addItem(ref.code + QStringLiteral(" — ") + ref.name, ref.code);
    m_location->setCurrentIndex(qMax(0, m_location->findData(current)));
}

QString RecordPage::currentLocation() const
{
    return m_location->currentData().toString();
}

QList<int> RecordPage::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_proxy->mapToSource(index).row();
    return rows;
}

void RecordPage::submit(const Services::Operation &op)
{
    m_keys.insert(op.key);
    m_queue->submit(op);
}

void RecordPage::loaded()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (empty)
        m_empty->setText(emptyText());
    m_empty->setVisible(empty);
    Q_EMIT summaryChanged();
}

void RecordPage::onFinished(const Services::Operation &op, const QJsonObject &result)
{
    if (!m_keys.remove(op.key))
        return;
    onApplied(op, result);
    reload();
}

void RecordPage::onRefused(const Services::Operation &op, const Services::Error &error)
{
    if (!m_keys.remove(op.key))
        return;
    Q_EMIT message(tr("Refused: %1").arg(error.message));
    reload();
}

void RecordPage::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("columns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("location"), currentLocation());
}

void RecordPage::restoreLayout(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("columns")).toByteArray());
    m_wantedLocation = settings.value(QStringLiteral("location")).toString(); // applied when locations arrive
}

} // namespace Stockroom::Ui
