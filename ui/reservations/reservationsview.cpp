#include "reservationsview.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include <ledger/ledgerservice.h>
#include <reservations/reservationmodel.h>
#include <stretchcolumn.h>

namespace Stockroom::Ui {

using Models::ReservationModel;
using Kind = Services::Operation::Kind;

ReservationsView::ReservationsView(Models::ReadThread *reads, Services::OperationQueue *queue, QWidget *parent)
    : RecordPage(queue, parent)
    , m_model(new ReservationModel(reads, this))
    , m_expiredOnly(new QCheckBox(tr("&Expired, not yet swept"), this))
    , m_commit(new QPushButton(tr("&Commit…"), this))
    , m_release(new QPushButton(tr("&Release…"), this))
{
    setObjectName(QStringLiteral("reservationsPage"));
    table()->setObjectName(QStringLiteral("reservationsTable"));
    m_expiredOnly->setObjectName(QStringLiteral("expiredOnly"));
    m_commit->setObjectName(QStringLiteral("commitHold"));
    m_release->setObjectName(QStringLiteral("releaseHolds"));
    m_bar->addWidget(m_expiredOnly);
    m_bar->addStretch();
    m_bar->addWidget(m_commit);
    m_bar->addWidget(m_release);
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setModel(m_model, ReservationModel::RawValueRole, ReservationModel::TimeLeft, Qt::AscendingOrder);
    const QFontMetrics metrics = table()->fontMetrics();
    for (int column = 0; column < ReservationModel::ColumnCount; ++column)
        table()->setColumnWidth(column,
                                metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
                                    2 * metrics.height());
    table()->setColumnWidth(ReservationModel::Sku, metrics.horizontalAdvance(QStringLiteral("SKU-000000")) + 16);
    table()->setColumnWidth(ReservationModel::TimeLeft,
                            metrics.horizontalAdvance(QStringLiteral("Expired 59 minutes ago")) + 16);
    table()->setColumnWidth(ReservationModel::Created,
                            metrics.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 16);
    table()->setColumnWidth(ReservationModel::Name, metrics.horizontalAdvance(u'M') * 12);
    new StretchColumn(table(), ReservationModel::Name, table()->columnWidth(ReservationModel::Name));

    connect(m_expiredOnly, &QCheckBox::toggled, this, &ReservationsView::reload);
    connect(m_model, &ReservationModel::loaded, this, [this] {
        loaded();
        // Codes and order references vary in length: the columns take what the rows on screen need.
        table()->resizeColumnToContents(ReservationModel::Location);
        table()->resizeColumnToContents(ReservationModel::Order);
        table()->resizeColumnToContents(ReservationModel::Created);
        table()->resizeColumnToContents(ReservationModel::TimeLeft);
    });
    connect(m_model, &ReservationModel::loadFailed, this, &ReservationsView::reportLoadFailure);
    connect(m_commit, &QPushButton::clicked, this, &ReservationsView::commitSelected);
    connect(m_release, &QPushButton::clicked, this, &ReservationsView::releaseSelected);
    selectionChanged();
}

ReservationsView::~ReservationsView() = default;

void ReservationsView::reload()
{
    m_model->setFilter(currentLocation(), m_expiredOnly->isChecked());
}

QList<qint64> ReservationsView::selectedIds() const
{
    QList<qint64> ids;
    for (const int row : selectedRows()) {
        const qint64 id = m_model->rowAt(row).id;
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

void ReservationsView::setPermissions(const Services::Permissions &permissions)
{
    RecordPage::setPermissions(permissions);
    selectionChanged();
}

void ReservationsView::selectionChanged()
{
    const qsizetype selected = selectedIds().size();
    m_commit->setEnabled(selected == 1 && m_permissions.may(Kind::Commit));
    const bool mayRelease = selected == 1 ? m_permissions.may(Kind::Release) : m_permissions.may(Kind::ReleaseMany);
    m_release->setEnabled(selected >= 1 && mayRelease);
    m_release->setText(selected > 1 ? tr("&Release %Ln hold(s)…", nullptr, int(selected)) : tr("&Release…"));
    m_release->setToolTip(selected > 1 && !m_permissions.may(Kind::ReleaseMany)
                              ? tr("Releasing several holds at once needs the %1 role.")
                                    .arg(Services::Permissions::personaFor(Kind::ReleaseMany))
                              : tr("Return the held stock to available."));
}

QString ReservationsView::summary() const
{
    int expired = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        expired += m_model->isExpired(m_model->rowAt(row)) ? 1 : 0;
    const QString holds = tr("%Ln hold(s)", nullptr, m_model->rowCount());
    return expired == 0 ? holds : tr("%1, %2").arg(holds, tr("%Ln expired", nullptr, expired));
}

QString ReservationsView::emptyText() const
{
    if (m_expiredOnly->isChecked())
        return tr("No hold is past its time: the sweeper is keeping up.");
    const QString where = currentLocation();
    return where.isEmpty() ? tr("No stock is held.\nA checkout or an order reserves stock here until it is sold or "
                                "released.")
                           : tr("No stock is held at %1.").arg(where);
}

void ReservationsView::confirmThenSend(Services::Operation op, const QString &title, const QString &text,
                                       const QString &verb)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmHold"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(verb, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this, [this, box, yes, op] {
        if (box->clickedButton() == yes)
            submit(op);
    });
    box->open();
}

void ReservationsView::commitSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !m_commit->isEnabled())
        return;
    Services::Operation op;
    op.kind = Kind::Commit;
    op.key = Services::LedgerService::newKey();
    op.reservation = ids.first();
    op.createdAt = QDateTime::currentDateTimeUtc();
    confirmThenSend(
        op, tr("Commit hold %1").arg(op.reservation),
        tr("Commit hold %1? Its stock leaves on hand as sold; this cannot be undone here.").arg(op.reservation),
        tr("Commit"));
}

void ReservationsView::releaseSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_release->isEnabled())
        return;
    Services::Operation op;
    op.key = Services::LedgerService::newKey();
    op.createdAt = QDateTime::currentDateTimeUtc();
    if (ids.size() == 1) {
        op.kind = Kind::Release;
        op.reservation = ids.first();
        confirmThenSend(op, tr("Release hold %1").arg(op.reservation),
                        tr("Release hold %1? Its stock becomes available to sell again.").arg(op.reservation),
                        tr("Release"));
        return;
    }
    // Several at once: the ledger records why on every release.
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("releaseReason"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Release %Ln hold(s)", nullptr, int(ids.size())));
    ask->setLabelText(tr("Release %Ln hold(s)? Their stock becomes available to sell again.\nWhy (recorded in the "
                         "ledger with each release):",
                         nullptr, int(ids.size())));
    ask->setOkButtonText(tr("Release"));
    connect(ask, &QInputDialog::textValueSelected, this, [this, op, ids](const QString &reason) mutable {
        if (reason.trimmed().isEmpty()) {
            Q_EMIT message(tr("Nothing released: a bulk release needs a reason."));
            return;
        }
        op.kind = Kind::ReleaseMany;
        op.reservations = ids;
        op.reason = reason.trimmed();
        submit(op);
    });
    ask->open();
}

void ReservationsView::onApplied(const Services::Operation &op, const QJsonObject &result)
{
    switch (op.kind) {
    case Kind::Commit:
        Q_EMIT message(tr("Hold %1 committed: its stock is sold.").arg(op.reservation));
        break;
    case Kind::Release:
        Q_EMIT message(tr("Hold %1 released: its stock is available again.").arg(op.reservation));
        break;
    case Kind::ReleaseMany:
        Q_EMIT message(tr("%Ln hold(s) released", nullptr, int(result.value(u"released").toArray().size())) +
                       QStringLiteral("; ") +
                       tr("%Ln already ended", nullptr, int(result.value(u"skipped").toArray().size())));
        break;
    default:
        break;
    }
}

} // namespace Stockroom::Ui
