#include "ledgerpanel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <stock/movementmodel.h>

namespace Stockroom::Ui {

LedgerPanel::LedgerPanel(Models::MovementModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_balances(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("ledgerPanel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_title->setFont(font);
    m_balances->setWordWrap(true);
    m_balances->setTextFormat(Qt::PlainText);
    m_totals->setObjectName(QStringLiteral("skuTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setForegroundRole(QPalette::PlaceholderText);
    m_view->setModel(model);
    m_view->setObjectName(QStringLiteral("movementView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    const int digit = m_view->fontMetrics().horizontalAdvance(u'0');
    m_view->setColumnWidth(Models::MovementModel::When,
                           m_view->fontMetrics().horizontalAdvance(QLocale().toString(
                               QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat)) +
                               16);
    m_view->setColumnWidth(Models::MovementModel::Kind, digit * 10);
    m_view->setColumnWidth(Models::MovementModel::Quantity, digit * 6);
    m_view->setColumnWidth(Models::MovementModel::Bucket, digit * 10);
    m_view->setColumnWidth(Models::MovementModel::Who, digit * 10);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_balances);
    layout->addWidget(m_totals);
    auto *caption = new QLabel(tr("Movements, newest first"), this);
    layout->addWidget(caption);
    layout->addWidget(m_view, 1);
    showRow(nullptr);
}

LedgerPanel::~LedgerPanel() = default;

void LedgerPanel::showRow(const Services::StockRow *row)
{
    if (!row) {
        m_title->setText(tr("No stock row selected"));
        m_balances->setText(tr("Select a row to see its movements: who changed it, when and why."));
        m_totals->clear();
        m_key.clear();
        m_version = -1;
        m_model->show({}, {});
        return;
    }
    m_title->setText(tr("%1 at %2").arg(row->sku + QStringLiteral(" ") + row->skuName, row->location));
    const QLocale locale;
    m_balances->setText(tr("On hand %1 · reserved %2 · available %3 · inbound %4 · damaged %5 · safety stock %6")
                            .arg(locale.toString(row->onHand), locale.toString(row->reserved),
                                 locale.toString(row->available), locale.toString(row->inbound),
                                 locale.toString(row->damaged), locale.toString(row->safetyStock)));
    const QString key = row->sku + u'@' + row->location;
    if (key == m_key && row->version == m_version)
        return;
    m_key = key;
    m_version = row->version;
    m_model->show(row->sku, row->location);
}

void LedgerPanel::showSkuTotals(const QString &sku, const Services::StockTotals &totals)
{
    if (!m_key.startsWith(sku + u'@'))
        return;
    const QLocale locale;
    m_totals->setText(tr("%1 across %2: on hand %3 · reserved %4 · available %5 · inbound %6 · damaged %7")
                          .arg(sku, tr("%Ln location(s)", nullptr, int(totals.rows)), locale.toString(totals.onHand),
                               locale.toString(totals.reserved), locale.toString(totals.available),
                               locale.toString(totals.inbound), locale.toString(totals.damaged)));
}

} // namespace Stockroom::Ui
