#include "dashboardfilterbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace Stockroom::Ui {

namespace {

int daysOf(int range)
{
    switch (range) {
    case DashboardFilterBar::Last30Days:
        return 30;
    case DashboardFilterBar::Last90Days:
        return 90;
    case DashboardFilterBar::Last365Days:
        return 365;
    default:
        break;
    }
    return 0;
}

QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_location(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_class(new QComboBox(this))
    , m_settle(new QTimer(this))
{
    m_location->setObjectName(QStringLiteral("dashboardLocation"));
    m_region->setObjectName(QStringLiteral("dashboardRegion"));
    m_range->setObjectName(QStringLiteral("dashboardRange"));
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_class->setObjectName(QStringLiteral("dashboardClass"));
    m_location->addItem(tr("All locations"), QString());
    m_region->addItem(tr("All regions"), QString());
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_location->setMaximumWidth(280);
    m_range->addItem(tr("Last 30 days"), Last30Days);
    m_range->addItem(tr("Last 90 days"), Last90Days);
    m_range->addItem(tr("Last 365 days"), Last365Days);
    m_range->addItem(tr("Custom"), CustomRange);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(QDate::currentDate());
    }
    m_from->setToolTip(tr("The first day the charts over time show"));
    m_to->setToolTip(tr("The last day the charts over time show"));
    m_class->addItem(tr("All classes"), QString());
    for (const QString &abc : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        m_class->addItem(tr("Class %1").arg(abc), abc);
    m_class->setToolTip(tr("For inventory record accuracy and count coverage"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(labelFor(tr("&Location:"), m_location, this));
    layout->addWidget(m_location);
    layout->addWidget(labelFor(tr("Re&gion:"), m_region, this));
    layout->addWidget(m_region);
    layout->addSpacing(8);
    layout->addWidget(labelFor(tr("&Days:"), m_range, this));
    layout->addWidget(m_range);
    layout->addWidget(labelFor(tr("F&rom:"), m_from, this));
    layout->addWidget(m_from);
    layout->addWidget(labelFor(tr("&To:"), m_to, this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(labelFor(tr("A&BC class:"), m_class, this));
    layout->addWidget(m_class);
    layout->addStretch();

    setRange(Last30Days);
    m_settle->setSingleShot(true);
    m_settle->setInterval(400);
    connect(m_settle, &QTimer::timeout, this, &DashboardFilterBar::filterChanged);
    connect(m_range, &QComboBox::activated, this, &DashboardFilterBar::onRangeChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardFilterBar::onDateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardFilterBar::onDateEdited);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        fillLocations();
        changed();
    });
    connect(m_location, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    connect(m_class, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
}

DashboardFilterBar::~DashboardFilterBar() = default;

Services::DashboardFilter DashboardFilterBar::filter() const
{
    Services::DashboardFilter out;
    out.location = m_location->currentData().toString();
    out.region = m_region->currentData().toString();
    out.from = qMin(m_from->date(), m_to->date());
    out.to = qMax(m_from->date(), m_to->date());
    out.abcClass = m_class->currentData().toString();
    return out;
}

void DashboardFilterBar::setLocations(const QList<Services::LocationRef> &locations)
{
    m_locations = locations;
    const QString region = m_wantedRegion.isEmpty() ? m_region->currentData().toString() : m_wantedRegion;
    m_wantedRegion.clear();
    {
        const QSignalBlocker quiet(m_region);
        while (m_region->count() > 1)
            m_region->removeItem(1);
        QStringList regions;
        for (const auto &ref : locations)
            if (!ref.region.isEmpty() && !regions.contains(ref.region))
                regions << ref.region;
        regions.sort();
        for (const QString &name : std::as_const(regions))
            m_region->addItem(name, name);
        m_region->setCurrentIndex(qMax(0, m_region->findData(region)));
    }
    fillLocations();
}

void DashboardFilterBar::fillLocations()
{
    const QString region = m_region->currentData().toString();
    const QString location = m_wantedLocation.isEmpty() ? m_location->currentData().toString() : m_wantedLocation;
    if (!m_locations.isEmpty())
        m_wantedLocation.clear();
    const QSignalBlocker quiet(m_location);
    while (m_location->count() > 1)
        m_location->removeItem(1);
    for (const auto &ref : std::as_const(m_locations))
        if (region.isEmpty() || ref.region == region)
            m_location->addItem(ref.code + QStringLiteral(" — ") + ref.name, ref.code);
    m_location->setCurrentIndex(qMax(0, m_location->findData(location)));
}

void DashboardFilterBar::setRange(Range range)
{
    m_range->setCurrentIndex(qMax(0, m_range->findData(range)));
    const int days = daysOf(range);
    if (days == 0)
        return;
    {
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        const QDate today = QDate::currentDate();
        m_from->setMaximumDate(today);
        m_to->setMaximumDate(today);
        m_to->setDate(today);
        m_from->setDate(today.addDays(1 - days));
    }
    changed();
}

void DashboardFilterBar::setDates(QDate from, QDate to)
{
    {
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_range->setCurrentIndex(m_range->findData(CustomRange));
    m_settle->stop();
    Q_EMIT filterChanged();
}

void DashboardFilterBar::setLocation(const QString &code)
{
    m_location->setCurrentIndex(qMax(0, m_location->findData(code)));
}

void DashboardFilterBar::setRegion(const QString &region)
{
    m_region->setCurrentIndex(qMax(0, m_region->findData(region)));
}

void DashboardFilterBar::setAbcClass(const QString &abcClass)
{
    m_class->setCurrentIndex(qMax(0, m_class->findData(abcClass)));
}

void DashboardFilterBar::onRangeChosen()
{
    const auto range = Range(m_range->currentData().toInt());
    if (range == CustomRange) {
        m_from->setFocus();
        return;
    }
    setRange(range);
}

void DashboardFilterBar::onDateEdited()
{
    m_range->setCurrentIndex(m_range->findData(CustomRange));
    m_settle->start();
}

void DashboardFilterBar::changed()
{
    m_settle->stop();
    Q_EMIT filterChanged();
}

QString DashboardFilterBar::describe() const
{
    const Services::DashboardFilter now = filter();
    const QLocale locale;
    QStringList parts;
    parts << (!now.location.isEmpty() ? now.location
              : !now.region.isEmpty() ? tr("region %1").arg(now.region)
                                      : tr("all locations"));
    parts << tr("%1 – %2").arg(locale.toString(now.from, QLocale::ShortFormat),
                               locale.toString(now.to, QLocale::ShortFormat));
    if (!now.abcClass.isEmpty())
        parts << tr("class %1").arg(now.abcClass);
    return parts.join(QStringLiteral(", "));
}

void DashboardFilterBar::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("dashboard/range"), m_range->currentData());
    settings.setValue(QStringLiteral("dashboard/region"), m_region->currentData());
    settings.setValue(QStringLiteral("dashboard/location"), m_location->currentData());
    settings.setValue(QStringLiteral("dashboard/class"), m_class->currentData());
}

void DashboardFilterBar::restore(const QSettings &settings)
{
    const QSignalBlocker quiet(this);
    const int range = settings.value(QStringLiteral("dashboard/range"), int(Last30Days)).toInt();
    // A custom range is not kept: the dashboard opens on recent days.
    setRange(range == CustomRange ? Last30Days : Range(range));
    m_wantedRegion = settings.value(QStringLiteral("dashboard/region")).toString();
    m_wantedLocation = settings.value(QStringLiteral("dashboard/location")).toString();
    if (!m_locations.isEmpty())
        setLocations(m_locations);
    setAbcClass(settings.value(QStringLiteral("dashboard/class")).toString());
}

} // namespace Stockroom::Ui
