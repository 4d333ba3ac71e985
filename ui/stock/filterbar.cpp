#include "filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTimer>

namespace Stockroom::Ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_location(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_belowSafety(new QCheckBox(tr("&Below safety stock"), this))
    , m_debounce(new QTimer(this))
{
    m_text->setPlaceholderText(tr("Filter by SKU, name or barcode (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_location->setObjectName(QStringLiteral("filterLocation"));
    m_region->setObjectName(QStringLiteral("filterRegion"));
    m_belowSafety->setObjectName(QStringLiteral("filterBelowSafety"));
    m_location->addItem(tr("All locations"), QString());
    m_region->addItem(tr("All regions"), QString());
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    auto *locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    layout->addWidget(locationLabel);
    layout->addWidget(m_location);
    auto *regionLabel = new QLabel(tr("Re&gion:"), this);
    regionLabel->setBuddy(m_region);
    layout->addWidget(regionLabel);
    layout->addWidget(m_region);
    layout->addWidget(m_belowSafety);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitNow);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::emitNow);
    connect(m_location, &QComboBox::currentIndexChanged, this, &FilterBar::emitNow);
    connect(m_region, &QComboBox::currentIndexChanged, this, &FilterBar::emitNow);
    connect(m_belowSafety, &QCheckBox::toggled, this, &FilterBar::emitNow);
}

FilterBar::~FilterBar() = default;

Services::StockFilter FilterBar::filter() const
{
    Services::StockFilter out;
    out.text = m_text->text().trimmed();
    out.location = m_location->currentData().toString();
    out.region = m_region->currentData().toString();
    out.belowSafetyStock = m_belowSafety->isChecked();
    return out;
}

void FilterBar::setLocations(const QList<Services::LocationRef> &locations)
{
    const QString location = m_location->currentData().toString();
    const QString region = m_region->currentData().toString();
    const QSignalBlocker blockLocation(m_location);
    const QSignalBlocker blockRegion(m_region);
    while (m_location->count() > 1)
        m_location->removeItem(1);
    while (m_region->count() > 1)
        m_region->removeItem(1);
    QStringList regions;
    for (const auto &ref : locations) {
        m_location->addItem(ref.code + QStringLiteral(" — ") + ref.name, ref.code);
        if (!ref.region.isEmpty() && !regions.contains(ref.region))
            regions << ref.region;
    }
    regions.sort();
    for (const QString &name : regions)
        m_region->addItem(name, name);
    m_location->setCurrentIndex(qMax(0, m_location->findData(location)));
    m_region->setCurrentIndex(qMax(0, m_region->findData(region)));
}

void FilterBar::emitNow()
{
    m_debounce->stop();
    Q_EMIT filterChanged(filter());
}

} // namespace Stockroom::Ui
