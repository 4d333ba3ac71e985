#include "locationdialog.h"

#include <QDoubleValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <ledger/referencedata.h>
#include <ledgertask.h>

namespace Stockroom::Ui {

LocationDialog::LocationDialog(const Services::ConnectionSpec &spec, const QString &code, QWidget *parent)
    : ReferenceDialog(spec, tr("Edit location %1").arg(code), parent)
    , m_code(code)
    , m_kind(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_latitude(new QLineEdit(this))
    , m_longitude(new QLineEdit(this))
{
    setObjectName(QStringLiteral("locationDialog"));
    addField(tr("Location:"), new QLabel(code, this), QStringLiteral("code"));
    addField(tr("Kind:"), m_kind, QStringLiteral("kind"));
    addField(tr("&Name:"), m_name, QStringLiteral("name"));
    m_region->setPlaceholderText(tr("e.g. North (optional)"));
    addField(tr("&Region:"), m_region, QStringLiteral("region"));
    m_latitude->setValidator(new QDoubleValidator(-90, 90, 6, m_latitude));
    m_longitude->setValidator(new QDoubleValidator(-180, 180, 6, m_longitude));
    m_latitude->setPlaceholderText(tr("e.g. %1").arg(QLocale().toString(53.4808, 'f', 4)));
    m_longitude->setPlaceholderText(tr("e.g. %1").arg(QLocale().toString(-2.2426, 'f', 4)));
    addField(tr("&Latitude:"), m_latitude, QStringLiteral("latitude"));
    addField(tr("L&ongitude:"), m_longitude, QStringLiteral("longitude"));
}

LocationDialog::~LocationDialog() = default;

std::optional<double> LocationDialog::coordinate(QLineEdit *edit) const
{
    bool ok = false;
    const double value = QLocale().toDouble(edit->text().trimmed(), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void LocationDialog::read(std::function<void(const Services::Status &)> done)
{
    runLedgerTask<Services::LocationInfo>(
        this, spec(), [code = m_code](Services::Session &session) { return Services::readLocation(session, code); },
        [this, done](const Services::Result<Services::LocationInfo> &info) {
            if (!info) {
                done(info.error());
                return;
            }
            m_before = info.value();
            m_kind->setText(m_before.kind == u"warehouse" ? tr("Warehouse") : tr("Store"));
            m_name->setText(m_before.name);
            m_region->setText(m_before.region);
            const QLocale locale;
            m_latitude->setText(m_before.latitude ? locale.toString(*m_before.latitude, 'f', 4) : QString());
            m_longitude->setText(m_before.longitude ? locale.toString(*m_before.longitude, 'f', 4) : QString());
            done(Services::success());
        });
}

bool LocationDialog::validate()
{
    bool ok = true;
    if (m_name->text().trimmed().isEmpty()) {
        showError(QStringLiteral("name"), tr("A location needs a name."));
        ok = false;
    }
    const bool hasLatitude = !m_latitude->text().trimmed().isEmpty();
    const bool hasLongitude = !m_longitude->text().trimmed().isEmpty();
    if (hasLatitude && !coordinate(m_latitude)) {
        showError(QStringLiteral("latitude"), tr("A latitude is a number from -90 to 90."));
        ok = false;
    }
    if (hasLongitude && !coordinate(m_longitude)) {
        showError(QStringLiteral("longitude"), tr("A longitude is a number from -180 to 180."));
        ok = false;
    }
    if (hasLatitude != hasLongitude) {
        showError(hasLatitude ? QStringLiteral("longitude") : QStringLiteral("latitude"),
                  tr("Latitude and longitude go together: enter both."));
        ok = false;
    } else if (!hasLatitude && m_before.latitude) {
        showError(QStringLiteral("latitude"), tr("A position once set can be moved but not removed."));
        ok = false;
    }
    return ok;
}

void LocationDialog::write(std::function<void(const Services::Result<QJsonObject> &)> done)
{
    Services::LocationUpdate update;
    update.code = m_code;
    if (m_name->text().trimmed() != m_before.name)
        update.name = m_name->text().trimmed();
    if (m_region->text().trimmed() != m_before.region)
        update.region = m_region->text().trimmed();
    const auto latitude = coordinate(m_latitude);
    const auto longitude = coordinate(m_longitude);
    if (latitude && longitude && (latitude != m_before.latitude || longitude != m_before.longitude)) {
        update.latitude = latitude;
        update.longitude = longitude;
    }
    runLedgerTask<QJsonObject>(
        this, spec(),
        [update, key = key()](Services::Session &session) {
            return Services::LedgerService(session).updateLocation(update, key);
        },
        done);
}

QString LocationDialog::fieldFor(const Services::Error &error) const
{
    if (error.message.contains(u"latitude") || error.message.contains(u"longitude"))
        return QStringLiteral("latitude");
    if (error.message.contains(u"name"))
        return QStringLiteral("name");
    return {};
}

QString LocationDialog::summary(const QJsonObject &) const
{
    return tr("Location %1 saved.").arg(m_code);
}

} // namespace Stockroom::Ui
