#pragma once

#include <QList>
#include <QWidget>

#include <ledger/stockreader.h>
#include <reconcile/dashboardrecords.h>

class QComboBox;
class QDateEdit;
class QSettings;
class QTimer;

namespace Stockroom::Ui {

// The dashboard's filters: a location (the region's only, once a region is chosen), a region, a range of days (the
// last 30, 90 or 365 days up to today, or any From–To), and an ABC class for accuracy and coverage. Says when they
// changed, once, after typing in a date settles.
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardFilterBar)

public:
    enum Range
    {
        Last30Days,
        Last90Days,
        Last365Days,
        CustomRange,
    };
    Q_ENUM(Range)

    explicit DashboardFilterBar(QWidget *parent = nullptr);
    ~DashboardFilterBar() override;

    Services::DashboardFilter filter() const;
    void setLocations(const QList<Services::LocationRef> &locations);
    void setRange(Range range);
    void setDates(QDate from, QDate to);
    void setLocation(const QString &code);
    void setRegion(const QString &region);
    void setAbcClass(const QString &abcClass);
    // "ST-B, 26 Oct – 24 Nov 2026" for an export's heading.
    QString describe() const;

    QComboBox *locationBox() const { return m_location; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *classBox() const { return m_class; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    void save(QSettings &settings) const;
    void restore(const QSettings &settings);

Q_SIGNALS:
    void filterChanged();

private:
    void fillLocations();
    void onRangeChosen();
    void onDateEdited();
    void changed();

    QList<Services::LocationRef> m_locations;
    // Restored before the locations arrive: chosen once they do.
    QString m_wantedRegion;
    QString m_wantedLocation;
    QComboBox *m_location;
    QComboBox *m_region;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_class;
    QTimer *m_settle;
};

} // namespace Stockroom::Ui
